package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.impl.log.LoggedEventImpl;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;
import java.time.Duration;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the embedded engine's log in order and keeps its records, so that the user task
 * projection, the REST API and tests see what the engine did, the way an exporter would.
 *
 * <p>The records are an append-only array in position order: {@link #records()} is a view of it
 * (no copy), {@link #await(long, Predicate, Duration)} finds its start by binary search on the
 * position and is woken by the follower for each new record, so awaiting the answer to a command
 * costs the records after the command, not the whole log. {@link #release} drops the records of
 * ended process instances (see {@link InstanceRetention}).
 */
public class RecordLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RecordLog.class);
  private static final int PARTITION_ID = 1;

  /** The records in [0, size) of the array; slots beyond size are written by later appends only. */
  private record Snapshot(Kept[] array, int size) {}

  /**
   * A kept record: decoded (all records are kept, for tests), or with a window as a copy of its bytes in
   * the log, decoded when asked for (a decoded record is about six times larger than its bytes).
   */
  private record Kept(long position, ValueType valueType, long processInstanceKey, Record<?> record, byte[] bytes) {
    Record<?> get() {
      if (record != null) {
        return record;
      }
      LoggedEventImpl event = new LoggedEventImpl();
      event.wrap(new UnsafeBuffer(bytes), 0);
      return toRecord(event);
    }
  }

  /** Which kept records go: by position, value type and process instance key (-1: none). */
  @FunctionalInterface
  public interface Released {
    boolean test(long position, ValueType valueType, long processInstanceKey);
  }

  /** Somebody awaiting the first record after a position that matches a predicate. */
  private record Waiter(long afterPosition, Predicate<Record<?>> predicate, CompletableFuture<Record<?>> answer) {}

  private final LogStreamReader reader;
  /** How many of the latest records are kept at least when older ones are dropped (0: all are kept). */
  private final int window;
  private final Object appendLock = new Object();
  private volatile Snapshot snapshot = new Snapshot(new Kept[4096], 0);
  private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
  private final List<Consumer<Record<?>>> listeners = new CopyOnWriteArrayList<>();
  private final Thread follower;
  private volatile boolean running = true;
  private volatile long lastPosition;
  private Consumer<Consumer<LoggedEvent>> history;

  /**
   * A log follower that first takes the records the engine recovered from its last snapshot (the
   * log before it is gone), then the log after the snapshot, so the projections are rebuilt after
   * a restart.
   */
  public RecordLog(EmbeddedEngine engine) {
    this(engine, 0);
  }

  /**
   * @param window when above 0, only about this many of the latest records are kept (at most twice as many):
   *     enough to find the answer to a command just written. The projections (tasks, Operate views) are
   *     built by listeners and need no history; tests keep every record (0) to assert on what happened.
   */
  public RecordLog(EmbeddedEngine engine, int window) {
    this.window = window;
    this.reader = engine.newLogReader();
    this.history = engine.recoveredHistory();
    this.lastPosition = engine.historyPosition();
    engine.addFollower(() -> lastPosition);
    this.follower = Thread.ofPlatform().daemon().name("rammeflow-record-log").unstarted(this::follow);
  }

  public void start() {
    follower.start();
  }

  /** Listeners see every record once, in log order, on the follower thread. */
  public void addListener(Consumer<Record<?>> listener) {
    listeners.add(listener);
  }

  private void follow() {
    try {
      history.accept(this::deliver);
    } catch (RuntimeException e) {
      LOG.error("Failed to read the records kept by the engine's last snapshot", e);
    }
    history = null;
    while (running) {
      boolean any;
      try {
        any = readNewRecords();
      } catch (RuntimeException e) {
        LOG.error("Failed to read the engine's log at position {}", lastPosition, e);
        any = false;
      }
      if (!any) {
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private boolean readNewRecords() {
    if (lastPosition < 0) {
      reader.seekToFirstEvent();
    } else {
      reader.seekToNextEvent(lastPosition);
    }
    boolean any = false;
    while (reader.hasNext()) {
      LoggedEvent event = reader.next();
      if (event.getPosition() <= lastPosition) {
        continue;
      }
      deliver(event);
      lastPosition = event.getPosition();
      any = true;
    }
    return any;
  }

  private void deliver(LoggedEvent event) {
    Record<?> record = toRecord(event);
    // Listeners first: whoever awaits this record then sees the projections already updated.
    for (Consumer<Record<?>> listener : listeners) {
      try {
        listener.accept(record);
      } catch (RuntimeException e) {
        LOG.error("Record listener failed on {}", record, e);
      }
    }
    long instance = record.getValue() instanceof ProcessInstanceRelated related ? related.getProcessInstanceKey() : -1;
    append(window > 0
        ? new Kept(record.getPosition(), record.getValueType(), instance, null, EngineSnapshot.copy(event))
        : new Kept(record.getPosition(), record.getValueType(), instance, record, null));
    for (Waiter waiter : waiters) {
      if (record.getPosition() > waiter.afterPosition() && !waiter.answer().isDone() && waiter.predicate().test(record)) {
        waiter.answer().complete(record);
      }
    }
  }

  private void append(Kept record) {
    synchronized (appendLock) {
      Snapshot current = snapshot;
      Kept[] array = current.array();
      if (window > 0 && current.size() >= 2 * window) {
        Kept[] latest = new Kept[array.length];
        System.arraycopy(array, current.size() - window, latest, 0, window);
        current = new Snapshot(latest, window);
        array = latest;
      }
      if (current.size() == array.length) {
        array = Arrays.copyOf(array, array.length * 2);
      }
      array[current.size()] = record;
      snapshot = new Snapshot(array, current.size() + 1);
    }
  }

  private static Record<?> toRecord(LoggedEvent event) {
    RecordMetadata metadata = new RecordMetadata();
    event.readMetadata(metadata);
    UnifiedRecordValue value = UnifiedRecordValue.fromValueType(metadata.getValueType());
    event.readValue(value);
    return new CopiedRecord<>(
        value,
        metadata,
        event.getKey(),
        PARTITION_ID,
        event.getPosition(),
        event.getSourceEventPosition(),
        event.getTimestamp());
  }

  /** The records read so far and not released, in log order: an unmodifiable view, not a copy. */
  public List<Record<?>> records() {
    return new View(snapshot);
  }

  /** How many records are kept. */
  public int size() {
    return snapshot.size();
  }

  /** Waits until a record matching the predicate has been read, searching from the start. */
  public Optional<Record<?>> await(Predicate<Record<?>> predicate, Duration timeout) {
    return await(-1, predicate, timeout);
  }

  /**
   * Waits for the first record after {@code afterPosition} that matches the predicate: looks at the
   * records already read after that position, then is woken by the follower as new records arrive.
   */
  public Optional<Record<?>> await(long afterPosition, Predicate<Record<?>> predicate, Duration timeout) {
    Waiter waiter = new Waiter(afterPosition, predicate, new CompletableFuture<>());
    waiters.add(waiter);
    try {
      Snapshot current = snapshot;
      for (int i = firstIndexAfter(current, afterPosition); i < current.size(); i++) {
        Record<?> record = current.array()[i].get();
        if (predicate.test(record)) {
          return Optional.of(record);
        }
      }
      return Optional.of(waiter.answer().get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      waiters.remove(waiter);
    }
  }

  private static int firstIndexAfter(Snapshot snapshot, long position) {
    int low = 0;
    int high = snapshot.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (snapshot.array()[middle].position() <= position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Drops the records that match (those of released process instances); views taken before keep theirs. */
  public int release(Released released) {
    synchronized (appendLock) {
      Snapshot current = snapshot;
      Kept[] kept = new Kept[Math.max(4096, Integer.highestOneBit(Math.max(1, current.size())) * 2)];
      int size = 0;
      for (int i = 0; i < current.size(); i++) {
        Kept record = current.array()[i];
        if (!released.test(record.position(), record.valueType(), record.processInstanceKey())) {
          kept[size++] = record;
        }
      }
      snapshot = new Snapshot(kept, size);
      return current.size() - size;
    }
  }

  @Override
  public void close() {
    running = false;
    follower.interrupt();
  }

  /** A fixed view of the first {@code size} records of an array that only grows beyond them. */
  private static final class View extends AbstractList<Record<?>> implements RandomAccess {

    private final Kept[] array;
    private final int size;

    View(Snapshot snapshot) {
      this.array = snapshot.array();
      this.size = snapshot.size();
    }

    @Override
    public Record<?> get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return array[index].get();
    }

    @Override
    public int size() {
      return size;
    }
  }
}
