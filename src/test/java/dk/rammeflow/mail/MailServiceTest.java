package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rammeflow.testkit.MailContent;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sending through the application's SMTP configuration to the embedded mail server, read back over IMAP. */
@RammeflowProcessTest
class MailServiceTest extends MailAppTestSupport {

  @Autowired MailService mailService;
  @Autowired SentMailLog sentMailLog;
  @Autowired ReplyTokens replyTokens;
  @Autowired ProcessTestKit kit;
  @Autowired JavaMailSender smtp;

  private static final byte[] PDF = "%PDF-1.4 høringsmateriale æøå".getBytes(StandardCharsets.UTF_8);

  private OutgoingMail invitation(String hearingId, String partyId, String to) {
    return new OutgoingMail(
        "hearing:" + hearingId + ":" + partyId + ":invitation",
        List.of(to),
        "Høring: Målgruppebeskrivelse – særlige pladser på Kofoedsminde",
        "hearing-round/invitation",
        Map.of(
            "hearingTitle", "Målgruppebeskrivelse – særlige pladser på Kofoedsminde",
            "questions", List.of("Er målgruppen beskrevet dækkende?", "Hvor mange pladser får I brug for?"),
            "material", List.of(Map.of("name", "Målgruppebeskrivelse.pdf", "url", "https://rammeflow.example/api/documents/d-1")),
            "deadlineText", "mandag den 27. september 2021",
            "partyName", "Brønderslev Kommune",
            "caseWorker", "Mette Sørensen",
            "taskUrl", "https://rammeflow.example/opgaver/hoering/h-1/aalborg"),
        List.of(new MailAttachment("Høringsbrev – Ærø, Østergård & Åbybro.pdf", "application/pdf", PDF)),
        Map.of("hearingId", hearingId, "partyId", partyId, "kind", "invitation"))
        .withReplyToken(replyTokens.issue(hearingId, partyId));
  }

  @Test
  void sendsUtf8MultipartMailWithAttachmentReplyToAndSubjectTag() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String to = "hoeringssvar-" + hearingId.substring(2, 10) + "@broenderslev.example";
    String token = replyTokens.issue(hearingId, "broenderslev");

    SentMail sent = mailService.send(invitation(hearingId, "broenderslev", to));

    assertThat(sent.messageId()).matches("<[0-9a-f-]{36}@rammeaftale\\.example>");
    assertThat(sent.subject()).isEqualTo("Høring: Målgruppebeskrivelse – særlige pladser på Kofoedsminde [RF-" + token + "]");
    assertThat(sent.tags()).containsEntry("hearingId", hearingId).containsEntry("replyToken", token);

    List<MimeMessage> inbox = readInbox(to);
    assertThat(inbox).hasSize(1);
    MimeMessage mail = inbox.get(0);
    assertThat(mail.getMessageID()).isEqualTo(sent.messageId());
    assertThat(MailContent.subject(mail)).isEqualTo(sent.subject());
    assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Rammeaftalesekretariatet");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("sekretariat@rammeaftale.example");
    assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("hoering@rammeaftale.example");
    assertThat(MailContent.to(mail)).containsExactly(to);

    assertThat(mail.isMimeType("multipart/mixed")).isTrue();
    BodyPart alternative = ((Multipart) mail.getContent()).getBodyPart(0);
    assertThat(alternative.isMimeType("multipart/alternative")).isTrue();
    Multipart bodies = (Multipart) alternative.getContent();
    assertThat(bodies.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(bodies.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
    assertThat(MailContent.text(mail)).contains("Kære Brønderslev Kommune", "Er målgruppen beskrevet dækkende?", "mandag den 27. september 2021", "Behold emnefeltet");
    assertThat(MailContent.html(mail)).contains("Målgruppebeskrivelse – særlige pladser på Kofoedsminde", "https://rammeflow.example/api/documents/d-1");

    assertThat(MailContent.attachmentNames(mail)).containsExactly("Høringsbrev – Ærø, Østergård & Åbybro.pdf");
    BodyPart attachment = ((Multipart) mail.getContent()).getBodyPart(1);
    assertThat(attachment.getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''");
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
  }

  @Test
  void sameIdempotencyKeyIsSentOnceEvenFromConcurrentWorkers() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String to = "hoering-" + hearingId.substring(2, 10) + "@frederikshavn.example";
    OutgoingMail mail = invitation(hearingId, "frederikshavn", to);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<SentMail>> sends = List.of(() -> mailService.send(mail), () -> mailService.send(mail), () -> mailService.send(mail), () -> mailService.send(mail));
    List<SentMail> results = pool.invokeAll(sends).stream().map(f -> {
      try {
        return f.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    pool.shutdown();
    SentMail later = mailService.send(mail);

    assertThat(results).containsOnly(later);
    assertThat(readInbox(to)).hasSize(1);
    assertThat(kit.mails().stream().filter(m -> MailContent.to(m).contains(to))).hasSize(1);
    assertThat(sentMailLog.withTag("hearingId", hearingId)).containsExactly(later);
    assertThat(mailService.messageIdFor(mail.idempotencyKey())).isEqualTo(later.messageId());
  }

  @Test
  void mailWithoutReplyTokenHasNoReplyToAndNoTag() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String to = "post-" + hearingId.substring(2, 10) + "@mariagerfjord.example";
    SentMail sent = mailService.send(new OutgoingMail("hearing:" + hearingId + ":mariagerfjord:cancelled", List.of(to), "Høringen er aflyst: Takster 2027",
        "hearing-round/cancelled", Map.of("hearingTitle", "Takster 2027", "reason", "Sagen er trukket tilbage."), null, Map.of("hearingId", hearingId)));

    MimeMessage mail = readInbox(to).get(0);
    assertThat(sent.subject()).isEqualTo("Høringen er aflyst: Takster 2027");
    assertThat(mail.getHeader("Reply-To")).isNull();
    assertThat(MailContent.text(mail)).contains("Sagen er trukket tilbage.").doesNotContain("svare på denne mail");
  }

  @Test
  void smtpHasTimeoutsByDefault() {
    var properties = ((JavaMailSenderImpl) smtp).getJavaMailProperties();
    assertThat(properties).containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000");
  }

  @Test
  void restApiListsTheMailsOfAHearing() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    mailService.send(invitation(hearingId, "jammerbugt", "hoering@jammerbugt.example"));
    mailService.send(invitation(hearingId, "rebild", "hoering@rebild.example"));
    mailService.send(invitation("H-" + UUID.randomUUID(), "rebild", "hoering@rebild.example"));

    JsonNode mails = getJson("/api/mail/sent?hearingId=" + hearingId);
    assertThat(mails).hasSize(2);
    assertThat(mails.get(0).get("idempotencyKey").asText()).isEqualTo("hearing:" + hearingId + ":jammerbugt:invitation");
    assertThat(mails.get(0).get("subject").asText()).startsWith("Høring: Målgruppebeskrivelse – særlige");
    assertThat(mails.get(0).get("sentAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(mails.get(1).get("tags").get("partyId").asText()).isEqualTo("rebild");
    assertThat(getJson("/api/mail/sent?hearingId=" + hearingId + "&partyId=rebild")).hasSize(1);
    assertThat(getJson("/api/mail/sent").size()).isGreaterThanOrEqualTo(3);
  }
}
