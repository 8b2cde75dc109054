package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.RammeflowApplication;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the application with kill -9 twice in the middle of a 12-party hearing round (while the
 * invitations go out, and after five parties answered with a sixth answer in flight) and starts it
 * again on the same data dir each time: the hearing goes on and completes, and no mail is sent twice. The
 * application runs as a separate JVM (the main classes and the dependencies of this test's class
 * path), on free ports, as {@code ./rammeflow run} would run it.
 *
 * <p>The embedded mail server (GreenMail) keeps its mail in memory, so what it received before the
 * kill is gone with the process. Mail is counted on disk, in the sent-mail log
 * ({@code data-dir/mail/sent.jsonl}, written when the SMTP server accepts a mail), and in the
 * mail server of the second run: it received exactly the invitations the first run had not sent.
 */
class CrashRecoveryTest {

  static final String SECRETARIAT = "sekretariat@rammeaftale.example";
  static final String PASSWORD = "Krasj-test-adgangskode-1";
  static final List<String> PARTIES = List.of("aalborg", "broenderslev", "frederikshavn", "hjoerring", "jammerbugt", "laesoe",
      "mariagerfjord", "morsoe", "rebild", "thisted", "vesthimmerland", "region-nordjylland");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  Process app;
  int httpPort;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
  }

  @Test
  void aHearingKilledTwiceMidwayCompletesAfterRestartsWithEveryMailSentOnce() throws Exception {
    startApplication("first");
    JsonNode started = post("/api/hearings", Map.of(
        "title", "Genopretning efter nedbrud",
        "questions", List.of("Kan processen fortsætte efter en genstart?"),
        "parties", PARTIES,
        "caseWorker", "sagsbehandler@rammeaftale.example"));
    String hearingId = started.get("hearingId").asText();
    // Killed while the invitations go out: the jobs in flight come back after the restart.
    awaitQuickly("the first invitation", () -> invitations(hearingId) >= 1);
    app.destroyForcibly().waitFor();
    Set<String> sentInFirstRun = sentMessageIds();
    long invitationsInFirstRun = invitations(hearingId);

    startApplication("second");
    assertThat(hearing(hearingId).get("status").asText()).isEqualTo("OPEN");
    await("12 invitations", Duration.ofMinutes(6), () -> invitations(hearingId) == 12);
    List<String> answeredBefore = PARTIES.subList(0, 5);
    for (String party : answeredBefore) {
      answer(party);
    }
    await("5 answers recorded", Duration.ofMinutes(5), () -> answered(hearingId).containsAll(answeredBefore));
    answer(PARTIES.get(5)); // in flight when the application is killed
    Set<String> receivedInSecondRun = receivedMessageIds();
    app.destroyForcibly().waitFor();
    Set<String> invitationsOfSecondRun = sentMailLines().stream()
        .filter(l -> l.get("idempotencyKey").asText().startsWith("hearing:" + hearingId + ":") && l.get("idempotencyKey").asText().contains(":invitation"))
        .map(l -> l.get("messageId").asText())
        .filter(id -> !sentInFirstRun.contains(id))
        .collect(Collectors.toSet());

    startApplication("third");
    assertThat(hearing(hearingId).get("status").asText()).isIn("OPEN", "ALL_ANSWERED");
    assertThat(answered(hearingId)).containsAll(answeredBefore);
    await("the remaining parties answer and the note is ready", Duration.ofMinutes(8), () -> {
      for (String party : PARTIES) {
        answerIfOpen(party);
      }
      return "NOTE_READY".equals(hearing(hearingId).get("status").asText());
    });

    List<String> keys = sentMailLines().stream().map(l -> l.get("idempotencyKey").asText()).toList();
    assertThat(keys).as("no mail is recorded twice").doesNotHaveDuplicates();
    assertThat(invitations(hearingId)).isEqualTo(12);
    assertThat(receivedInSecondRun).as("mail received by the second run's mail server, none of it sent by the first run")
        .doesNotContainAnyElementsOf(sentInFirstRun);
    assertThat(invitationsOfSecondRun).hasSize((int) (12 - invitationsInFirstRun));
    assertThat(receivedInSecondRun).as("the invitations the first run had not sent").containsAll(invitationsOfSecondRun);
    System.out.printf("CrashRecoveryTest: %d invitations sent before the first kill, %d received by the second run's mail server, %d mails in the sent-mail log%n",
        invitationsInFirstRun, receivedInSecondRun.size(), keys.size());
  }

  long invitations(String hearingId) {
    return sentMailKeys(hearingId).stream().filter(k -> k.contains(":invitation")).count();
  }

  static void awaitQuickly(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(5);
    }
  }

  void startApplication(String name) throws Exception {
    httpPort = freePort();
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        // C1 only, as the test JVMs (pom.xml): the start-up compiles with about half the CPU.
        "-XX:TieredStopAtLevel=1",
        "-cp", classPath, RammeflowApplication.class.getName(),
        "--server.port=" + httpPort,
        "--rammeflow.embedded.grpc-port=" + freePort(),
        "--rammeflow.embedded.smtp-port=" + freePort(),
        "--rammeflow.embedded.imap-port=" + freePort(),
        "--rammeflow.data-dir=" + dataDir,
        "--rammeflow.security.bootstrap-password=" + PASSWORD,
        "--rammeflow.security.password-strength=4",
        "--" + RammeflowProcessTest.WITHOUT_TEST_CLASS_PATH_AUTO_CONFIGURATION,
        // A job activated before the kill comes back this soon after the restart.
        "--camunda.client.worker.defaults.timeout=PT15S"));
    app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    await("the " + name + " application is ready (" + log + ")", Duration.ofMinutes(8), () -> {
      if (!app.isAlive()) {
        throw new AssertionError("The application stopped: see " + log);
      }
      return read(log).contains("Rammeflow ready");
    });
  }

  void answer(String party) throws Exception {
    JsonNode[] task = new JsonNode[1];
    await("the open task of " + party, Duration.ofMinutes(5), () -> {
      try {
        task[0] = openTask(party);
      } catch (Exception e) {
        return false;
      }
      return task[0] != null;
    });
    complete(task[0], party);
  }

  void answerIfOpen(String party) {
    try {
      JsonNode task = openTask(party);
      if (task != null) {
        complete(task, party);
      }
    } catch (Exception e) {
      // The engine or the task moved on meanwhile; the next pass looks again.
    }
  }

  JsonNode openTask(String party) throws Exception {
    JsonNode items = post("/v2/user-tasks/search", Map.of("filter", Map.of("state", "CREATED", "candidateGroup", party, "elementId", "submit-response"))).get("items");
    return items.isEmpty() ? null : items.get(0);
  }

  void complete(JsonNode task, String party) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("position", "bemaerkninger");
    variables.put("responseText", "Svar fra " + party + " om genopretning.");
    variables.put("contactPerson", "Kontakt i " + party);
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v2/user-tasks/" + task.get("userTaskKey").asText() + "/completion"))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables)))));
    assertThat(response.statusCode()).as(response.body()).isIn(204, 409);
  }

  Set<String> answered(String hearingId) {
    Set<String> answered = new HashSet<>();
    hearing(hearingId).get("partyStatus").fields().forEachRemaining(e -> {
      if (e.getValue().asText().equals("ANSWERED")) {
        answered.add(e.getKey());
      }
    });
    return answered;
  }

  JsonNode hearing(String hearingId) {
    try {
      return get("/api/hearings/" + hearingId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  List<JsonNode> sentMailLines() {
    Path file = dataDir.resolve("mail/sent.jsonl");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : read(file).split("\n")) {
      if (!line.isBlank()) {
        try {
          lines.add(JSON.readTree(line));
        } catch (IOException e) {
          // A line cut short by the kill; the log skips it too.
        }
      }
    }
    return lines;
  }

  Set<String> sentMailKeys(String hearingId) {
    return sentMailLines().stream().map(l -> l.get("idempotencyKey").asText()).filter(k -> k.startsWith("hearing:" + hearingId + ":")).collect(Collectors.toSet());
  }

  Set<String> sentMessageIds() {
    return sentMailLines().stream().map(l -> l.get("messageId").asText()).collect(Collectors.toSet());
  }

  Set<String> receivedMessageIds() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode mailbox : get("/api/mail")) {
      for (JsonNode message : mailbox.get("messages")) {
        ids.add(message.get("messageId").asText());
      }
    }
    return ids;
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  JsonNode post(String path, Object body) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
    return JSON.readTree(response.body());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String basic = Base64.getEncoder().encodeToString((SECRETARIAT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  static void await(String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean met;
      try {
        met = condition.get();
      } catch (AssertionError e) {
        throw e;
      } catch (RuntimeException e) {
        met = false;
      }
      if (met) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
