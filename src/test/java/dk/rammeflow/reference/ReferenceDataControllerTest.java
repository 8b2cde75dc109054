package dk.rammeflow.reference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

// The controller alone: sign-in and access rules are tested against the whole application (dk.rammeflow.security).
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(ReferenceDataController.class)
@Import(ReferenceDataConfiguration.class)
class ReferenceDataControllerTest {

  @Autowired MockMvc mvc;

  @Test
  void parties() throws Exception {
    mvc.perform(get("/api/reference/parties"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$", hasSize(12)))
        .andExpect(jsonPath("$[0].id").value("aalborg"))
        .andExpect(jsonPath("$[0].kind").value("municipality"))
        .andExpect(jsonPath("$[0].hearingContacts[0].email").value("hoering@aalborg.example"))
        .andExpect(jsonPath("$[1].name").value("Brønderslev Kommune"))
        .andExpect(jsonPath("$[11].id").value("region-nordjylland"))
        .andExpect(jsonPath("$[11].kind").value("region"));
  }

  @Test
  void onePartyOrNotFoundInDanish() throws Exception {
    mvc.perform(get("/api/reference/parties/laesoe"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Læsø Kommune"));
    mvc.perform(get("/api/reference/parties/xyz"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Ukendt part: 'xyz'"));
  }

  @Test
  void foraWithMembersAndKinds() throws Exception {
    mvc.perform(get("/api/reference/fora"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("fu"))
        .andExpect(jsonPath("$[?(@.id == 'das')].kind").value(contains("forum")))
        .andExpect(jsonPath("$[?(@.id == 'das')].members[*]", hasSize(12)))
        .andExpect(jsonPath("$[?(@.id == 'kb-aalborg')].kind").value(contains("council")))
        .andExpect(jsonPath("$[?(@.id == 'kb-aalborg')].party").value(contains("aalborg")))
        .andExpect(
            jsonPath("$[?(@.id == 'chefkreds-myndighed')].kind").value(contains("working-group")))
        .andExpect(jsonPath("$[?(@.id == 'regionsraadet')].name").value(contains("Regionsrådet")));
  }

  @Test
  void oneForumShowsMemberFieldsOnly() throws Exception {
    mvc.perform(get("/api/reference/fora/das"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.shortName").value("DAS"))
        .andExpect(jsonPath("$.members[0].id").value("das-aalborg"))
        .andExpect(jsonPath("$.members[0].party").value("aalborg"))
        .andExpect(jsonPath("$.members[0].contact").doesNotExist());
    mvc.perform(get("/api/reference/fora/bestyrelsen"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Ukendt forum: 'bestyrelsen'"));
  }

  @Test
  void externalBodies() throws Exception {
    mvc.perform(get("/api/reference/external-bodies"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id")
            .value(contains("socialstyrelsen", "socialtilsyn-nord", "koordinationsforum")));
    mvc.perform(get("/api/reference/external-bodies/socialtilsyn-nord"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hostParty").value("hjoerring"));
    mvc.perform(get("/api/reference/external-bodies/kl"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Ukendt ekstern instans: 'kl'"));
  }
}
