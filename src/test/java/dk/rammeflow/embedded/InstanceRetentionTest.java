package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ended instances are released after the retention (records, tasks, Operate views, mails); live ones are kept. */
@RammeflowProcessTest
class InstanceRetentionTest {

  @Autowired ProcessTestKit kit;
  @Autowired InstanceRetention retention;
  @Autowired UserTaskStore userTasks;
  @Autowired ProcessInstanceStore processInstances;
  @Autowired EmbeddedMailServer mailServer;

  @Test
  void endedInstancesAreReleasedAndLiveOnesKept() {
    kit.deploy("processes/smoke-user-task.bpmn", "processes/smoke-godkend.form");
    long ended = kit.start("smoke-user-task", Map.of("sagId", "ended"));
    UserTask endedTask = kit.awaitUserTask(ended, "approve");
    kit.completeUserTask(endedTask, "sekretariatet", Map.of("begrundelse", "færdig"));
    kit.awaitCompleted(ended);
    long live = kit.start("smoke-user-task", Map.of("sagId", "live"));
    UserTask liveTask = kit.awaitUserTask(live, "approve");
    GreenMailUtil.sendTextEmail("retention@kommune.example", "noreply@rammeaftale.example", "Gammel post", "Slettes",
        new ServerSetup(mailServer.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    assertThat(kit.mails()).anySatisfy(m -> assertThat(GreenMailUtil.getAddressList(m.getAllRecipients())).contains("retention@kommune.example"));
    assertThat(recordsOf(ended)).isPositive();

    // Nothing has ended long enough before this instant: nothing goes.
    retention.releaseEndedBefore(Instant.now().minusSeconds(3600));
    assertThat(recordsOf(ended)).isPositive();
    assertThat(userTasks.find(endedTask.getUserTaskKey())).isPresent();

    retention.releaseEndedBefore(Instant.now().plusSeconds(1));

    assertThat(recordsOf(ended)).as("records of the ended instance").isZero();
    assertThat(userTasks.find(endedTask.getUserTaskKey())).as("the ended instance's task").isEmpty();
    assertThat(processInstances.processInstance(ended)).as("the ended instance in the Operate view").isEmpty();
    assertThat(processInstances.variables()).noneMatch(v -> v.getProcessInstanceKey().equals(String.valueOf(ended)));
    assertThat(kit.mails()).noneSatisfy(m -> assertThat(GreenMailUtil.getAddressList(m.getAllRecipients())).contains("retention@kommune.example"));

    assertThat(recordsOf(live)).as("records of the live instance").isPositive();
    assertThat(userTasks.find(liveTask.getUserTaskKey())).as("the live instance's task").isPresent();
    assertThat(processInstances.processInstance(live)).isPresent();
    kit.completeUserTask(kit.awaitUserTask(live, "approve"), "sekretariatet", Map.of("begrundelse", "også færdig"));
    kit.awaitCompleted(live);
    assertThat(kit.variables(live)).containsEntry("begrundelse", "også færdig");
  }

  private long recordsOf(long processInstanceKey) {
    return kit.records().stream()
        .map(Record::getValue)
        .filter(v -> v instanceof ProcessInstanceRelated related && related.getProcessInstanceKey() == processInstanceKey)
        .count();
  }
}
