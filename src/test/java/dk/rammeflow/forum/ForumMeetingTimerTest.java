package dk.rammeflow.forum;

import static dk.rammeflow.testkit.MailContent.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.forum.ForumDecisionController.StartedDecision;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A forum decision for a meeting still ahead: the material waits for the material deadline and the decision
 * task for the meeting. The test moves the shared engine clock to both (its times come from the engine's own
 * clock, wherever earlier tests left it).
 */
@RammeflowProcessTest
class ForumMeetingTimerTest {

  @Autowired ProcessTestKit kit;
  @Autowired ForumDecisionService service;
  @Autowired ForumDecisionRecords records;

  @Test
  void materialGoesOutOnTheDeadlineAndTheDecisionIsRegisteredAfterTheMeeting() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("forum", "das");
    input.put("caseTitle", "Udbud og efterspørgsel 2027 (kommende møde)");
    input.put("recommendation", "Det indstilles, at DAS godkender analysen af udbud og efterspørgsel.");
    input.put("caseWorker", "helle.hoejgaard@rammeaftale.example");
    StartedDecision started = service.start(input);
    String subject = "Materiale til DAS %s: Udbud og efterspørgsel 2027 (kommende møde)".formatted(
        dk.rammeflow.calendar.DanishDates.format(java.time.LocalDate.parse(started.meetingDate())));
    kit.awaitPassed(started.processInstanceKey(), "schedule-meeting");

    Map<String, Object> variables = kit.variables(started.processInstanceKey());
    OffsetDateTime sendAt = OffsetDateTime.parse((String) variables.get("materialSendAt"));
    OffsetDateTime meetingAt = OffsetDateTime.parse((String) variables.get("meetingAt"));
    assertThat(sendAt.toInstant()).isAfter(kit.now());
    kit.assertNotPassed(started.processInstanceKey(), "send-material");
    assertThat(kit.mails()).noneMatch(m -> subject(m).equals(subject));

    kit.moveClockTo(sendAt.minusHours(1).toInstant());
    kit.assertNotPassed(started.processInstanceKey(), "material-deadline");
    kit.moveClockTo(sendAt.plusMinutes(1).toInstant());
    kit.awaitMails(12, m -> subject(m).equals(subject), "material on the deadline");
    kit.awaitPassed(started.processInstanceKey(), "send-material");
    kit.assertNotPassed(started.processInstanceKey(), "meeting-held");
    assertThat(records.require(started.decisionId()).materialSent()).hasSize(1);

    kit.moveClockTo(meetingAt.plusMinutes(1).toInstant());
    var task = kit.awaitUserTask(started.processInstanceKey(), "register-decision");
    kit.completeUserTask(task, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "DAS godkendte analysen."));
    kit.awaitCompleted(started.processInstanceKey());
    kit.assertPath(started.processInstanceKey(), "material-deadline", "send-material", "meeting-held", "register-decision", "decision-made");
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("meetingDate", started.meetingDate()).containsEntry("outcome", "godkendt");
  }
}
