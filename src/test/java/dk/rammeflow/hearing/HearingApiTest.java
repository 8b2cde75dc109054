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

/** The hearing API over HTTP: start, read, move the deadline, cancel, and its Danish errors. */
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

  @Test
  void refusesBadInputWithDanishProblems() throws Exception {
    HttpResponse<String> bad = send("POST", "/api/hearings", """
        {"questions":[],"parties":["xyz"],"caseWorker":"ikke-en-mail","deadline":"31-12-2026","reminderOffsets":"fem"}""");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(bad.body());
    assertThat(problem.get("title").asText()).isEqualTo("Høringen kan ikke gennemføres");
    assertThat(problem.get("problems")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
        "Høringen mangler en titel.",
        "Høringen skal stille mindst ét spørgsmål.",
        "Ukendt høringspart: 'xyz'.",
        "Sagsbehandlerens mailadresse 'ikke-en-mail' er ikke gyldig.",
        "Påmindelsen 'fem' er ikke et antal arbejdsdage.",
        "Datoen '31-12-2026' kan ikke læses; brug formen ÅÅÅÅ-MM-DD.");

    HttpResponse<String> unknown = send("GET", "/api/hearings/h-findes-ikke", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).get("detail").asText()).isEqualTo("Ukendt høring: 'h-findes-ikke'.");
    assertThat(send("POST", "/api/hearings/h-findes-ikke/cancellation", "{}").statusCode()).isEqualTo(404);
  }

  @Test
  void aDeadlineTooCloseForTheRemindersIsRefused() throws Exception {
    String tomorrow = kit.now().atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate().plusDays(2).toString();
    HttpResponse<String> bad = send("POST", "/api/hearings", """
        {"title":"Hastehøring","questions":["Bemærkninger?"],"parties":["aalborg"],"caseWorker":"a@rammeaftale.example","deadline":"%s"}"""
        .formatted(tomorrow));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("detail").asText()).contains("ligger for tæt på");
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
