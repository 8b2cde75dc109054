package dk.rammeflow.testkit;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.embedded.EmbeddedEngine;
import dk.rammeflow.embedded.EmbeddedMailServer;
import dk.rammeflow.embedded.RecordLog;
import dk.rammeflow.security.Groups;
import dk.rammeflow.security.LocalUsers;
import dk.rammeflow.security.UserAccount;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestComponent;

/**
 * The process test toolkit: drives processes on the embedded engine the way users and other
 * systems do (gRPC for processes and messages, the REST API for user tasks, SMTP for mail) and
 * asserts on what the engine recorded. Failures say what was expected and what the engine did.
 *
 * <p>HTTP calls sign in as a built-in user (created from the reference data with {@link #TEST_PASSWORD}):
 * {@link #authorizationAs(String)} gives the header for a user of a group, {@link #restClient(String)} the
 * Camunda client of one; tasks are completed as a user of the candidate group named.
 */
@TestComponent
public class ProcessTestKit implements DisposableBean {

  private boolean sentinelDeployed;

  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  /** The bootstrap password of the built-in users in tests ({@link RammeflowProcessTest} sets it). */
  public static final String TEST_PASSWORD = "rammeflow-test-adgangskode";

  private final CamundaClient grpc;
  private final org.springframework.core.env.Environment environment;
  private final Map<String, CamundaClient> restClients = new HashMap<>();
  private final LocalUsers users;
  private final EmbeddedEngine engine;
  private final RecordLog records;
  private final EmbeddedMailServer mailServer;
  private final ObjectMapper json = new ObjectMapper();

  public ProcessTestKit(
      CamundaClient client,
      EmbeddedEngine engine,
      RecordLog records,
      EmbeddedMailServer mailServer,
      LocalUsers users,
      org.springframework.core.env.Environment environment) {
    this.grpc = client;
    this.users = users;
    this.engine = engine;
    this.records = records;
    this.mailServer = mailServer;
    this.environment = environment;
    // Which instance called which, kept as records arrive (listener first, then the records read before it).
    records.addListener(this::indexCalledInstance);
    records.records().forEach(this::indexCalledInstance);
  }

  /** Called instances by the instance that called them. */
  private final Map<Long, java.util.Set<Long>> calledBy = new java.util.concurrent.ConcurrentHashMap<>();

