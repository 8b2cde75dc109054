package dk.rammeflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.hearing.HearingController;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: runs N hearing rounds with all 12 parties through the embedded engine with the real
 * workers and mail server, then N bare instances of the same shape (12 parallel tasks and an
 * approval, no job workers), and prints throughput and their ratio. Run with
 * {@code ./rammeflow benchmark [rounds]}.
 */
@RammeflowProcessTest
class HearingRoundBenchmark {

  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 10);

  @Autowired ProcessTestKit kit;
  @Autowired HearingController hearings;
  @Autowired ReferenceData reference;

  @Test
  void hearingRoundsAgainstBareInstances() {
    kit.deploy("processes/bench-bare-hearing.bpmn");
    List<String> parties = reference.parties().stream().map(Party::id).toList();
    assertThat(parties).hasSize(12);

    run("warm-up", 2, () -> startHearing(parties), true);
    run("warm-up", 2, () -> kit.start("bench-bare-hearing", Map.of("parties", parties)), false);

    double withWorkers = run("hearing-round", ROUNDS, () -> startHearing(parties), true);
    double bare = run("bare shape", ROUNDS, () -> kit.start("bench-bare-hearing", Map.of("parties", parties)), false);
    System.out.printf(
        "%nBENCHMARK hearing rounds with 12 parties: %d rounds; with workers %.2f rounds/s, bare %.2f instances/s; ratio %.2f (bare / with workers)%n%n",
        ROUNDS, withWorkers, bare, bare / withWorkers);
  }

  private long startHearing(List<String> parties) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Benchmark-høring");
    input.put("questions", List.of("Har I bemærkninger?"));
    input.put("parties", parties);
    input.put("caseWorker", "benchmark@rammeaftale.example");
    return hearings.start(input).getBody().processInstanceKey();
  }

  /** Starts all instances, answers every party and approves, as fast as the engine allows; returns instances per second. */
  private double run(String label, int rounds, LongSupplier start, boolean withForms) {
    long began = System.nanoTime();
    Set<Long> open = new HashSet<>();
    for (int i = 0; i < rounds; i++) {
      open.add(start.getAsLong());
    }
    Map<Long, Long> rootOf = new LinkedHashMap<>();
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!open.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(label + ": instances still open after 300 s: " + open);
      }
      for (Long root : open) {
        kit.processInstanceFamily(root).forEach(k -> rootOf.putIfAbsent(k, root));
      }
      List<UserTask> tasks = new ArrayList<>(kit.restClient().newUserTaskSearchRequest()
          .filter(f -> f.state(UserTaskState.CREATED)).page(p -> p.limit(10_000)).send().join().items());
      for (UserTask task : tasks) {
        Long root = rootOf.get(task.getProcessInstanceKey());
        if (root == null || !open.contains(root)) {
          continue;
        }
        Map<String, Object> variables = "approve-note".equals(task.getElementId())
            ? Map.of("noteDecision", "approve")
            : withForms ? Map.of("position", "ingen-bemaerkninger", "responseText", "", "contactPerson", "Benchmark") : Map.of();
        kit.restClient().newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
      }
      open.removeIf(this::completed);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    double perSecond = rounds / seconds;
    System.out.printf("BENCHMARK %-14s %3d instances in %6.2f s = %.2f per second%n", label, rounds, seconds, perSecond);
    return perSecond;
  }

  private boolean completed(long processInstanceKey) {
    return kit.records().stream().anyMatch(r -> r.getKey() == processInstanceKey
        && r.getIntent() == io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETED);
  }
}
