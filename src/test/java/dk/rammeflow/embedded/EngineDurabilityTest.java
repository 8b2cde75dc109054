package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine with a data dir survives a restart: the engine alone (no application), one
 * engine at a time in this JVM (it runs in a JVM of its own, surefire execution {@code own-engine-tests}, away from the
 * application tests' engine).
 */
class EngineDurabilityTest {

  @TempDir Path dataDir;
  EmbeddedEngine engine;
  CamundaClient client;
  RecordLog records;
  ProcessInstanceStore instances;

  static final BpmnModelInstance TIMER = Bpmn.createExecutableProcess("durable-timer")
      .startEvent().intermediateCatchEvent("wait-an-hour").timerWithDuration("PT1H").endEvent().done();
  static final BpmnModelInstance MESSAGE = Bpmn.createExecutableProcess("durable-message")
      .startEvent().intermediateCatchEvent("wait-for-message").message(m -> m.name("durable-go").zeebeCorrelationKeyExpression("key"))
      .endEvent().done();
  static final BpmnModelInstance JOB = Bpmn.createExecutableProcess("durable-job")
      .startEvent().serviceTask("work", t -> t.zeebeJobType("durable-work")).endEvent().done();
  static final BpmnModelInstance INSTANT = Bpmn.createExecutableProcess("durable-instant").startEvent().endEvent().done();

  void startEngine() {
    int port = freePort();
    engine = new EmbeddedEngine(new EmbeddedEngine.Options("127.0.0.1", port, EmbeddedEngine.Options.DEFAULT_MAX_INBOUND_MESSAGE_BYTES, dataDir, Duration.ofMillis(20), 0));
    engine.start();
    instances = new ProcessInstanceStore();
    records = new RecordLog(engine);
    records.addListener(instances::accept);
    records.start();
    client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + port))
        .restAddress(URI.create("http://127.0.0.1:1"))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build();
  }

  void stopEngine() {
    client.close();
    records.close();
    engine.close();
    engine = null;
  }

  @AfterEach
  void tearDown() {
    if (engine != null) {
      stopEngine();
    }
  }

  long start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join().getProcessInstanceKey();
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  boolean projected(long processInstanceKey, ProcessInstanceStateEnum state) {
    return instances.processInstance(processInstanceKey).map(p -> p.getState() == state).orElse(false);
  }

  @Test
  void timersMessageSubscriptionsJobsAndTheClockOffsetSurviveARestart() {
    startEngine();
    client.newDeployResourceCommand().addProcessModel(TIMER, "timer.bpmn").addProcessModel(MESSAGE, "message.bpmn").addProcessModel(JOB, "job.bpmn").send().join();
    long timer = start("durable-timer", Map.of());
    long message = start("durable-message", Map.of("key", "k-1"));
    long job = start("durable-job", Map.of());
    await("the job exists", () -> records.records().stream().anyMatch(r -> r.getValueType() == io.camunda.zeebe.protocol.record.ValueType.JOB));
    engine.increaseTime(Duration.ofMinutes(30));
    assertThat(engine.isProcessInstanceActive(timer)).as("active before the restart").isTrue();
    stopEngine();

    startEngine();

    assertThat(Duration.between(Instant.now(), engine.now())).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
    assertThat(engine.isProcessInstanceActive(timer)).isTrue();
    assertThat(engine.isProcessInstanceActive(message)).isTrue();
    assertThat(engine.isProcessInstanceActive(job)).isTrue();
    await("the read model is rebuilt from the log", () -> projected(timer, ProcessInstanceStateEnum.ACTIVE) && projected(job, ProcessInstanceStateEnum.ACTIVE));

    engine.increaseTime(Duration.ofMinutes(31));
    await("the due timer fires after the restart", () -> !engine.isProcessInstanceActive(timer));

    client.newPublishMessageCommand().messageName("durable-go").correlationKey("k-1").send().join();
    await("the message subscription correlates", () -> !engine.isProcessInstanceActive(message));

    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("durable-work").maxJobsToActivate(1).send().join().getJobs();
    assertThat(jobs).hasSize(1);
    client.newCompleteCommand(jobs.get(0)).send().join();
    await("the job's instance completes", () -> !engine.isProcessInstanceActive(job));
    await("the read model follows", () -> projected(timer, ProcessInstanceStateEnum.COMPLETED) && projected(job, ProcessInstanceStateEnum.COMPLETED));
  }

  @Test
  void compactionDropsTheLogBeforeASnapshotAndARestartFromItKeepsTheActiveInstances() {
    startEngine();
    client.newDeployResourceCommand().addProcessModel(MESSAGE, "message.bpmn").addProcessModel(INSTANT, "instant.bpmn").send().join();
    List<Long> completed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      completed.add(start("durable-instant", Map.of("payload", "x".repeat(2000))));
    }
    long waiting = start("durable-message", Map.of("key", "k-2"));
    await("the instant instances complete", () -> completed.stream().allMatch(k -> projected(k, ProcessInstanceStateEnum.COMPLETED)));

    EmbeddedEngine.Compaction compaction = engine.compact();

    assertThat(compaction.logBytesAfter()).isLessThan(compaction.logBytesBefore() / 4);
    assertThat(Files.exists(dataDir.resolve("engine/snapshot"))).isTrue();
    System.out.printf("Compaction: log %d -> %d bytes, snapshot of %d state entries and %d kept records%n",
        compaction.logBytesBefore(), compaction.logBytesAfter(), compaction.stateEntries(), compaction.keptRecords());
    long afterCompaction = start("durable-message", Map.of("key", "k-3"));
    stopEngine();

    startEngine();

    assertThat(engine.isProcessInstanceActive(waiting)).isTrue();
    assertThat(engine.isProcessInstanceActive(afterCompaction)).isTrue();
    assertThat(completed).noneMatch(engine::isProcessInstanceActive);
    assertThat(engine.isProcessInstanceActive(4_503_599_627_370_495L)).as("an instance the engine never had").isFalse();
    await("the read model has the active instances again", () -> projected(waiting, ProcessInstanceStateEnum.ACTIVE) && projected(afterCompaction, ProcessInstanceStateEnum.ACTIVE));
    assertThat(instances.processInstance(completed.get(0))).as("completed before the snapshot: dropped").isEmpty();

    client.newPublishMessageCommand().messageName("durable-go").correlationKey("k-2").send().join();
    await("the waiting instance from before the snapshot completes", () -> !engine.isProcessInstanceActive(waiting));
    long fresh = start("durable-instant", Map.of());
    assertThat(fresh).isNotIn(completed).isNotEqualTo(waiting).isNotEqualTo(afterCompaction);
    await("a new instance runs", () -> projected(fresh, ProcessInstanceStateEnum.COMPLETED));
  }

  @Test
  void aTornTailOfTheLogIsCutAndTheIntactLogRecovers() throws IOException {
    startEngine();
    client.newDeployResourceCommand().addProcessModel(MESSAGE, "message.bpmn").send().join();
    long waiting = start("durable-message", Map.of("key", "k-4"));
    await("the instance is projected", () -> projected(waiting, ProcessInstanceStateEnum.ACTIVE));
    stopEngine();
    Path log = dataDir.resolve("engine/log");
    long intact = Files.size(log);
    // A frame cut short by a kill during its write: a plausible header, then too few bytes.
    Files.write(log, new byte[] {0, 0, 1, 0, 12, 34, 56, 78, 0, 0, 0, 0, 0, 0, 0, 99, 1, 2, 3}, StandardOpenOption.APPEND);

    EngineJournal.Recovered reopened = EngineJournal.open(log, Duration.ofSeconds(1));
    reopened.journal().close();
    assertThat(reopened.cutBytes()).isEqualTo(19);
    assertThat(Files.size(log)).isEqualTo(intact);

    startEngine();

    assertThat(engine.isProcessInstanceActive(waiting)).isTrue();
    client.newPublishMessageCommand().messageName("durable-go").correlationKey("k-4").send().join();
    await("the instance completes", () -> !engine.isProcessInstanceActive(waiting));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
