package dk.rammeflow.socialagreement;

import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The social-agreement process started directly on the engine (not through the API, which checks the input first). */
@RammeflowProcessTest
class SocialAgreementProcessTest {

  @Autowired ProcessTestKit kit;

  @Test
  void anAgreementWithBadInputIsNotRegisteredAndTheCaseWorkerIsTold() {
    long instance = kit.start(SocialAgreementMessages.PROCESS_ID, Map.of("period", "2027-2029", "caseWorker", "helle.hoejgaard@rammeaftale.example"));

    kit.awaitCompleted(instance);
    kit.assertPath(instance, "agreement-start", "agreement-invalid", "notify-invalid", "agreement-rejected");
    kit.assertNotPassed(instance, "send-plan");
    List<MimeMessage> mails = kit.awaitMails(1, m -> subject(m).equals("Sagen kan ikke oprettes: Nordjysk Socialaftale 2027-2029"), "invalid agreement");
    assertThat(to(mails.getFirst())).containsExactly("helle.hoejgaard@rammeaftale.example");
    assertThat(text(mails.getFirst())).contains("Aftaleperioden '2027-2029' skal være to år i træk, f.eks. 2027-2028.");
    assertThat(kit.incidents(instance)).isEmpty();
  }
}
