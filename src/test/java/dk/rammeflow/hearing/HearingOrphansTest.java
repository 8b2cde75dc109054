package dk.rammeflow.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.hearing.HearingController.StartedHearing;
import dk.rammeflow.mail.InboundReply;
import dk.rammeflow.mail.ReplyRejectedException;
import dk.rammeflow.mail.ReplyTarget;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import dk.rammeflow.testkit.RecordedInstances;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After a restart, a hearing whose process instance is gone is marked ORPHANED, shown so, and every action on it is refused. */
@RammeflowProcessTest
class HearingOrphansTest {

  @Autowired ProcessTestKit kit;
  @Autowired HearingOrphans orphans;
  @Autowired HearingRecords records;
  @Autowired HearingService hearings;
  @Autowired HearingReplies replies;
  @LocalServerPort int port;

  @Test
  void aHearingWhoseProcessIsGoneIsOrphanedAndEveryActionIsRefusedWith409() throws Exception {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Høring der kører videre");
    input.put("questions", List.of("Bemærkninger?"));
    input.put("parties", List.of("thisted"));
    input.put("caseWorker", "sagsbehandler@rammeaftale.example");
    StartedHearing running = hearings.start(input);
    kit.awaitUserTask(running.processInstanceKey(), "submit-response");
    // A hearing left from before a restart: its instance key was never seen by this engine.
    String gone = "h-genstartet-" + System.nanoTime();
    records.createIfAbsent(new HearingRecord(gone, 2_251_799_813_000_001L, "Høring fra før genstarten", List.of("?"), List.of(),
        List.of(new HearingParty("aalborg", "Aalborg Kommune", "aalborg", List.of("hoering@aalborg.example"))), "a@rammeaftale.example",
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 30), "2026-12-30T23:59:59+01:00", HearingRecord.Status.OPEN, Map.of(),
        new HashMap<>(), List.of(), null, null, Instant.now()));

    assertThat(orphans.markOrphaned(new RecordedInstances(kit))).contains(gone).doesNotContain(running.hearingId());

    assertThat(records.require(running.hearingId()).status()).isEqualTo(HearingRecord.Status.OPEN);
    HttpResponse<String> shown = send("GET", "/api/hearings/" + gone, null);
    assertThat(new ObjectMapper().readTree(shown.body()).get("status").asText()).isEqualTo("ORPHANED");
    HttpResponse<String> cancel = send("POST", "/api/hearings/" + gone + "/cancellation", "{\"reason\":\"Ryd op\"}");
    assertThat(cancel.statusCode()).isEqualTo(409);
    assertThat(new ObjectMapper().readTree(cancel.body()).get("detail").asText())
        .isEqualTo("Høringen 'Høring fra før genstarten' kan ikke længere behandles: dens proces findes ikke mere, efter at Rammeflow blev genstartet. Start en ny høring.");
    assertThat(send("POST", "/api/hearings/" + gone + "/deadline", "{\"deadline\":\"2027-01-29\"}").statusCode()).isEqualTo(409);
    assertThatThrownBy(() -> replies.onReply(new InboundReply("<svar-1@aalborg.example>", "hoering@aalborg.example", "SV: Høring", Instant.now(),
        "Aalborg har ingen bemærkninger.", List.of(), new ReplyTarget(gone, "aalborg"))))
        .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("kan ikke længere behandles");
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", kit.authorizationAs("sekretariatet"))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
