package dk.rammeflow.forum;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rammeflow.web.ApiSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The forum-decision API's edge, as a web slice without an engine. */
@ApiSliceTest
class ForumDecisionControllerTest {

  @Autowired MockMvc mvc;
  @Autowired ForumDecisionRecords records;

  private static final String VALID = """
      "forum":"das","caseTitle":"Udbud og efterspørgsel","recommendation":"Det indstilles, at DAS godkender.","caseWorker":"helle@rammeaftale.example\"""";

  @Test
  void aDecisionIdOutsideTheAllowListIsRefused() throws Exception {
    mvc.perform(post("/api/forum-decisions").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"decisionId\":\"fb/../../x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem(
            "Forumsagens id 'fb/../../x' er ikke gyldigt: brug små bogstaver a–z, tal og bindestreg (højst 80 tegn).")));
  }

  @Test
  void anExistingDecisionIdIsRefusedWithConflictBeforeAnythingStarts() throws Exception {
    records.createIfAbsent(new ForumDecisionRecord("fb-findes-allerede", 1L, "das", "DAS", null, "Tidligere sag", "Indstilling", "a@rammeaftale.example",
        ForumDecisionRecord.Status.SCHEDULED, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23), false, List.of(), List.of(), null, Instant.now()));
    mvc.perform(post("/api/forum-decisions").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"decisionId\":\"fb-findes-allerede\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Forumsagen 'fb-findes-allerede' findes allerede; vælg et andet id."));
  }

  @Test
  void wrongTypesOnTheStartApiAreRefusedInDanish() throws Exception {
    mvc.perform(post("/api/forum-decisions").contentType(MediaType.APPLICATION_JSON).content("""
            {"forum":"das","caseTitle":{"a":1},"recommendation":["godkend"],"caseWorker":"helle@rammeaftale.example"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Sagens titel skal være en tekst, ikke et objekt.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Indstillingen skal være en tekst, ikke en liste.")));
  }
}
