package dk.rammeflow.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hearing API over HTTP on the running application: start, read, move the deadline, cancel. */
@RammeflowProcessTest
class HearingApiTest {

  @Autowired ProcessTestKit kit;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void startsReadsExtendsAndCancelsAHearing() throws Exception {
    HttpResponse<String> created = send("POST", "/api/hearings", """
        {"title":"Målgruppebeskrivelse for nyt tilbud","questions":["Er målgruppen beskrevet dækkende?","Mangler der ydelser?"],
         "material":[{"name":"Målgruppebeskrivelse","url":"https://rammeaftale.example/maalgruppe.pdf"}],
         "parties":["chefkreds-handicap-psykiatri-aalborg","aalborg"],"caseWorker":"sagsbehandler@rammeaftale.example","reminderOffsets":"5, 1"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode started = json.readTree(created.body());
    String hearingId = started.get("hearingId").asText();
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/hearings/" + hearingId));
    assertThat(started.get("deadlineText").asText()).matches("[a-zø]+dag den \\d{1,2}\\. [a-zæøå]+ \\d{4}");

    kit.awaitUserTask(started.get("processInstanceKey").asLong(), "submit-response", t -> t.getCandidateGroups().contains("aalborg"));
    JsonNode hearing = json.readTree(send("GET", "/api/hearings/" + hearingId, null).body());
    assertThat(hearing.get("title").asText()).isEqualTo("Målgruppebeskrivelse for nyt tilbud");
    assertThat(hearing.get("parties")).hasSize(2);

    HttpResponse<String> tooEarly = send("POST", "/api/hearings/" + hearingId + "/deadline", "{\"deadline\":\"2020-01-01\"}");
    assertThat(tooEarly.statusCode()).isEqualTo(400);
    assertThat(json.readTree(tooEarly.body()).get("detail").asText()).contains("skal ligge efter den nuværende frist");

    String later = java.time.LocalDate.parse(hearing.get("deadline").asText()).plusWeeks(1).toString();
    assertThat(send("POST", "/api/hearings/" + hearingId + "/deadline", "{\"deadline\":\"" + later + "\"}").statusCode()).isEqualTo(202);
    assertThat(send("POST", "/api/hearings/" + hearingId + "/cancellation", "{\"reason\":\"Trukket tilbage\"}").statusCode()).isEqualTo(202);
    kit.awaitCompleted(started.get("processInstanceKey").asLong());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", kit.authorizationAs("sekretariatet"))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
