package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobBatchRecord;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one place that depends on the engine's internals: its log, its clock, one engine per JVM. */
@RammeflowProcessTest
class EmbeddedEngineTest {

  @Autowired EmbeddedEngine engine;
  @Autowired RecordLog records;
  @Autowired CamundaClient client;

  @Test
  void aCommandWrittenToTheLogIsProcessedAndAnsweredByTheEngine() {
    long unknownTask = 4_503_599_627_370_495L;
    long position = engine.writeCommand(unknownTask, ValueType.USER_TASK, UserTaskIntent.COMPLETE, new UserTaskRecord().setUserTaskKey(unknownTask));

    var answer = records.await(r -> r.getSourceRecordPosition() == position, Duration.ofSeconds(10));
    assertThat(answer).hasValueSatisfying(r -> {
      assertThat(r.getRecordType()).isEqualTo(RecordType.COMMAND_REJECTION);
      assertThat(r.getRejectionType()).isEqualTo(RejectionType.NOT_FOUND);
      assertThat(r.getKey()).isEqualTo(unknownTask);
    });
  }

  @Test
  void increasingTheTimeMovesTheClockAheadOfWallTimeByWhatWasAdded() {
    // Other tests in this JVM move the shared engine clock too: only the change is measured.
    Duration aheadBefore = Duration.between(Instant.now(), engine.now());
    Instant before = engine.now();
    engine.increaseTime(Duration.ofMinutes(1));
    Duration aheadAfter = Duration.between(Instant.now(), engine.now());
    assertThat(aheadAfter.minus(aheadBefore)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));
    assertThat(engine.now()).isAfter(before.plusSeconds(59));
  }

  @Test
  void aSecondEngineInTheSameJvmIsRefused() {
    assertThatThrownBy(() -> new EmbeddedEngine(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already running in this JVM");
  }

  @Test
  void theGatewayListensOnTheLoopbackAddressOnly() throws Exception {
    try (Socket loopback = new Socket()) {
      loopback.connect(new InetSocketAddress("127.0.0.1", engine.grpcPort()), 2000);
      assertThat(loopback.isConnected()).isTrue();
    }
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
    Assumptions.assumeTrue(external.isPresent(), "this machine has no address besides loopback");
    try (Socket outside = new Socket()) {
      assertThatThrownBy(() -> outside.connect(new InetSocketAddress(external.get(), engine.grpcPort()), 2000))
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void aRequestAboveOneMegabyteIsRefusedByTheGatewayAndTheEngineKeepsServing() {
    String process = Bpmn.convertToString(Bpmn.createExecutableProcess("embedded-engine-size-limit").startEvent().endEvent().done());
    byte[] large = (process + "<!--" + "x".repeat(1_100_000) + "-->").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client.newDeployResourceCommand().addResourceBytes(large, "large.bpmn").send().join())
        .isInstanceOfSatisfying(io.camunda.client.api.command.ClientStatusException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(io.grpc.Status.Code.RESOURCE_EXHAUSTED))
        .hasMessageContaining("exceeds maximum size 1048576");

    var deployed = client.newDeployResourceCommand().addResourceStringUtf8(process, "small.bpmn").send().join();
    assertThat(deployed.getProcesses()).extracting(p -> p.getBpmnProcessId()).containsExactly("embedded-engine-size-limit");
  }

  @Test
  void jobsActivatedForAPollWhoseCallerHasGoneAreYieldedBackAtOnce() {
    String jobType = "embedded-engine-caller-gone";
    client.newDeployResourceCommand()
        .addProcessModel(Bpmn.createExecutableProcess("embedded-engine-caller-gone").startEvent().serviceTask("work", t -> t.zeebeJobType(jobType)).endEvent().done(),
            "caller-gone.bpmn")
        .send().join();
    long instance = client.newCreateInstanceCommand().bpmnProcessId("embedded-engine-caller-gone").latestVersion().send().join().getProcessInstanceKey();
    var created = records.await(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.CREATED
        && ((JobRecordValue) r.getValue()).getProcessInstanceKey() == instance, Duration.ofSeconds(10));
    assertThat(created).isPresent();

    // A poll the gateway no longer knows (its caller gave up): the engine activates the job for ten minutes and
    // cannot answer.
    long gone = 1L << 40;
    JobBatchRecord poll = new JobBatchRecord().setType(jobType).setWorker("gone").setTimeout(Duration.ofMinutes(10).toMillis()).setMaxJobsToActivate(1);
    long position = engine.writeCommand(-1,
        new RecordMetadata().recordType(RecordType.COMMAND).valueType(ValueType.JOB_BATCH).intent(JobBatchIntent.ACTIVATE).requestId(gone).requestStreamId(0),
        poll);

    var activated = records.await(position, r -> r.getSourceRecordPosition() == position && r.getIntent() == JobBatchIntent.ACTIVATED, Duration.ofSeconds(10));
    assertThat(activated).hasValueSatisfying(r -> assertThat(((JobBatchRecordValue) r.getValue()).getJobKeys()).containsExactly(created.get().getKey()));
    var yielded = records.await(position, r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.YIELDED
        && r.getKey() == created.get().getKey(), Duration.ofSeconds(10));
    assertThat(yielded).as("the job handed back").isPresent();

    var again = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1).workerName("present").send().join().getJobs();
    assertThat(again).extracting(j -> j.getKey()).containsExactly(created.get().getKey());
    client.newCompleteCommand(again.getFirst()).send().join();
  }
}
