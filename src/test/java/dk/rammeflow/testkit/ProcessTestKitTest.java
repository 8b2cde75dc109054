package dk.rammeflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The toolkit itself: its actions reach the engine, and its failures say what happened. */
@RammeflowProcessTest
class ProcessTestKitTest {

  @Autowired ProcessTestKit kit;
  @Autowired JavaMailSender mailSender;

  @BeforeEach
  void deploy() {
    kit.deploy("processes/smoke-user-task.bpmn", "processes/smoke-godkend.form", "processes/smoke-timer-message.bpmn");
  }

  @Test
  void movesTheClockAndPublishesMessages() {
    long instance = kit.start("smoke-timer-message", Map.of("sagId", "KIT-1"));
    assertThatThrownBy(() -> kit.assertPath(instance, "wait-three-days")).hasMessageContaining("is waiting in");

    kit.increaseTime(Duration.ofDays(3).plusMinutes(1));
    kit.awaitPassed(instance, "wait-three-days");
    kit.publishMessage("smoke-svar", "KIT-1", Map.of("svar", "Ingen bemærkninger"));

    kit.awaitCompleted(instance);
    kit.assertPath(instance, "start", "wait-three-days", "await-answer", "end");
    assertThat(kit.variables(instance)).containsEntry("svar", "Ingen bemærkninger");
    assertThat(kit.incidents(instance)).isEmpty();
  }

  @Test
  void completesUserTasksOnlyAsACandidateGroupOfTheTask() {
    long instance = kit.start("smoke-user-task", Map.of());
    UserTask task = kit.awaitUserTask(instance, "approve");

    assertThatThrownBy(() -> kit.completeUserTask(task, "kkr", Map.of()))
        .hasMessageContaining("candidate group 'kkr'")
        .hasMessageContaining("[sekretariatet, fu]");

    kit.completeUserTask(task, "fu", Map.of("beslutning", "godkendt"));
    kit.awaitCompleted(instance);
    kit.assertNotPassed(instance, "never-there");
    assertThatThrownBy(() -> kit.assertPath(instance, "end", "approve"))
        .hasMessageContaining("'approve' did not complete after the earlier steps")
        .hasMessageContaining("the engine completed [start, approve, end");
  }

  @Test
  void readsMailDeliveredToTheEmbeddedServer() throws Exception {
    var message = mailSender.createMimeMessage();
    var helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("sekretariat@rammeaftale.example");
    helper.setTo("hoering@laesoe.example");
    helper.setSubject("Høring: Nordjysk Socialaftale – Læsø");
    helper.setText("Kære Læsø Kommune – svar venligst på høringen.", "<p>Kære Læsø Kommune – svar venligst på høringen.</p>");
    helper.addAttachment("Høringsbrev æøå.txt", () -> new java.io.ByteArrayInputStream("bilag".getBytes()));
    mailSender.send(message);

    var mails = kit.awaitMails(1, m -> MailContent.to(m).contains("hoering@laesoe.example")
        && MailContent.subject(m).equals("Høring: Nordjysk Socialaftale – Læsø"), "the test mail to Læsø");
    assertThat(MailContent.subject(mails.getFirst())).isEqualTo("Høring: Nordjysk Socialaftale – Læsø");
    assertThat(MailContent.text(mails.getFirst())).contains("Kære Læsø Kommune");
    assertThat(MailContent.html(mails.getFirst())).contains("<p>Kære Læsø Kommune");
    assertThat(MailContent.attachmentNames(mails.getFirst())).containsExactly("Høringsbrev æøå.txt");

    assertThatThrownBy(() -> kit.awaitMails(1, m -> MailContent.to(m).contains("nobody@nowhere.example"), "to nobody", Duration.ofMillis(200)))
        .hasMessageContaining("Expected 1 mail(s) to nobody")
        .hasMessageContaining("Høring: Nordjysk Socialaftale – Læsø");
  }
}
