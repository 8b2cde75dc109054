package dk.rammeflow.cu;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rammeflow.web.ApiSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The Central Udmelding API's edge, as a web slice without an engine. */
@ApiSliceTest
class CuControllerTest {

  @Autowired MockMvc mvc;
  @Autowired CuCases cases;

  private static final String VALID = """
      "title":"Tegnsprog","targetGroup":"Døve børn","questions":["Tema 1"],"agencyDeadline":"2027-06-01",
      "cuDocument":"https://socialstyrelsen.example/cu.pdf","caseWorker":"helle@rammeaftale.example\"""";

  @Test
  void aCaseIdOutsideTheAllowListIsRefused() throws Exception {
    mvc.perform(post("/api/central-notifications").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"caseId\":\"CU 2027\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Sagens id 'CU 2027' er ikke gyldigt: brug små bogstaver a–z, tal og bindestreg (højst 80 tegn).")));
  }

  @Test
  void anExistingCaseIdIsRefusedWithConflictBeforeAnythingStarts() throws Exception {
    cases.createIfAbsent(new CuCase("cu-findes-allerede", "Tidligere sag", "Målgruppe", List.of("?"), LocalDate.of(2027, 6, 1),
        Map.of("name", "CU", "url", "https://socialstyrelsen.example/cu.pdf"), "a@rammeaftale.example", LocalDate.of(2026, 11, 1), true,
        new CuCase.Settings(true, 1, 3, 1, 2, 13, 10), Instant.now()));
    mvc.perform(post("/api/central-notifications").contentType(MediaType.APPLICATION_JSON).content("{" + VALID + ",\"caseId\":\"cu-findes-allerede\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Sagen 'cu-findes-allerede' findes allerede; vælg et andet id."));
  }

  @Test
  void wrongTypesOnTheApiAreRefusedInDanish() throws Exception {
    mvc.perform(post("/api/central-notifications").contentType(MediaType.APPLICATION_JSON).content("""
            {"title":["Tegnsprog"],"targetGroup":{"a":1},"questions":"Tema 1","agencyDeadline":{"d":1},"cuDocument":"ftp://x","caseWorker":"a@rammeaftale.example"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems").value(hasItem("Titlen skal være en tekst, ikke en liste.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Målgruppen skal være en tekst, ikke et objekt.")))
        .andExpect(jsonPath("$.problems").value(hasItem("Socialstyrelsens frist skal være en dato (ÅÅÅÅ-MM-DD).")))
        .andExpect(jsonPath("$.problems").value(hasItem("Materialet 'Central udmelding' har ikke et gyldigt link (http:// eller https://): 'ftp://x'.")));
    mvc.perform(post("/api/central-notifications/cu-findes-ikke/follow-up-questions").contentType(MediaType.APPLICATION_JSON).content("{\"question\":{\"a\":1}}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyActionOnAnOrphanedCaseIsRefusedWith409() throws Exception {
    CuCase orphaned = new CuCase("cu-foraeldreloes", "Sag fra før genstarten", "Målgruppe", List.of("?"), LocalDate.of(2027, 6, 1),
        Map.of("name", "CU", "url", "https://socialstyrelsen.example/cu.pdf"), "a@rammeaftale.example", LocalDate.of(2026, 11, 1), true,
        new CuCase.Settings(true, 1, 3, 1, 2, 13, 10), Instant.now());
    orphaned.orphaned();
    cases.createIfAbsent(orphaned);
    String expected = "Sagen 'Sag fra før genstarten' kan ikke længere behandles: dens proces findes ikke mere, efter at Rammeflow blev genstartet. Start en ny sag.";

    mvc.perform(get("/api/central-notifications/cu-foraeldreloes")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ORPHANED"));
    for (String[] action : new String[][] {
        {"/deadline", "{\"agreedDeadline\":\"2027-07-01\"}"},
        {"/councils/kb-aalborg/approval", "{\"approvedOn\":\"2027-01-05\"}"},
        {"/follow-up-questions", "{\"question\":\"Hvordan?\"}"},
        {"/outcome", "{\"outcome\":\"accepteret\"}"}}) {
      mvc.perform(post("/api/central-notifications/cu-foraeldreloes" + action[0]).contentType(MediaType.APPLICATION_JSON).content(action[1]))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith(expected)));
    }
  }
}
