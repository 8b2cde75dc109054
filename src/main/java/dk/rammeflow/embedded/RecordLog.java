package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the embedded engine's log in order and keeps every record, so that the user task
 * projection, the REST API and tests see what the engine did, the way an exporter would.
 */
public class RecordLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RecordLog.class);
  private static final int PARTITION_ID = 1;

  private final LogStreamReader reader;
  private final List<Record<?>> records = new ArrayList<>();
  private final List<Consumer<Record<?>>> listeners = new CopyOnWriteArrayList<>();
  private final Thread follower;
  private volatile boolean running = true;
  private volatile long lastPosition;
  private List<LoggedEvent> history;

  /**
   * A log follower that first takes the records the engine recovered from its last snapshot (the
   * log before it is gone), then the log after the snapshot, so the projections are rebuilt after
   * a restart.
   */
  public RecordLog(EmbeddedEngine engine) {
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
    history.forEach(this::deliver);
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
        synchronized (this) {
          try {
            wait(5);
          } catch (InterruptedException e) {
            return;
          }
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
    synchronized (this) {
      records.add(record);
      notifyAll();
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

  /** A snapshot of every record read so far. */
  public synchronized List<Record<?>> records() {
    return List.copyOf(records);
  }

  /** Waits until a record matching the predicate has been read, searching from the start. */
  public Optional<Record<?>> await(Predicate<Record<?>> predicate, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int searchedUpTo = 0;
    synchronized (this) {
      while (true) {
        for (int i = searchedUpTo; i < records.size(); i++) {
          if (predicate.test(records.get(i))) {
            return Optional.of(records.get(i));
          }
        }
        searchedUpTo = records.size();
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return Optional.empty();
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    follower.interrupt();
  }
}
