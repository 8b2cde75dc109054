package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What careless or hostile callers do to the user task API: race, send nonsense, send too much. */
@RammeflowProcessTest
class UserTaskIntegrityTest {

  @Autowired ProcessTestKit kit;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void deploy() {
    kit.deploy("processes/smoke-user-task.bpmn", "processes/smoke-godkend.form");
  }

  @Test
  void parallelCompletionsOfOneTaskGiveExactlyOneSuccess() throws Exception {
    long instance = kit.start("smoke-user-task", Map.of());
    UserTask task = kit.awaitUserTask(instance, "approve");
    int callers = 20;
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      for (int i = 0; i < callers; i++) {
        String body = "{\"variables\":{\"begrundelse\":\"svar %d\"}}".formatted(i);
        answers.add(CompletableFuture.supplyAsync(() -> {
          try {
            go.await();
            return http.send(request("/v2/user-tasks/" + task.getUserTaskKey() + "/completion", body), HttpResponse.BodyHandlers.ofString());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, pool));
      }
      go.countDown();
      List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("answers of %d parallel completions", callers).containsOnly(204, 409);
      assertThat(statuses.stream().filter(s -> s == 204).count()).as("successful completions in %s", statuses).isEqualTo(1);
    }
    kit.awaitCompleted(instance);
  }

  @Test
  void searchWithAnUnknownStateIsABadRequest() throws Exception {
    HttpResponse<String> response = http.send(request("/v2/user-tasks/search", "{\"filter\":{\"state\":\"NOPE\"}}"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asText()).contains("NOPE");
  }

  @Test
  void aHugeCompletionIsRefusedBeforeTheEngineAndTheTaskStillWorks() throws Exception {
    long instance = kit.start("smoke-user-task", Map.of());
    UserTask task = kit.awaitUserTask(instance, "approve");
    String path = "/v2/user-tasks/" + task.getUserTaskKey() + "/completion";

    String huge = "{\"variables\":{\"begrundelse\":\"" + "æ".repeat(5 * 1024 * 1024 / 2) + "\"}}";
    HttpResponse<String> refused = http.send(request(path, huge), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.get("detail").asText()).contains("for stor");
    assertThat(kit.restClient().newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState()).isEqualTo(UserTaskState.CREATED);

    // The largest completion the edge lets through is carried out: the engine is not jammed.
    String justBelow = "{\"variables\":{\"begrundelse\":\"" + "a".repeat(1024 * 1024 - 100) + "\"}}";
    HttpResponse<String> done = http.send(request(path, justBelow), HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    kit.awaitCompleted(instance);

    long next = kit.start("smoke-user-task", Map.of());
    kit.completeUserTask(kit.awaitUserTask(next, "approve"), "sekretariatet", Map.of("begrundelse", "kort"));
    kit.awaitCompleted(next);
  }

  private HttpRequest request(String path, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", kit.authorizationAs("sekretariatet"))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
