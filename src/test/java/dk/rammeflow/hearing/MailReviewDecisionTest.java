package dk.rammeflow.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.hearing.HearingController.StartedHearing;
import dk.rammeflow.mail.HearingReplyPoller;
import dk.rammeflow.mail.RammeflowMailProperties;
import dk.rammeflow.mail.ReviewItem;
import dk.rammeflow.mail.ReviewList;
import dk.rammeflow.testkit.MailContent;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import dk.rammeflow.testkit.StrayMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The secretariat's two actions on a mail the poller could not match (no subject code, no
 * reference): register it as a party's answer, which the hearing records as a matched mail reply
 * (task ended, receipt sent), or dismiss it with a reason. Each is done once.
 */
@RammeflowProcessTest
class MailReviewDecisionTest {

  @Autowired ProcessTestKit kit;
  @Autowired HearingService hearings;
  @Autowired HearingRecords records;
  @Autowired HearingReplyPoller replyPoller;
  @Autowired ReviewList reviewList;
  @Autowired JavaMailSender mailSender;
  @Autowired RammeflowMailProperties mailProperties;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aMailWithoutItsCodeIsRegisteredAsThePartysAnswerFromTheReviewList() throws Exception {
    String title = "Høring om botilbud " + System.nanoTime();
    StartedHearing hearing = hearings.start(Map.of(
        "title", title, "questions", List.of("Er taksten rimelig?"), "parties", List.of("morsoe"), "caseWorker", "sagsbehandler@rammeaftale.example"));
    kit.awaitMails(1, m -> MailContent.subject(m).startsWith("Høring: " + title), "the invitation");

    ReviewItem item = strayMail("hoering@morsoe.example", "Svar fra Morsø " + title, "Morsø Kommune har ingen bemærkninger.");

    HttpResponse<String> byAParty = post("/api/mail/review/" + item.id() + "/registration", "morsoe", Map.of("hearingId", hearing.hearingId(), "partyId", "morsoe"));
    assertThat(byAParty.statusCode()).isEqualTo(403);

    HttpResponse<String> registered = post("/api/mail/review/" + item.id() + "/registration", "sekretariatet", Map.of("hearingId", hearing.hearingId(), "partyId", "morsoe"));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    assertThat(json.readTree(registered.body()).get("status").asText()).isEqualTo("REGISTERED");

    kit.awaitUserTask(hearing.processInstanceKey(), "approve-note"); // the party's process recorded the answer and ended its task
    HearingResponse response = records.require(hearing.hearingId()).latestResponse("morsoe").orElseThrow();
    assertThat(response.channel()).isEqualTo(HearingResponse.CHANNEL_MAIL);
    assertThat(response.position()).isEqualTo(Position.NO_REMARKS.code());
    assertThat(response.text()).contains("Morsø Kommune har ingen bemærkninger.");
    List<MimeMessage> receipt = kit.awaitMails(1, m -> MailContent.subject(m).equals("Kvittering for høringssvar: " + title), "the receipt");
    assertThat(MailContent.to(receipt.getFirst())).contains("hoering@morsoe.example");

    HttpResponse<String> again = post("/api/mail/review/" + item.id() + "/registration", "sekretariatet", Map.of("hearingId", hearing.hearingId(), "partyId", "morsoe"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json.readTree(again.body()).get("detail").asText()).contains("allerede behandlet");
  }

  @Test
  void aMailIsDismissedWithAReasonOnce() throws Exception {
    ReviewItem item = strayMail("nyhedsbrev@leverandoer.example", "Nyhedsbrev " + System.nanoTime(), "Årets nyheder fra leverandøren.");

    HttpResponse<String> withoutReason = post("/api/mail/review/" + item.id() + "/dismissal", "sekretariatet", Map.of("reason", " "));
    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(json.readTree(withoutReason.body()).get("detail").asText()).isEqualTo("Skriv, hvorfor mailen afvises.");

    HttpResponse<String> dismissed = post("/api/mail/review/" + item.id() + "/dismissal", "sekretariatet", Map.of("reason", "Nyhedsbrev, ikke et høringssvar"));
    assertThat(dismissed.statusCode()).isEqualTo(200);
    ReviewItem stored = reviewList.find(item.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(ReviewItem.Status.DISMISSED);
    assertThat(stored.resolution()).isEqualTo("Afvist: Nyhedsbrev, ikke et høringssvar");
    assertThat(stored.resolvedBy()).isEqualTo(kit.userOf("sekretariatet"));

    assertThat(post("/api/mail/review/" + item.id() + "/dismissal", "sekretariatet", Map.of("reason", "igen")).statusCode()).isEqualTo(409);
  }

  private ReviewItem strayMail(String from, String subject, String text) throws Exception {
    return StrayMail.sendAndAwaitReview(mailSender, mailProperties, replyPoller, reviewList, from, subject, text);
  }

  private HttpResponse<String> post(String path, String asGroup, Map<String, String> body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(kit.baseUrl() + path))
            .header("Authorization", kit.authorizationAs(asGroup))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
