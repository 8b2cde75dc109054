package dk.rammeflow.embedded;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases what the embedded runtime keeps of ended process instances once they have been ended for
 * {@code rammeflow.embedded.retention}: their records in the {@link RecordLog}, their user tasks in the
 * {@link UserTaskStore}, their process, element instances and variables in the {@link ProcessInstanceStore};
 * records that belong to no process instance (job batches, messages, ...) go after the same time, except
 * deployed definitions; and mails in the mail server's mailboxes older than the retention. Called
 * instances go with their root instance. Live instances keep everything.
 */
public class InstanceRetention implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceRetention.class);
  private static final Set<ValueType> DEFINITIONS =
      Set.of(ValueType.DEPLOYMENT, ValueType.PROCESS, ValueType.FORM, ValueType.DECISION, ValueType.DECISION_REQUIREMENTS, ValueType.RESOURCE);

  private final Duration retention;
  private final RecordLog recordLog;
  private final UserTaskStore userTasks;
  private final ProcessInstanceStore processInstances;
  private final EmbeddedMailServer mailServer;
  private final Clock clock;
  private final ScheduledExecutorService sweeper;

  /** Process instance key to its root instance's key (itself for a root), for instances not yet released. */
  private final Map<Long, Long> rootOf = new HashMap<>();
  /** Root instance to its called instances (and itself). */
  private final Map<Long, Set<Long>> families = new HashMap<>();
  /** Ended root instances with the time they ended, oldest first. */
  private final LinkedHashMap<Long, Instant> ended = new LinkedHashMap<>();
  /** (time, last position read by then), oldest first: records without an instance up to a position older than the retention go. */
  private final Deque<Map.Entry<Instant, Long>> positions = new ArrayDeque<>();
  private long lastPosition = -1;

  public InstanceRetention(
      Duration retention,
      RecordLog recordLog,
      UserTaskStore userTasks,
      ProcessInstanceStore processInstances,
      EmbeddedMailServer mailServer,
      Clock clock) {
    this.retention = retention;
    this.recordLog = recordLog;
    this.userTasks = userTasks;
    this.processInstances = processInstances;
    this.mailServer = mailServer;
    this.clock = clock;
    this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rammeflow-retention").factory());
  }

  /** Sweeps every minute, or every second when the retention is under a minute. */
  public void start() {
    long every = retention.compareTo(Duration.ofMinutes(1)) < 0 ? 1_000 : 60_000;
    sweeper.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
  }

  /** A listener on the record log: learns which instances belong together and when roots end. */
  public synchronized void accept(Record<?> record) {
    lastPosition = record.getPosition();
    if (record.getValueType() != ValueType.PROCESS_INSTANCE || record.getRecordType() != RecordType.EVENT) {
      return;
    }
    ProcessInstanceRecordValue value = (ProcessInstanceRecordValue) record.getValue();
    if (value.getBpmnElementType() != BpmnElementType.PROCESS) {
      return;
    }
    long instance = value.getProcessInstanceKey();
    if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING && !rootOf.containsKey(instance)) {
      Long root = value.getParentProcessInstanceKey() > 0 ? rootOf.get(value.getParentProcessInstanceKey()) : null;
      long family = root == null ? instance : root;
      rootOf.put(instance, family);
      families.computeIfAbsent(family, k -> new HashSet<>()).add(instance);
    } else if ((record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)
        && Long.valueOf(instance).equals(rootOf.get(instance))) {
      ended.put(instance, clock.instant());
    }
  }

  private void sweepSafely() {
    try {
      releaseEndedBefore(clock.instant().minus(retention));
    } catch (RuntimeException e) {
      LOG.error("Releasing ended process instances failed", e);
    }
  }

  /**
   * Releases every root instance (with the instances it called) that ended before {@code cutoff}, records
   * without an instance read before it, and mails received before it.
   *
   * @return how many root instances were released
   */
  public int releaseEndedBefore(Instant cutoff) {
    Set<Long> released = new HashSet<>();
    long horizon;
    synchronized (this) {
      for (Iterator<Map.Entry<Long, Instant>> it = ended.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Long, Instant> root = it.next();
        if (!root.getValue().isBefore(cutoff)) {
          break;
        }
        it.remove();
        Set<Long> family = families.remove(root.getKey());
        if (family != null) {
          released.addAll(family);
          family.forEach(rootOf::remove);
        }
      }
      positions.addLast(Map.entry(clock.instant(), lastPosition));
      horizon = -1;
      while (!positions.isEmpty() && positions.peekFirst().getKey().isBefore(cutoff)) {
        horizon = positions.pollFirst().getValue();
      }
    }
    long noInstanceUpTo = horizon;
    int records = recordLog.release((position, valueType, instance) -> {
      if (instance > 0) {
        return released.contains(instance);
      }
      return position <= noInstanceUpTo && !DEFINITIONS.contains(valueType);
    });
    if (!released.isEmpty()) {
      userTasks.release(released);
      processInstances.release(released);
    }
    int mails = mailServer == null ? 0 : mailServer.releaseReceivedBefore(cutoff);
    if (!released.isEmpty() || records > 0 || mails > 0) {
      LOG.debug("Released {} process instance(s), {} record(s) and {} mail(s) ended before {}", released.size(), records, mails, cutoff);
    }
    return released.size();
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
