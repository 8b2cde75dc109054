package dk.rammeflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.embedded.RecordLog;
import dk.rammeflow.hearing.HearingController;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.security.Groups;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: for each N (default 10, 100 and 1,000; {@code ./rammeflow benchmark 10,100}) runs three things, one
 * after the other, each as fast as the engine allows, and prints the seconds of each:
 * <ol>
 *   <li><b>hearing rounds</b>: N {@code hearing-round} instances with all 12 parties on the embedded engine with
 *       the real job workers and mail server (SMTP, hearing records, the note as DOCX and PDF, mail templates);
 *       every party's task is answered with the response form's variables and the note approved over the REST
 *       API, after the secretariat has opened the note as PDF through the approval form's link (which renders it:
 *       the note's documents are made when first read).</li>
 *   <li><b>bare</b>, the same model: N instances of copies of the two real models ({@code hearing-round} and
 *       {@code hearing-party-response}, read from {@code bpmn/} at run time) with only the process ids, the called
 *       process id and the job types renamed ({@code bench-...}), so the engine runs the very same elements (call
 *       activities, ~27 jobs, timers for reminders and deadlines, message subscriptions, the user tasks and their
 *       forms); trivial job workers complete each job at once: prepare with the variables a real prepare gave in
 *       the warm-up (its own {@code hearingId}), the response step with a small {@code response}, the others with
 *       none; no mail, no records, no documents. The tasks are completed exactly as in 1. The ratio 1 / 2 is
 *       Rammeflow's own cost against the engine's for the same work (goal ≤ 1.5, not growing with N).</li>
 *   <li><b>tasks only</b> (for comparison with earlier figures): N instances of
 *       {@code processes/bench-bare-hearing.bpmn}, 12 parallel user tasks and an approval, no jobs.</li>
 * </ol>
 * Before measuring, passes of {@code benchmark.warm-up} rounds (default 50) of each kind run until the JIT has
 * compiled what a round runs (a server compiles it once and then runs for months): at least
 * {@code benchmark.warm-up-passes} (default 8), then until a pass compiled for at most
 * {@code benchmark.warm-up-jit-share} (default 0.1) of its time, at most {@code benchmark.warm-up-max-passes}
 * (default 20). On 2 cores the JIT alone took about a core for the first minutes and still compiled for a fifth of
 * the time after 8 passes, nearly all of it for the hearing rounds' PDF and mail code, which a round runs only
 * a few times. Each run prints the seconds the JIT compiled during it. Runs of a few seconds
 * vary by ±20% from one to the next, so at N = 10 the three runs are repeated nine times, at N = 100 three times
 * and at N = 1,000 twice, the hearing rounds and the bare run taking turns at going first; the table gives the
 * median seconds of each kind (of two: their mean), their ratio, and the lowest and highest ratio of one repetition.
 * Also prints the heap in use after each N (ended instances are released at once: retention 0) and the records
 * still kept. The benchmark JVM runs with -Xmx512m. With {@code -Dbenchmark.census=true} (in the argLine) it also
 * prints how many records of each kind the engine wrote in each run: the hearing rounds and the bare run differ
 * only in variables and job polls.
 */
@RammeflowProcessTest
@TestPropertySource(properties = "rammeflow.embedded.retention=PT0S")
class HearingRoundBenchmark {

