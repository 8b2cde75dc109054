package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded runtime's user task REST API, driven by the official Camunda Java client and raw HTTP. */
@RammeflowProcessTest
class UserTaskRestApiTest {

  @Autowired ProcessTestKit kit;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private CamundaClient rest;

  @BeforeEach
  void deploy() {
    kit.deploy("processes/smoke-user-task.bpmn", "processes/smoke-godkend.form");
    rest = kit.restClient();
  }

  @Test
  void findAssignAndCompleteTaskThroughTheCamundaClient() {
    long instance = kit.start("smoke-user-task", Map.of("sagId", "S-1"));
    UserTask task = kit.awaitUserTask(instance, "approve");

    List<UserTask> found =
        rest.newUserTaskSearchRequest()
            .filter(f -> f.processInstanceKey(instance).candidateGroup("fu").state(UserTaskState.CREATED).elementId("approve").bpmnProcessId("smoke-user-task"))
            .send()
            .join()
            .items();
    assertThat(found).extracting(UserTask::getUserTaskKey).containsExactly(task.getUserTaskKey());
    assertThat(task.getName()).isEqualTo("Godkend sag");
    assertThat(task.getProcessName()).isEqualTo("Røgtest: godkendelse");
    assertThat(task.getCandidateGroups()).containsExactly("sekretariatet", "fu");
    assertThat(task.getDueDate()).isNotNull();

    var form = rest.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
    assertThat(form.getFormId()).isEqualTo("smoke-godkend");
    assertThat(String.valueOf(form.getSchema())).contains("Begrundelse (æ/ø/å)");

    rest.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("sagsbehandler@rammeaftale.example").send().join();
    assertThat(rest.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getAssignee()).isEqualTo("sagsbehandler@rammeaftale.example");
    assertThat(rest.newUserTaskSearchRequest().filter(f -> f.assignee("sagsbehandler@rammeaftale.example").processInstanceKey(instance)).send().join().items()).hasSize(1);

    rest.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join();
    assertThat(rest.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getAssignee()).isNull();

    rest.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(Map.of("beslutning", "godkendt", "begrundelse", "Fint – ingen bemærkninger fra Læsø")).send().join();

    kit.awaitCompleted(instance);
    assertThat(kit.variables(instance)).containsEntry("begrundelse", "Fint – ingen bemærkninger fra Læsø");
    assertThat(rest.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(rest.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance).state(UserTaskState.CREATED)).send().join().items()).isEmpty();
  }

  @Test
  void searchFiltersAndPagesLikeTheRealApi() throws Exception {
    long first = kit.start("smoke-user-task", Map.of());
    kit.awaitUserTask(first, "approve");
    Thread.sleep(5); // creation dates in milliseconds: the second task is strictly newer
    long second = kit.start("smoke-user-task", Map.of());
    kit.awaitUserTask(second, "approve");

    JsonNode byIn = post("/v2/user-tasks/search", """
        {"filter":{"processInstanceKey":{"$in":["%d","%d"]},"candidateGroup":{"$eq":"sekretariatet"}},
         "sort":[{"field":"creationDate","order":"DESC"}],"page":{"limit":1}}""".formatted(first, second), 200);
    assertThat(byIn.at("/page/totalItems").asLong()).isEqualTo(2);
    assertThat(byIn.get("items")).hasSize(1);
    assertThat(byIn.at("/items/0/processInstanceKey").asText()).isEqualTo(String.valueOf(second));
    assertThat(byIn.at("/items/0/state").asText()).isEqualTo("CREATED");

    String cursor = byIn.at("/page/endCursor").asText();
    JsonNode next = post("/v2/user-tasks/search", """
        {"filter":{"processInstanceKey":{"$in":["%d","%d"]}},"sort":[{"field":"creationDate","order":"DESC"}],"page":{"limit":1,"after":"%s"}}"""
        .formatted(first, second, cursor), 200);
    assertThat(next.at("/items/0/processInstanceKey").asText()).isEqualTo(String.valueOf(first));

    JsonNode none = post("/v2/user-tasks/search", """
        {"filter":{"processInstanceKey":"%d","candidateGroup":"kkr"}}""".formatted(first), 200);
    assertThat(none.get("items")).isEmpty();
  }

  @Test
  void errorsUseTheProblemDetailShape() throws Exception {
    long instance = kit.start("smoke-user-task", Map.of());
    UserTask task = kit.awaitUserTask(instance, "approve");

    JsonNode unknown = send("GET", "/v2/user-tasks/999999999", null, 404);
    assertThat(unknown.get("status").asInt()).isEqualTo(404);
    assertThat(unknown.get("title").asText()).isEqualTo("NOT_FOUND");
    assertThat(unknown.get("detail").asText()).contains("999999999");
    assertThat(unknown.get("instance").asText()).isEqualTo("/v2/user-tasks/999999999");

    send("POST", "/v2/user-tasks/999999999/completion", "{}", 404);
    send("POST", "/v2/user-tasks/abc/completion", "{}", 400);
    send("POST", "/v2/user-tasks/search", "{\"filter\":{\"colour\":\"blue\"}}", 400);
    send("POST", "/v2/user-tasks/search", "{\"filter\":", 400);
    send("POST", "/v2/user-tasks/search", "{\"page\":{\"limit\":-1}}", 400);
    send("POST", "/v2/user-tasks/" + task.getUserTaskKey() + "/assignment", "{\"assignee\":\"\"}", 400);

    send("POST", "/v2/user-tasks/" + task.getUserTaskKey() + "/completion", "{\"variables\":{\"beslutning\":\"godkendt\"}}", 204);
    JsonNode twice = send("POST", "/v2/user-tasks/" + task.getUserTaskKey() + "/completion", "{}", 409);
    assertThat(twice.get("detail").asText()).contains("COMPLETED");

    assertThatThrownBy(() -> rest.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join())
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(409));
    assertThatThrownBy(() -> rest.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("x").send().join())
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(409));
  }

  @Test
  void claimIsRejectedWhenSomeoneElseHoldsTheTask() throws Exception {
    long instance = kit.start("smoke-user-task", Map.of());
    UserTask task = kit.awaitUserTask(instance, "approve");
    String path = "/v2/user-tasks/" + task.getUserTaskKey() + "/assignment";

    send("POST", path, "{\"assignee\":\"anne\"}", 204);
    JsonNode claim = send("POST", path, "{\"assignee\":\"bo\",\"allowOverride\":false}", 409);
    assertThat(claim.get("detail").asText()).contains("INVALID_STATE");
    send("POST", path, "{\"assignee\":\"bo\",\"allowOverride\":true}", 204);
    assertThat(send("GET", "/v2/user-tasks/" + task.getUserTaskKey(), null, 200).get("assignee").asText()).isEqualTo("bo");
  }

  @Test
  void taskWithoutFormAnswersNoContent() throws Exception {
    send("GET", "/v2/user-tasks/999999999/form", null, 404);
  }

  private JsonNode post(String path, String body, int expectedStatus) throws Exception {
    return send("POST", path, body, expectedStatus);
  }

  private JsonNode send(String method, String path, String body, int expectedStatus) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", kit.authorizationAs("sekretariatet"));
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expectedStatus);
    if (expectedStatus >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }
    return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
  }
}