  private void indexCalledInstance(Record<?> r) {
    if (isProcessInstanceEvent(r, ProcessInstanceIntent.ELEMENT_ACTIVATED)) {
      ProcessInstanceRecordValue v = (ProcessInstanceRecordValue) r.getValue();
      if (v.getBpmnElementType() == BpmnElementType.PROCESS && v.getParentProcessInstanceKey() > 0) {
        calledBy.computeIfAbsent(v.getParentProcessInstanceKey(), k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(v.getProcessInstanceKey());
      }
    }
  }

  @Override
  public synchronized void destroy() {
    restClients.values().forEach(CamundaClient::close);
  }

  /** The official Camunda client talking REST to the application as the secretariat, as Tasklist or another SDK would. */
  public CamundaClient restClient() {
    return restClient(Groups.SECRETARIAT);
  }

  /** The Camunda REST client of a built-in user of the group (HTTP Basic). */
  public synchronized CamundaClient restClient(String group) {
    return restClients.computeIfAbsent(group, g ->
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .grpcAddress(URI.create("http://127.0.0.1:" + engine.grpcPort()))
            .restAddress(URI.create(baseUrl()))
            .preferRestOverGrpc(true)
            .credentialsProvider(CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                .applyEnvironmentOverrides(false)
                .username(userOf(g))
                .password(TEST_PASSWORD)
                .build())
            .build());
  }

  /** The application's address, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
  }

  /** The login (e-mail) of a built-in user in the group. */
  public String userOf(String group) {
    return users.anyMemberOf(group).map(UserAccount::email)
        .orElseGet(() -> fail("Expected a built-in user in group '%s', but there is none".formatted(group)));
  }

  /** The {@code Authorization} header value of a built-in user in the group, for calls to the API. */
  public String authorizationAs(String group) {
    return basicAuthorization(userOf(group), TEST_PASSWORD);
  }

  public static String basicAuthorization(String login, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  // ---- processes and messages

  /** Deploys test-only resources from the test classpath (models of bpmn/ are deployed at startup). */
  public void deploy(String... classpathResources) {
    var command = grpc.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
    for (int i = 1; i < classpathResources.length; i++) {
      command = command.addResourceFromClasspath(classpathResources[i]);
    }
    command.send().join();
  }

  public long start(String processId, Map<String, Object> variables) {
    return grpc.newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  public void publishMessage(String name, String correlationKey, Map<String, Object> variables) {
    grpc.newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .variables(variables)
        .timeToLive(Duration.ofMinutes(1))
        .send()
        .join();
  }

  /**
   * Moves the engine clock forward; due timers fire soon after. Await the outcome you expect:
   * polling job workers keep the engine from ever being idle.
   */
  public void increaseTime(Duration duration) {
    engine.increaseTime(duration);
  }

  /**
   * Moves the engine clock forward to {@code when} and returns once the engine has fired every timer due by then
   * (a sentinel instance whose timer is due at {@code when} has completed: the engine fires due timers in the order
   * of their due dates). After it, "this timer has not fired" is a sound assertion for any timer due later.
   */
  public void moveClockTo(java.time.Instant when) {
    synchronized (this) {
      if (!sentinelDeployed) {
        deploy("processes/clock-sentinel.bpmn");
        sentinelDeployed = true;
      }
    }
    long sentinel = start("clock-sentinel", Map.of("at", java.time.OffsetDateTime.ofInstant(when, java.time.ZoneOffset.UTC).toString()));
    Duration ahead = Duration.between(now(), when);
    if (!ahead.isNegative()) {
      engine.increaseTime(ahead);
    }
    awaitCompleted(sentinel);
  }

  /** The engine's time: wall time plus every {@link #increaseTime} so far. */
  public java.time.Instant now() {
    return engine.now();
  }

  // ---- user tasks

  /** Waits for an open Camunda user task of the element in the process instance (or its children). */
  public UserTask awaitUserTask(long processInstanceKey, String elementId) {
    return awaitUserTask(processInstanceKey, elementId, t -> true);
  }

  public UserTask awaitUserTask(long processInstanceKey, String elementId, Predicate<UserTask> condition) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    List<UserTask> open = List.of();
    while (System.nanoTime() < deadline) {
      List<Long> instances = processInstanceFamily(processInstanceKey);
      open =
          restClient().newUserTaskSearchRequest()
              .filter(f -> f.state(io.camunda.client.api.search.enums.UserTaskState.CREATED))
              .page(p -> p.limit(1000))
              .send()
              .join()
              .items()
              .stream()
              .filter(t -> instances.contains(t.getProcessInstanceKey()))
              .toList();
      Optional<UserTask> match = open.stream().filter(t -> elementId.equals(t.getElementId()) && condition.test(t)).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      pause();
    }
    return fail(
        "Expected an open user task '%s' in process instance %d within %s, but the open tasks were %s; %s"
            .formatted(elementId, processInstanceKey, DEFAULT_WAIT, open.stream().map(t -> t.getElementId() + t.getCandidateGroups()).toList(), describe(processInstanceKey)));
  }

  /** Completes the task as a user of the candidate group, through the REST API as Tasklist does. */
  public void completeUserTask(UserTask task, String asCandidateGroup, Map<String, Object> variables) {
    if (!task.getCandidateGroups().contains(asCandidateGroup)) {
      fail(
          "Expected user task '%s' (%s) to be offered to candidate group '%s', but its candidate groups are %s"
              .formatted(task.getName(), task.getElementId(), asCandidateGroup, task.getCandidateGroups()));
    }
    restClient(asCandidateGroup).newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  // ---- what the engine did

  public List<Record<?>> records() {
    return records.records();
  }

  public void awaitCompleted(long processInstanceKey) {
    await(
        "process instance %d to complete".formatted(processInstanceKey),
        processInstanceKey,
        r -> isProcessInstanceEvent(r, ProcessInstanceIntent.ELEMENT_COMPLETED)
            && r.getKey() == processInstanceKey);
  }

  /** Waits until the element has completed in the process instance or one of its children. */
  public void awaitPassed(long processInstanceKey, String elementId) {
    await(
        "element '%s' to complete".formatted(elementId),
        processInstanceKey,
        r -> isProcessInstanceEvent(r, ProcessInstanceIntent.ELEMENT_COMPLETED)
            && elementId.equals(((ProcessInstanceRecordValue) r.getValue()).getElementId())
            && processInstanceFamily(processInstanceKey).contains(((ProcessInstanceRecordValue) r.getValue()).getProcessInstanceKey()));
  }

  /** Asserts the elements completed, in this order (other elements may lie between them). */
  public void assertPath(long processInstanceKey, String... elementIds) {
    List<String> completed = completedElements(processInstanceKey);
    int at = 0;
    for (String expected : elementIds) {
      int found = completed.subList(at, completed.size()).indexOf(expected);
      if (found < 0) {
        fail(
            "Expected the path %s in process instance %d, but '%s' did not complete after the earlier steps; %s"
                .formatted(List.of(elementIds), processInstanceKey, expected, describe(processInstanceKey)));
      }
      at += found + 1;
    }
  }

  public void assertNotPassed(long processInstanceKey, String elementId) {
    if (completedElements(processInstanceKey).contains(elementId)) {
      fail("Expected element '%s' not to complete in process instance %d, but it did; %s".formatted(elementId, processInstanceKey, describe(processInstanceKey)));
    }
  }

  /** The process instance's variables (root scope), latest values, as JSON-parsed objects. */
  public Map<String, Object> variables(long processInstanceKey) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.VARIABLE && r.getRecordType() == RecordType.EVENT) {
        VariableRecordValue v = (VariableRecordValue) r.getValue();
        if (v.getScopeKey() == processInstanceKey) {
          variables.put(v.getName(), parse(v.getValue()));
        }
      }
    }
    return variables;
  }

