package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
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
}
