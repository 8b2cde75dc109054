package dk.rammeflow.socialagreement;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rammeflow.web.ApiSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The social-agreement API's edge, as a web slice without an engine. */
@ApiSliceTest
class SocialAgreementControllerTest {

  @Autowired MockMvc mvc;
  @Autowired SocialAgreementCases cases;

  @Test
  void badStartInputIsRefusedInDanish() throws Exception {
    mvc.perform(post("/api/social-agreements").contentType(MediaType.APPLICATION_JSON).content("""
            {"period":"2027-2029","caseWorker":["a@rammeaftale.example"],"startDate":"i morgen"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Aftaleperioden '2027-2029' skal være to år i træk, f.eks. 2027-2028.")))
        .andExpect(jsonPath("$.problems.length()").value(3));
  }

  @Test
  void anAgreementPeriodThatExistsIsRefusedWithConflict() throws Exception {
    cases.createIfAbsent(new SocialAgreementCase("socialaftale-2029-2030", "Nordjysk Socialaftale 2029–2030", 2029, "a@rammeaftale.example",
        LocalDate.of(2027, 8, 1), false, false, false, java.util.List.of("Fokus"), Instant.now()));
    mvc.perform(post("/api/social-agreements").contentType(MediaType.APPLICATION_JSON).content("""
            {"period":"2029-2030","caseWorker":"a@rammeaftale.example"}"""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Sagen 'socialaftale-2029-2030' findes allerede."));
    mvc.perform(post("/api/social-agreements/socialaftale-2029-2030/councils/kb-aalborg/decision").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Nordjysk Socialaftale 2029–2030 er endnu ikke sendt til politisk godkendelse."));
    mvc.perform(get("/api/social-agreements/socialaftale-2029-2030"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.localApprovalDeadline").value("2028-12-01"));
  }

  @Test
  void anUnknownAgreementIsNotFound() throws Exception {
    mvc.perform(post("/api/social-agreements/socialaftale-2041-2042/initiatives/i1-1/status").contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"I gang\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Socialaftalesagen 'socialaftale-2041-2042' findes ikke."));
  }
}