  /** The latest value of a variable in any scope of the instance or its children (null when never set). */
  public Object latestVariable(long processInstanceKey, String name) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    Object latest = null;
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.VARIABLE && r.getRecordType() == RecordType.EVENT) {
        VariableRecordValue v = (VariableRecordValue) r.getValue();
        if (name.equals(v.getName()) && family.contains(v.getProcessInstanceKey())) {
          latest = parse(v.getValue());
        }
      }
    }
    return latest;
  }

  public Object awaitVariable(long processInstanceKey, String name) {
    await(
        "variable '%s'".formatted(name),
        processInstanceKey,
        r -> r.getValueType() == ValueType.VARIABLE
            && ((VariableRecordValue) r.getValue()).getScopeKey() == processInstanceKey
            && name.equals(((VariableRecordValue) r.getValue()).getName()));
    return variables(processInstanceKey).get(name);
  }

  public List<String> incidents(long processInstanceKey) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    List<String> messages = new ArrayList<>();
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED) {
        IncidentRecordValue incident = (IncidentRecordValue) r.getValue();
        if (family.contains(incident.getProcessInstanceKey())) {
          messages.add(incident.getElementId() + ": " + incident.getErrorType() + " " + incident.getErrorMessage());
        }
      }
    }
    return messages;
  }

  /** Waits until the instance (or a child) has at least {@code count} incidents. */
  public List<String> awaitIncidents(long processInstanceKey, int count) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> found = incidents(processInstanceKey);
      if (found.size() >= count) {
        return found;
      }
      pause();
    }
    return fail("Expected %d incident(s) within %s, but %s".formatted(count, DEFAULT_WAIT, describe(processInstanceKey)));
  }

  /** The error messages of every failed job attempt in the instance and its children, in order. */
  public List<String> failedJobs(long processInstanceKey) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    List<String> messages = new ArrayList<>();
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.JOB && r.getRecordType() == RecordType.EVENT && r.getIntent() == JobIntent.FAILED) {
        JobRecordValue job = (JobRecordValue) r.getValue();
        if (family.contains(job.getProcessInstanceKey())) {
          messages.add(job.getElementId() + ": " + job.getErrorMessage());
        }
      }
    }
    return messages;
  }

  /** Waits until jobs of the instance (or a child) have failed at least {@code count} times in all. */
  public List<String> awaitFailedJobs(long processInstanceKey, int count) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> found = failedJobs(processInstanceKey);
      if (found.size() >= count) {
        return found;
      }
      pause();
    }
    return fail("Expected %d failed job attempt(s) within %s, but %s".formatted(count, DEFAULT_WAIT, describe(processInstanceKey)));
  }

  /** What an operator does in Operate: gives the failed jobs new retries and resolves their incidents. */
  public void resolveIncidents(long processInstanceKey, int retries) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    java.util.Set<Long> resolved = new java.util.HashSet<>();
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.RESOLVED) {
        resolved.add(r.getKey());
      }
    }
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED && !resolved.contains(r.getKey())) {
        IncidentRecordValue incident = (IncidentRecordValue) r.getValue();
        if (family.contains(incident.getProcessInstanceKey())) {
          if (incident.getJobKey() > 0) {
            grpc.newUpdateRetriesCommand(incident.getJobKey()).retries(retries).send().join();
          }
          grpc.newResolveIncidentCommand(r.getKey()).send().join();
        }
      }
    }
  }

  /** The instance and every instance it called, transitively (from an index, not a walk over the log). */
  public List<Long> processInstanceFamily(long processInstanceKey) {
    List<Long> family = new ArrayList<>(List.of(processInstanceKey));
    for (int i = 0; i < family.size(); i++) {
      for (Long called : calledBy.getOrDefault(family.get(i), java.util.Set.of())) {
        if (!family.contains(called)) {
          family.add(called);
        }
      }
    }
    return family;
  }

  private List<String> completedElements(long processInstanceKey) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    return records.records().stream()
        .filter(r -> isProcessInstanceEvent(r, ProcessInstanceIntent.ELEMENT_COMPLETED))
        .map(r -> (ProcessInstanceRecordValue) r.getValue())
        .filter(v -> family.contains(v.getProcessInstanceKey()))
        .map(ProcessInstanceRecordValue::getElementId)
        .toList();
  }

  private List<String> activeElements(long processInstanceKey) {
    List<Long> family = processInstanceFamily(processInstanceKey);
    Map<Long, String> active = new LinkedHashMap<>();
    for (Record<?> r : records.records()) {
      if (r.getValueType() == ValueType.PROCESS_INSTANCE && r.getRecordType() == RecordType.EVENT
          && family.contains(((ProcessInstanceRecordValue) r.getValue()).getProcessInstanceKey())) {
        String elementId = ((ProcessInstanceRecordValue) r.getValue()).getElementId();
        if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
          active.put(r.getKey(), elementId);
        } else if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
          active.remove(r.getKey());
        }
      }
    }
    return List.copyOf(active.values());
  }

  /** What the engine did with the instance, for failure messages. */
  public String describe(long processInstanceKey) {
    return "the engine completed %s, is waiting in %s, incidents %s"
        .formatted(completedElements(processInstanceKey), activeElements(processInstanceKey), incidents(processInstanceKey));
  }

  private void await(String what, long processInstanceKey, Predicate<Record<?>> predicate) {
    if (records.await(predicate, DEFAULT_WAIT).isEmpty()) {
      fail("Expected %s within %s, but %s".formatted(what, DEFAULT_WAIT, describe(processInstanceKey)));
    }
  }

  private static boolean isProcessInstanceEvent(Record<?> r, ProcessInstanceIntent intent) {
    return r.getValueType() == ValueType.PROCESS_INSTANCE && r.getRecordType() == RecordType.EVENT && r.getIntent() == intent;
  }

  private Object parse(String jsonValue) {
    try {
      return json.readValue(jsonValue, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- mail

  /** Every mail delivered so far, one copy per recipient. */
  public List<MimeMessage> mails() {
    return mailServer.receivedMessages();
  }

  /**
   * Waits until at least {@code count} distinct mails (by Message-ID; a mail to two recipients is
   * delivered twice) matching the condition have arrived.
   */
  public List<MimeMessage> awaitMails(int count, Predicate<MimeMessage> condition, String description) {
    return awaitMails(count, condition, description, DEFAULT_WAIT);
  }

  public List<MimeMessage> awaitMails(int count, Predicate<MimeMessage> condition, String description, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    List<MimeMessage> matching = List.of();
    while (System.nanoTime() < deadline) {
      matching = distinct(mails().stream().filter(condition).toList());
      if (matching.size() >= count) {
        return matching;
      }
      pause();
    }
    return fail(
        "Expected %d mail(s) %s within %s, but %d arrived; all subjects received: %s"
            .formatted(count, description, wait, matching.size(), mails().stream().map(MailContent::subject).toList()));
  }

  private static List<MimeMessage> distinct(List<MimeMessage> messages) {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage message : messages) {
      try {
        byId.putIfAbsent(message.getMessageID() == null ? String.valueOf(System.identityHashCode(message)) : message.getMessageID(), message);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(byId.values());
  }

  public EmbeddedMailServer mailServer() {
    return mailServer;
  }

  private static void pause() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
