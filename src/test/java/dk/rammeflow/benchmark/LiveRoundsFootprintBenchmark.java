package dk.rammeflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.embedded.RecordLog;
import dk.rammeflow.hearing.HearingController;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: what a live hearing round costs in heap. Starts {@code footprint.rounds} rounds (default 200) in two
 * halves and completes nothing; once every party's task exists it prints the heap in use after a full GC for
 * each half, their difference per round, and the largest classes of the class histogram. Run:
 * {@code mvn -o test-compile surefire:test@default-test -Dtest=LiveRoundsFootprintBenchmark -DargLine=-Xmx512m -Dbenchmark.record-window=20000}.
 */
@RammeflowProcessTest
@TestPropertySource(properties = "rammeflow.embedded.retention=PT0S")
class LiveRoundsFootprintBenchmark {

  private static final int ROUNDS = Integer.getInteger("footprint.rounds", 200);

  @Autowired HearingController hearings;
  @Autowired ReferenceData reference;
  @Autowired RecordLog recordLog;

  private final AtomicInteger tasks = new AtomicInteger();

  @Test
  void heapPerLiveRound() throws Exception {
    List<String> parties = reference.parties().stream().map(Party::id).toList();
    recordLog.addListener(r -> {
      if (r.getRecordType() == RecordType.EVENT && r.getValueType() == ValueType.USER_TASK && r.getIntent() == UserTaskIntent.CREATED) {
        tasks.incrementAndGet();
      }
    });
    startAndAwait(parties, 5); // warm-up: classes, caches
    long base = heapAfterGc();
    startAndAwait(parties, ROUNDS / 2);
    long half = heapAfterGc();
    startAndAwait(parties, ROUNDS - ROUNDS / 2);
    long full = heapAfterGc();
    System.out.printf("FOOTPRINT heap after GC: base %d KB, +%d rounds %d KB, +%d rounds %d KB; per live round %d KB (first half) %d KB (second half)%n",
        base / 1024, ROUNDS / 2, half / 1024, ROUNDS, full / 1024,
        (half - base) / 1024 / (ROUNDS / 2), (full - half) / 1024 / (ROUNDS - ROUNDS / 2));
    Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
    histogram.toString().lines().limit(45).forEach(line -> System.out.println("FOOTPRINT " + line));
    long hold = Long.getLong("footprint.hold-seconds", 0);
    if (hold > 0) {
      System.out.println("FOOTPRINT holding for " + hold + " s, pid " + ProcessHandle.current().pid());
      Thread.sleep(TimeUnit.SECONDS.toMillis(hold));
    }
  }

  private void startAndAwait(List<String> parties, int rounds) throws InterruptedException {
    int expected = tasks.get() + rounds * parties.size();
    for (int i = 0; i < rounds; i++) {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("title", "Benchmark-høring");
      input.put("questions", List.of("Har I bemærkninger?"));
      input.put("parties", parties);
      input.put("caseWorker", "benchmark@rammeaftale.example");
      hearings.start(input);
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
    while (tasks.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(tasks.get()).as("party tasks created").isGreaterThanOrEqualTo(expected);
    Thread.sleep(3_000); // the mails of the last tasks, the last records
  }

  private static long heapAfterGc() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