  private static final List<Integer> ROUNDS =
      Arrays.stream(System.getProperty("benchmark.rounds", "10,100,1000").split(",")).map(String::strip).map(Integer::parseInt).toList();
  /** Warm-up: passes of this many rounds of each kind, so that the JIT has compiled what the rounds run. */
  private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 50);
  private static final int WARM_UP_PASSES = Integer.getInteger("benchmark.warm-up-passes", 8);
  private static final int WARM_UP_MAX_PASSES = Integer.getInteger("benchmark.warm-up-max-passes", 20);
  private static final double WARM_UP_JIT_SHARE = Double.parseDouble(System.getProperty("benchmark.warm-up-jit-share", "0.1"));
  private static final Duration RUN_LIMIT = Duration.ofMinutes(30);
  private static final int COMPLETERS = 8;
  private static final String ROUND_PROCESS = "hearing-round";
  private static final String PARTY_PROCESS = "hearing-party-response";
  private static final String REAL_JOB_PREFIX = "rammeflow-";
  private static final String BARE_PREFIX = "bench-";

  @Autowired ProcessTestKit kit;
  @Autowired HearingController hearings;
  @Autowired ReferenceData reference;
  @Autowired RecordLog recordLog;
  @Autowired CamundaClient client;
  private final HttpClient http = HttpClient.newHttpClient();
  private static final Pattern DOCUMENT_ID = Pattern.compile("\"documentId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

  /** The variables a real prepare step returned in the warm-up: what the bare prepare step returns. */
  private volatile Map<String, Object> preparedVariables;
  private final AtomicLong bareHearings = new AtomicLong();

  /** The run under way: its open root instances and the tasks to complete, fed by the record log. */
  private volatile Run current;

  private record Task(long key, String elementId, long processInstanceKey, boolean noteRead) {
    Task withNoteRead() {
      return new Task(key, elementId, processInstanceKey, true);
    }
  }

  private static final class Run {
    final Set<Long> roots = ConcurrentHashMap.newKeySet();
    final Set<Long> ended = ConcurrentHashMap.newKeySet();
    final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    final List<String> incidents = new ArrayList<>();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    final Map<String, AtomicInteger> census = new ConcurrentHashMap<>();
    /** The document id of each round's note as PDF (variable notePdf), by process instance. */
    final Map<Long, String> notePdfs = new ConcurrentHashMap<>();
    final AtomicInteger notesRead = new AtomicInteger();
    final CountDownLatch done;

    Run(int rounds) {
      done = new CountDownLatch(rounds);
    }
  }

  @Test
  void hearingRoundsAgainstBareInstances() throws Exception {
    kit.deploy("processes/bench-bare-hearing.bpmn");
    deployBareModels();
    List<JobWorker> bareWorkers = openBareWorkers();
    List<String> parties = reference.parties().stream().map(Party::id).toList();
    assertThat(parties).hasSize(12);
    recordLog.addListener(this::onRecord);
    Map<String, Object> input = hearingInput(parties);
    Map<String, Object> tasksOnlyVariables = Map.of("parties", parties);

    int passes = 0;
    boolean settled = false;
    while (passes < WARM_UP_MAX_PASSES && (passes < WARM_UP_PASSES || !settled)) {
      passes++;
      long compiledBefore = compiledMillis();
      long began = System.nanoTime();
      run("warm-up", WARM_UP, () -> hearings.start(input).getBody().processInstanceKey(), true);
      assertThat(preparedVariables).as("the variables of a real prepare step").isNotNull();
      run("warm-up", WARM_UP, () -> startBare(input), true);
      run("warm-up", WARM_UP, () -> kit.start("bench-bare-hearing", tasksOnlyVariables), false);
      double seconds = (System.nanoTime() - began) / 1e9;
      double compiling = (compiledMillis() - compiledBefore) / 1e3;
      settled = compiling <= WARM_UP_JIT_SHARE * seconds;
      System.out.printf("BENCHMARK warm-up pass %d: %.1f s, JIT compiling %.1f s (%.0f%%)%n", passes, seconds, compiling, 100 * compiling / seconds);
    }

    List<String> rows = new ArrayList<>();
    for (int n : ROUNDS) {
      List<Double> withWorkers = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      List<Double> tasksOnly = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int repetition = 0; repetition < repetitions(n); repetition++) {
        boolean bareFirst = repetition % 2 == 1; // the JIT is still settling: whichever runs first pays more of it
        if (bareFirst) {
          bare.add(run("bare, same model", n, () -> startBare(input), true));
        }
        withWorkers.add(run("hearing-round", n, () -> hearings.start(input).getBody().processInstanceKey(), true));
        if (!bareFirst) {
          bare.add(run("bare, same model", n, () -> startBare(input), true));
        }
        tasksOnly.add(run("tasks only", n, () -> kit.start("bench-bare-hearing", tasksOnlyVariables), false));
        ratios.add(withWorkers.getLast() / bare.getLast());
      }
      long heap = heapAfterRelease();
      rows.add("BENCHMARK | %6d | %4d | %10.1f | %10.1f | %5.2f | %11s | %14.1f | %11.2f | %9d | %12d |".formatted(
          n, ratios.size(), median(withWorkers), median(bare), median(withWorkers) / median(bare),
          "%.2f-%.2f".formatted(ratios.stream().mapToDouble(r -> r).min().orElseThrow(), ratios.stream().mapToDouble(r -> r).max().orElseThrow()),
          median(tasksOnly), median(withWorkers) / median(tasksOnly), heap, recordLog.size()));
      System.out.println(rows.getLast()); // each N as soon as it is measured
    }
    bareWorkers.forEach(JobWorker::close);
    System.out.printf("%nBENCHMARK hearing rounds with 12 parties (real workers and SMTP) vs bare instances of the same models"
        + " (trivial workers), and vs 12 tasks and an approval only; same run, -Xmx%d MB, after %d warm-up passes%s;"
        + " seconds are the median of the repetitions%n", Runtime.getRuntime().maxMemory() / (1024 * 1024), passes,
        settled ? "" : " (the JIT had not settled: it compiled for more than %.0f%% of the last pass)".formatted(100 * WARM_UP_JIT_SHARE));
    System.out.println("BENCHMARK |      N | reps | rounds (s) |   bare (s) | ratio | ratio range | tasks only (s) | ratio tasks | heap (MB) | records kept |");
    rows.forEach(System.out::println);
    System.out.println();
  }

  /**
   * Short runs are repeated (9 times at N = 10, 3 at 100): one run of a few seconds says little. Long ones run twice,
   * each kind going first once: at N = 1,000 the bare run alone took 116 to 184 s on the same code.
   */
  private static int repetitions(int rounds) {
    return Math.clamp(1000 / (3 * rounds), 2, 9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static long compiledMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private static Map<String, Object> hearingInput(List<String> parties) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Benchmark-høring");
    input.put("questions", List.of("Har I bemærkninger?"));
    input.put("parties", parties);
    input.put("caseWorker", "benchmark@rammeaftale.example");
    return input;
  }

  /** A bare instance with the start variables of a real one (its hearing id from the API). */
  private long startBare(Map<String, Object> input) {
    Map<String, Object> variables = new LinkedHashMap<>(input);
    variables.put("hearingId", "bench-h-" + bareHearings.incrementAndGet());
    return kit.start(BARE_PREFIX + ROUND_PROCESS, variables);
  }

  /** Copies of the two real models with bench- process ids, called process id and job types. */
  private void deployBareModels() {
    var command = client.newDeployResourceCommand()
        .addResourceString(bareModel("bpmn/hearing-round/hearing-round.bpmn"), StandardCharsets.UTF_8, "bench-hearing-round.bpmn")
        .addResourceString(bareModel("bpmn/hearing-round/hearing-party-response.bpmn"), StandardCharsets.UTF_8, "bench-hearing-party-response.bpmn");
    command.send().join();
  }

  private static String bareModel(String classpathResource) {
    BpmnModelInstance model;
    try (InputStream in = HearingRoundBenchmark.class.getClassLoader().getResourceAsStream(classpathResource)) {
      assertThat(in).as(classpathResource).isNotNull();
      model = Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(BARE_PREFIX + process.getId());
    }
    for (ZeebeCalledElement called : model.getModelElementsByType(ZeebeCalledElement.class)) {
      assertThat(called.getProcessId()).isEqualTo(PARTY_PROCESS);
      called.setProcessId(BARE_PREFIX + PARTY_PROCESS);
    }
    for (ZeebeTaskDefinition task : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
      assertThat(task.getType()).startsWith(REAL_JOB_PREFIX);
      task.setType(BARE_PREFIX + task.getType().substring(REAL_JOB_PREFIX.length()));
    }
    String xml = Bpmn.convertToString(model);
    assertThat(xml).doesNotContain("\"" + REAL_JOB_PREFIX).doesNotContain("\"" + ROUND_PROCESS + "\"").doesNotContain("\"" + PARTY_PROCESS + "\"");
    return xml;
  }

  /** Trivial workers for every job type of the bare models, configured as the application's (job streaming). */
  private List<JobWorker> openBareWorkers() {
    Map<String, Function<ActivatedJob, Map<String, Object>>> outputs = new LinkedHashMap<>();
    outputs.put("prepare", job -> {
      Map<String, Object> variables = new LinkedHashMap<>(preparedVariables);
      variables.put("hearingId", job.getVariablesAsMap().get("hearingId"));
      return variables;
    });
    outputs.put("notify-party", job -> Map.of());
    outputs.put("record-response", job -> {
      Map<?, ?> party = (Map<?, ?>) job.getVariablesAsMap().get("party");
      return Map.of("response", Map.of("partyId", party.get("id"), "partyName", party.get("name"), "position", "ingen-bemaerkninger"));
    });
    outputs.put("compile-note", job -> Map.of());
    outputs.put("close", job -> Map.of());
    outputs.put("extend-deadline", job -> Map.of());
    outputs.put("prepare-clarification", job -> Map.of());
    List<JobWorker> workers = new ArrayList<>();
    outputs.forEach((step, output) -> workers.add(client.newWorker()
        .jobType(BARE_PREFIX + "hearing-" + step)
        // Completed without waiting, as the application's workers complete (Spring's auto-complete is asynchronous):
        // a handler that waits holds one of the client's few threads, the streamed jobs pile up and are yielded
        // back to wait for the next poll (8,000 of 27,000 jobs at N = 1,000 once), which made the bare run slow.
        .handler((jobClient, job) -> jobClient.newCompleteCommand(job).variables(output.apply(job)).send()
            .whenComplete((done, failure) -> {
              if (failure != null) {
                System.out.printf("BENCHMARK completing bare job %d failed (it is activated again later): %s%n", job.getKey(), failure);
              }
            }))
        .name("bench")
        .fetchVariables("party", "hearingId")
        .streamEnabled(true)
        .pollInterval(Duration.ofSeconds(5))
        .open()));
    return workers;
  }

  /** Starts all instances, completes every task as it appears, until every root has ended; returns seconds. */
  private double run(String label, int rounds, LongSupplier start, boolean withForms) throws InterruptedException {
    Run run = new Run(rounds);
    current = run;
    long compiledBefore = compiledMillis();
    LocalTime startedAt = LocalTime.now(); // wall times, to find the run in a profile
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
    if (Boolean.getBoolean("benchmark.census")) {
      run.census.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get())
          .forEach(e -> System.out.printf("CENSUS %s %d %s%n", label, e.getValue().get(), e.getKey()));
    }
    System.out.printf("BENCHMARK %-16s %5d instances, %6d tasks in %7.1f s (JIT compiling %.1f s; %d completions tried again, %d notes read; %s to %s)%n",
        label, rounds, run.completed.get(), seconds, (compiledMillis() - compiledBefore) / 1e3,
        run.retried.get(), run.notesRead.get(),
        startedAt, LocalTime.now());
    return seconds;
  }

  /**
   * Completes tasks until interrupted. A completion that fails (a timeout on a busy machine) is tried again; a task
   * the engine no longer has open (404, 409) was completed by the attempt that timed out.
   */
  private void complete(Run run, boolean withForms) {
    try {
      while (true) {
        Task task = run.tasks.take();
        Map<String, Object> variables = "approve-note".equals(task.elementId())
            ? Map.of("noteDecision", "approve")
            : withForms ? Map.of("position", "ingen-bemaerkninger", "responseText", "", "contactPerson", "Benchmark") : Map.of();
        try {
          if ("approve-note".equals(task.elementId()) && !task.noteRead()) {
            readNote(run, task);
            task = task.withNoteRead();
          }
          kit.restClient().newCompleteUserTaskCommand(task.key()).variables(variables).send().join();
        } catch (RuntimeException e) {
          if (run.done.getCount() == 0) {
            return; // the run is over: the completion was interrupted, not refused
          }
          if (!(e instanceof ProblemException problem && (problem.code() == 404 || problem.code() == 409))) {
            if (run.retried.incrementAndGet() <= 3) {
              System.out.printf("BENCHMARK completing task %d (%s) failed, trying again: %s%n", task.key(), task.elementId(), e);
            }
            run.tasks.add(task);
            continue;
          }
        }
        run.completed.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The secretariat opens the note before approving it: the PDF through the link of the approval form
   * ({@code GET /api/documents/<id>}), which renders it the first time. The bare models have no note.
   */
  private void readNote(Run run, Task task) {
    String documentId = run.notePdfs.remove(task.processInstanceKey());
    if (documentId == null) {
      return;
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + "/api/documents/" + documentId))
        .header("Authorization", kit.authorizationAs(Groups.SECRETARIAT)).timeout(Duration.ofMinutes(1)).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200 || response.body().length < 1000) {
        throw new IllegalStateException("Reading the note %s gave HTTP %d (%d bytes)".formatted(documentId, response.statusCode(), response.body().length));
      }
      run.notesRead.incrementAndGet();
    } catch (IOException e) {
      run.notePdfs.put(task.processInstanceKey(), documentId);
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void onRecord(Record<?> r) {
    Run run = current;
    if (run != null && Boolean.getBoolean("benchmark.census")) {
      run.census.computeIfAbsent(r.getRecordType() + " " + r.getValueType() + " " + r.getIntent(), k -> new AtomicInteger()).incrementAndGet();
    }
    if (run == null || r.getRecordType() != RecordType.EVENT) {
      return;
    }
    if (r.getValueType() == ValueType.USER_TASK && r.getIntent() == UserTaskIntent.CREATED) {
      UserTaskRecordValue task = (UserTaskRecordValue) r.getValue();
      run.tasks.add(new Task(task.getUserTaskKey(), task.getElementId(), task.getProcessInstanceKey(), false));
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
    } else if (r.getValueType() == ValueType.VARIABLE && r.getIntent() == VariableIntent.CREATED
        && "notePdf".equals(((VariableRecordValue) r.getValue()).getName())) {
      VariableRecordValue variable = (VariableRecordValue) r.getValue();
      Matcher id = DOCUMENT_ID.matcher(variable.getValue());
      if (id.find()) {
        run.notePdfs.put(variable.getProcessInstanceKey(), id.group(1));
      }
    } else if (r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.COMPLETED && preparedVariables == null
        && "rammeflow-hearing-prepare".equals(((JobRecordValue) r.getValue()).getType())) {
      preparedVariables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(((JobRecordValue) r.getValue()).getVariables()));
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
