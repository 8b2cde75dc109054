package dk.rammeflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.embedded.RecordLog;
import dk.rammeflow.hearing.HearingController;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: for each N (default 10, 100 and 1,000; {@code ./rammeflow benchmark 10,100}) starts N hearing rounds
 * with all 12 parties on the embedded engine with the real job workers and mail server, answers every party's
 * task and approves the note over the REST API, as fast as the engine allows; then N bare instances of the same
 * shape (12 parallel tasks and an approval, no job workers) the same way. Prints a table: seconds for each,
 * their ratio, and the heap in use after each N (ended instances are released at once: retention 0). The
 * benchmark JVM runs with -Xmx512m.
 */
@RammeflowProcessTest
@TestPropertySource(properties = "rammeflow.embedded.retention=PT0S")
class HearingRoundBenchmark {

  private static final List<Integer> ROUNDS =
      Arrays.stream(System.getProperty("benchmark.rounds", "10,100,1000").split(",")).map(String::strip).map(Integer::parseInt).toList();
  private static final Duration RUN_LIMIT = Duration.ofMinutes(30);
  private static final int COMPLETERS = 8;

  @Autowired ProcessTestKit kit;
  @Autowired HearingController hearings;
  @Autowired ReferenceData reference;
  @Autowired RecordLog recordLog;

  /** The run under way: its open root instances and the tasks to complete, fed by the record log. */
  private volatile Run current;

  private static final class Run {
    final Set<Long> roots = ConcurrentHashMap.newKeySet();
    final Set<Long> ended = ConcurrentHashMap.newKeySet();
    final BlockingQueue<long[]> tasks = new LinkedBlockingQueue<>();
    final Map<Long, String> taskElements = new ConcurrentHashMap<>();
    final List<String> incidents = new ArrayList<>();
    final AtomicInteger completed = new AtomicInteger();
    final CountDownLatch done;

    Run(int rounds) {
      done = new CountDownLatch(rounds);
    }
  }

  @Test
  void hearingRoundsAgainstBareInstances() throws Exception {
    kit.deploy("processes/bench-bare-hearing.bpmn");
    List<String> parties = reference.parties().stream().map(Party::id).toList();
    assertThat(parties).hasSize(12);
    recordLog.addListener(this::onRecord);
    Map<String, Object> bareVariables = Map.of("parties", parties);

    run("warm-up", 5, () -> startHearing(parties), true);
    run("warm-up", 5, () -> kit.start("bench-bare-hearing", bareVariables), false);

    List<String> rows = new ArrayList<>();
    for (int n : ROUNDS) {
      double withWorkers = run("hearing-round", n, () -> startHearing(parties), true);
      double bare = run("bare shape", n, () -> kit.start("bench-bare-hearing", bareVariables), false);
      long heap = heapAfterRelease();
      rows.add("BENCHMARK | %6d | %10.1f | %10.1f | %5.2f | %9d | %12d |".formatted(
          n, withWorkers, bare, withWorkers / bare, heap, recordLog.size()));
      System.out.println(rows.getLast()); // each N as soon as it is measured
    }
    System.out.printf("%nBENCHMARK hearing rounds with 12 parties (real workers and SMTP) vs the bare shape, same run, -Xmx%d MB%n",
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.println("BENCHMARK |      N | rounds (s) |   bare (s) | ratio | heap (MB) | records kept |");
    rows.forEach(System.out::println);
    System.out.println();
  }

  private long startHearing(List<String> parties) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Benchmark-høring");
    input.put("questions", List.of("Har I bemærkninger?"));
    input.put("parties", parties);
    input.put("caseWorker", "benchmark@rammeaftale.example");
    return hearings.start(input).getBody().processInstanceKey();
  }

  /** Starts all instances, completes every task as it appears, until every root has ended; returns seconds. */
  private double run(String label, int rounds, LongSupplier start, boolean withForms) throws InterruptedException {
    Run run = new Run(rounds);
    current = run;
    long began = System.nanoTime();
    ExecutorService completers = Executors.newFixedThreadPool(COMPLETERS);
    for (int i = 0; i < COMPLETERS; i++) {
      completers.submit(() -> complete(run, withForms));
    }
    for (int i = 0; i < rounds; i++) {
      long root = start.getAsLong();
      run.roots.add(root);
      if (run.ended.remove(root)) { // ended before its key was known here
        run.done.countDown();
      }
    }
    boolean finished = run.done.await(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    completers.shutdownNow();
    completers.awaitTermination(10, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - began) / 1e9;
    synchronized (run.incidents) {
      assertThat(run.incidents).as("%s: incidents", label).isEmpty();
    }
    assertThat(finished).as("%s: %d of %d instances ended within %s", label, rounds - run.done.getCount(), rounds, RUN_LIMIT).isTrue();
    System.out.printf("BENCHMARK %-14s %5d instances, %6d tasks in %7.1f s%n", label, rounds, run.completed.get(), seconds);
    return seconds;
  }

  private void complete(Run run, boolean withForms) {
    try {
      while (true) {
        long[] task = run.tasks.take();
        String elementId = run.taskElements.remove(task[0]);
        Map<String, Object> variables = "approve-note".equals(elementId)
            ? Map.of("noteDecision", "approve")
            : withForms ? Map.of("position", "ingen-bemaerkninger", "responseText", "", "contactPerson", "Benchmark") : Map.of();
        kit.restClient().newCompleteUserTaskCommand(task[0]).variables(variables).send().join();
        run.completed.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onRecord(Record<?> r) {
    Run run = current;
    if (run == null || r.getRecordType() != RecordType.EVENT) {
      return;
    }
    if (r.getValueType() == ValueType.USER_TASK && r.getIntent() == UserTaskIntent.CREATED) {
      UserTaskRecordValue task = (UserTaskRecordValue) r.getValue();
      run.taskElements.put(task.getUserTaskKey(), task.getElementId());
      run.tasks.add(new long[] {task.getUserTaskKey()});
    } else if (r.getValueType() == ValueType.PROCESS_INSTANCE && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
      ProcessInstanceRecordValue value = (ProcessInstanceRecordValue) r.getValue();
      if (value.getBpmnElementType() == BpmnElementType.PROCESS && value.getParentProcessInstanceKey() <= 0) {
        if (run.roots.contains(r.getKey())) {
          run.done.countDown();
        } else {
          run.ended.add(r.getKey());
          if (run.roots.contains(r.getKey()) && run.ended.remove(r.getKey())) {
            run.done.countDown();
          }
        }
      }
    } else if (r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED) {
      IncidentRecordValue incident = (IncidentRecordValue) r.getValue();
      synchronized (run.incidents) {
        run.incidents.add(incident.getElementId() + ": " + incident.getErrorType() + " " + incident.getErrorMessage());
      }
    }
  }

  /** The heap in use once ended instances have been released (retention 0: the next sweep, within a second or two). */
  private static long heapAfterRelease() throws InterruptedException {
    Thread.sleep(2_500);
    System.gc();
    Thread.sleep(200);
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }
}
