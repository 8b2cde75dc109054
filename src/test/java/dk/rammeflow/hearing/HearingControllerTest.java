package dk.rammeflow.hearing;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rammeflow.web.ApiSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The hearing API's edge, as a web slice without an engine: ids, sizes and types refused in Danish before anything starts. */
@ApiSliceTest
class HearingControllerTest {

  @Autowired MockMvc mvc;
  @Autowired HearingRecords records;

  private static final String VALID = """
      "title":"Målgruppebeskrivelse","questions":["Er målgruppen dækkende?"],"parties":["aalborg"],"caseWorker":"sagsbehandler@rammeaftale.example\"""";

  @Test
  void aHearingIdOutsideTheAllowListIsRefused() throws Exception {
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"hearingId\":\"../../etc/passwd\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem(
            "Høringens id '../../etc/passwd' er ikke gyldigt: brug små bogstaver a–z, tal og bindestreg (højst 80 tegn).")));
  }

  @Test
  void anExistingHearingIdIsRefusedWithConflictBeforeAnythingStarts() throws Exception {
    records.createIfAbsent(new HearingRecord("h-findes-allerede", 1L, "Tidligere høring", List.of("?"), List.of(), List.of(), "a@rammeaftale.example",
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), "2026-12-01T23:59:59+01:00", HearingRecord.Status.OPEN, Map.of(), new HashMap<>(),
        List.of(), null, null, Instant.now()));
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"hearingId\":\"h-findes-allerede\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Høringen 'h-findes-allerede' findes allerede; vælg et andet id."));
  }

  @Test
  void aRequestBodyOverTheLimitIsRefusedWith413InDanish() throws Exception {
    String huge = "x".repeat(2 * 1024 * 1024);
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"questions\":[\"" + huge + "\"]}"))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Forespørgslen er for stor (2049 KB); grænsen er 1024 KB."));
  }

  @Test
  void aTextOverItsLimitIsRefusedWith400InDanish() throws Exception {
    String longQuestion = "x".repeat(2_001);
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"questions\":[\"" + longQuestion + "\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Spørgsmålene: teksten er for lang (2001 tegn); højst 2000.")));
  }

  @Test
  void wrongTypesOnTheStartApiAreRefusedInDanish() throws Exception {
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("""
            {"title":{"a":1},"questions":[{"a":1}],"parties":{"a":1},"caseWorker":["a@rammeaftale.example"]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Titlen skal være en tekst, ikke et objekt.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Spørgsmålene skal være en tekst, ikke et objekt.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Høringsparterne skal være en liste eller en tekst med én pr. linje, ikke et objekt.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Sagsbehandlerens mailadresse skal være en tekst, ikke en liste.")));
  }

  @Test
  void materialLinksMustBeHttpOrHttps() throws Exception {
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("{" + VALID
            + ",\"material\":[{\"name\":\"Bilag\",\"url\":\"javascript:alert(1)\"},{\"name\":\"Fil\",\"url\":\"file:///etc/passwd\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Materialet 'Bilag' har ikke et gyldigt link (http:// eller https://): 'javascript:alert(1)'.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Materialet 'Fil' har ikke et gyldigt link (http:// eller https://): 'file:///etc/passwd'.")));
  }

  @Test
  void anIdInThePathOutsideTheAllowListIsUnknown() throws Exception {
    mvc.perform(get("/api/hearings/Hoering_1!"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("Ukendt høring")));
  }

  @Test
  void refusesBadInputWithEveryProblemInDanish() throws Exception {
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("""
            {"questions":[],"parties":["xyz"],"caseWorker":"ikke-en-mail","deadline":"31-12-2026","reminderOffsets":"fem"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Høringen kan ikke gennemføres"))
        .andExpect(jsonPath("$.problems").value(containsInAnyOrder(
            "Høringen mangler en titel.",
            "Høringen skal stille mindst ét spørgsmål.",
            "Ukendt høringspart: 'xyz'.",
            "Sagsbehandlerens mailadresse 'ikke-en-mail' er ikke gyldig.",
            "Påmindelsen 'fem' er ikke et antal arbejdsdage.",
            "Høringsfristen: '31-12-2026' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01.")));
    mvc.perform(get("/api/hearings/h-findes-ikke"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Ukendt høring: 'h-findes-ikke'."));
    mvc.perform(post("/api/hearings/h-findes-ikke/cancellation").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aDeadlineTooCloseForTheRemindersIsRefused() throws Exception {
    // today in the slice's calendar is Sunday 22 November 2026
    mvc.perform(post("/api/hearings").contentType(MediaType.APPLICATION_JSON).content("""
            {"title":"Hastehøring","questions":["Bemærkninger?"],"parties":["aalborg"],"caseWorker":"a@rammeaftale.example","deadline":"2026-11-24"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("ligger for tæt på")));
  }
}
