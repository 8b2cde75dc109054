package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.rammeflow.testkit.MailContent;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP failures surface as MailDeliveryException, log nothing, and a later attempt sends the mail once. */
class MailDeliveryFailureTest {

  @TempDir Path dataDir;

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static JavaMailSenderImpl smtp(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return sender;
  }

  private MailService service(JavaMailSenderImpl sender, SentMailLog log) {
    return new MailService(sender, log, new ReplyTokens((String) null, dataDir), new MailTemplates(), RammeflowMailProperties.defaults());
  }

  private static OutgoingMail invitation() {
    return new OutgoingMail("hearing:H-77:vesthimmerland:invitation", List.of("hoeringssvar@vesthimmerland.example"), "Høring: Takster 2027",
        "hearing-round/invitation", Map.of("hearingTitle", "Takster 2027", "deadlineText", "fredag den 7. november 2025"), List.of(),
        Map.of("hearingId", "H-77", "partyId", "vesthimmerland"));
  }

  @Test
  void unreachableSmtpServerFailsWithAnOperatorMessageAndAllowsARetry() throws Exception {
    SentMailLog log = new SentMailLog(dataDir);
    int port = closedPort();

    assertThatThrownBy(() -> service(smtp(port), log).send(invitation()))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageContaining("SMTP delivery of mail 'hearing:H-77:vesthimmerland:invitation'")
        .hasMessageContaining("hoeringssvar@vesthimmerland.example")
        .hasMessageContaining(String.valueOf(port));
    assertThat(log.all()).isEmpty();

    GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    try {
      MailService working = service(smtp(server.getSmtp().getPort()), log);
      SentMail first = working.send(invitation());
      SentMail again = working.send(invitation());

      assertThat(again).isEqualTo(first);
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(MailContent.subject(server.getReceivedMessages()[0])).isEqualTo("Høring: Takster 2027");
      assertThat(server.getReceivedMessages()[0].getMessageID()).isEqualTo(first.messageId());
      assertThat(new SentMailLog(dataDir).byKey("hearing:H-77:vesthimmerland:invitation")).contains(first);

      MailService afterRestart = service(smtp(server.getSmtp().getPort()), new SentMailLog(dataDir));
      assertThat(afterRestart.send(invitation())).isEqualTo(first);
      assertThat(server.getReceivedMessages()).as("not sent again after a restart").hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void theConnectionKeptFromTheLastMailIsReplacedWhenTheServerHasClosedIt() throws Exception {
    SentMailLog log = new SentMailLog(dataDir);
    GreenMail before = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    before.start();
    int port = before.getSmtp().getPort();
    MailService service = service(smtp(port), log);
    try {
      service.send(invitation());
      assertThat(before.getReceivedMessages()).hasSize(1);
    } finally {
      before.stop(); // closes the connection the service keeps
    }

    GreenMail after = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    after.start();
    try {
      OutgoingMail next = new OutgoingMail("hearing:H-77:rebild:invitation", List.of("hoeringssvar@rebild.example"), "Høring: Takster 2027",
          "hearing-round/invitation", Map.of("hearingTitle", "Takster 2027", "deadlineText", "fredag den 7. november 2025"), List.of(),
          Map.of("hearingId", "H-77", "partyId", "rebild"));
      service.send(next);
      assertThat(after.getReceivedMessages()).hasSize(1);
      assertThat(MailContent.subject(after.getReceivedMessages()[0])).isEqualTo("Høring: Takster 2027");
    } finally {
      after.stop();
    }
  }

  @Test
  void invalidMailsAreRefusedBeforeAnySmtpContact() throws Exception {
    MailService service = service(smtp(closedPort()), new SentMailLog(dataDir));
    OutgoingMail valid = invitation();

    assertThatThrownBy(() -> service.send(new OutgoingMail(" ", valid.to(), valid.subject(), valid.template(), valid.model(), null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
    assertThatThrownBy(() -> service.send(new OutgoingMail("k", List.of("ikke en adresse"), valid.subject(), valid.template(), valid.model(), null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid recipient");
    assertThatThrownBy(() -> service.send(new OutgoingMail("k", valid.to(), valid.subject(), "findes-ikke", valid.model(), null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("findes-ikke");
  }
}
