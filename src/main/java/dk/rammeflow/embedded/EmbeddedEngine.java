package dk.rammeflow.embedded;

import dk.rammeflow.storage.AtomicFile;
import io.camunda.zeebe.logstreams.impl.log.LoggedEventImpl;
import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.agrona.collections.LongHashSet;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Zeebe engine of zeebe-process-test, serving the real gRPC API on a fixed port, assembled by
 * {@link ProcessTestEngineAssembly} with our state database and log storage.
 *
 * <p>With a data dir, the engine is durable as Zeebe itself is: its log is a journal on disk
 * ({@code engine/log}), and at start the engine recovers by loading the last snapshot
 * ({@code engine/snapshot}: the state database at a processed position, or nothing) and letting the
 * stream processor replay the log's events after it; commands that were written but never
 * processed are processed then. The clock offset ({@link #increaseTime}) is kept in
 * {@code engine/clock-offset}. {@link #compact} writes a snapshot and drops the log before it.
 *
 * <p>The engine offers no public way to write a command to its log, and the commands of Camunda
 * user tasks (complete, assign) only exist in the REST gateway, which the engine lacks. This class
 * and the assembly are the places that reach into the engine's internals.
 */
public class EmbeddedEngine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngine.class);
  private static final AtomicBoolean ENGINE_RUNNING = new AtomicBoolean();
  /** Records kept in a snapshot besides those of active instances: what the read models need of deployments. */
  private static final Set<ValueType> KEPT_TYPES =
      Set.of(ValueType.DEPLOYMENT, ValueType.PROCESS, ValueType.FORM, ValueType.DECISION, ValueType.DECISION_REQUIREMENTS, ValueType.RESOURCE);

  /**
   * Where and how the engine serves gRPC, and where it keeps its log (no data dir: in memory
   * only); the journal is forced to the disk every {@code flushInterval} and compacted when it
   * has grown beyond {@code compactAboveBytes} (0: only when {@link #compact} is called).
   */
  public record Options(String host, int grpcPort, int maxInboundMessageBytes, Path dataDir, Duration flushInterval, long compactAboveBytes) {
    public static final int DEFAULT_MAX_INBOUND_MESSAGE_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(50);

    public static Options loopback(int grpcPort) {
      return new Options("127.0.0.1", grpcPort, DEFAULT_MAX_INBOUND_MESSAGE_BYTES, null, DEFAULT_FLUSH_INTERVAL, 0);
    }
  }

  /** What a compaction did: the snapshot's position and size, and the journal before and after. */
  public record Compaction(long position, int stateEntries, int keptRecords, long logBytesBefore, long logBytesAfter) {}

  private final ProcessTestEngineAssembly engine;
  private final Options options;
  private final LogStream logStream;
  private final LogStreamWriter writer;
  private final Path engineDir;
  private final EngineJournal journal;
  private final List<LongSupplier> followers = new CopyOnWriteArrayList<>();
  private final Thread compactor = Thread.ofPlatform().daemon().name("rammeflow-engine-log-compaction").unstarted(this::compactWhenLarge);
  private Duration clockOffset = Duration.ZERO;
  private volatile long snapshotPosition = -1;
  /** The kept records of the last snapshot (they stay in its file, not in memory). */
  private volatile int snapshotRecords;

  public EmbeddedEngine(int grpcPort) {
    this(Options.loopback(grpcPort));
  }

  public EmbeddedEngine(Options options) {
    // zeebe-process-test-engine answers gRPC requests through static state: a second engine in the
    // same JVM would corrupt the first one's answers.
    if (!ENGINE_RUNNING.compareAndSet(false, true)) {
      throw new IllegalStateException("An embedded engine is already running in this JVM; only one can run at a time");
    }
    try {
      this.options = options;
      EngineSnapshot.State snapshot = null;
      EngineLogStorage storage;
      if (options.dataDir() == null) {
        this.engineDir = null;
        this.journal = null;
        storage = new EngineLogStorage(null, List.of());
      } else {
        this.engineDir = options.dataDir().resolve("engine");
        Files.createDirectories(engineDir);
        Path snapshotFile = engineDir.resolve("snapshot");
        if (Files.exists(snapshotFile)) {
          snapshot = EngineSnapshot.readState(snapshotFile);
        }
        EngineJournal.Recovered recovered = EngineJournal.open(engineDir.resolve("log"), options.flushInterval());
        this.journal = recovered.journal();
        storage = new EngineLogStorage(journal, recovered.blocks());
        LOG.info("Engine log {}: {} blocks up to position {}{}", engineDir.resolve("log"), recovered.blocks().size(), storage.highestPosition(),
            snapshot == null ? ", no snapshot" : ", snapshot at position " + snapshot.position() + " (" + snapshot.entries().size() + " state entries)");
      }
      this.engine = new ProcessTestEngineAssembly(options.host(), options.grpcPort(), options.maxInboundMessageBytes(), storage);
      if (snapshot != null) {
        engine.db.restore(snapshot.entries());
        snapshotPosition = snapshot.position();
        storage.dropUpTo(snapshot.position(), snapshot.position());
      }
      this.clockOffset = readClockOffset();
      if (!clockOffset.isZero()) {
        engine.clock.addTime(clockOffset);
        LOG.info("Engine clock runs {} ahead of wall time, as before the restart", clockOffset);
      }
      this.logStream = engine.logStream;
      this.writer = logStream.newLogStreamWriter();
    } catch (IOException e) {
      ENGINE_RUNNING.set(false);
      throw new UncheckedIOException("Cannot prepare the engine's data dir", e);
    } catch (RuntimeException e) {
      ENGINE_RUNNING.set(false);
      throw e;
    }
  }

  /** Serves gRPC and opens the stream processor, which first replays the log (recovery). */
  public void start() {
    long started = System.nanoTime();
    engine.start();
    if (engineDir != null) {
      LOG.info("Engine recovered from its log in {} ms (log up to position {})", (System.nanoTime() - started) / 1_000_000, engine.logStorage.highestPosition());
      if (options.compactAboveBytes() > 0) {
        compactor.start();
      }
    }
  }

  /**
   * Compacts the log whenever it has grown by {@code compactAboveBytes} since the last compaction, or by
   * the size of the last snapshot if that is larger: a compaction rewrites every kept record, so with
   * many live instances it would otherwise cost more than the log it drops.
   */
  private void compactWhenLarge() {
    long threshold = options.compactAboveBytes();
    long base = 0;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(Duration.ofSeconds(30));
        if (journal.sizeInBytes() > base + Math.max(threshold, snapshotBytes())) {
          base = compact().logBytesAfter();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.error("Compacting the engine log failed; the log keeps growing until the next attempt", e);
      }
    }
  }

  private long snapshotBytes() {
    try {
      Path file = engineDir.resolve("snapshot");
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    compactor.interrupt();
    try {
      synchronized (this) {
        engine.stop();
      }
    } finally {
      ENGINE_RUNNING.set(false);
    }
  }

  public int grpcPort() {
    return options.grpcPort();
  }

  public String gatewayAddress() {
    return options.host() + ":" + options.grpcPort();
  }

  /** Moves the engine clock forward: due timers fire as if the time had passed. The offset outlives a restart. */
  public synchronized void increaseTime(Duration duration) {
    clockOffset = clockOffset.plus(duration);
    if (engineDir != null) {
      AtomicFile.write(engineDir.resolve("clock-offset"), out -> out.write(clockOffset.toString().getBytes(StandardCharsets.UTF_8)));
    }
    engine.clock.addTime(duration);
  }

  private Duration readClockOffset() throws IOException {
    Path file = engineDir == null ? null : engineDir.resolve("clock-offset");
    if (file == null || !Files.exists(file)) {
      return Duration.ZERO;
    }
    return Duration.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
  }

  /** The engine's current time: wall time plus every {@link #increaseTime} so far. */
  public synchronized Instant now() {
    return Instant.now().plus(clockOffset);
  }

  /** A new reader over the engine's log, from its first record. */
  public LogStreamReader newLogReader() {
    return logStream.newLogStreamReader();
  }

  /**
   * The records before the log's start that a reader of the log needs to rebuild what it derives:
   * those the last snapshot kept (deployments, and the records of instances active at it), read from
   * the snapshot's file as it is now (a later compaction does not change what this reads). A reader
   * takes these first, then the log after {@link #historyPosition()}; each event is valid during its
   * call only.
   */
  public Consumer<Consumer<LoggedEvent>> recoveredHistory() {
    if (engineDir == null || snapshotPosition < 0) {
      return consumer -> {};
    }
    Path file = engineDir.resolve("snapshot");
    try {
      InputStream in = Files.newInputStream(file); // open now: a compaction replaces the file, not its content
      return consumer -> {
        try (in) {
          EngineSnapshot.forEachRecord(in, file, consumer);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the engine snapshot " + file, e);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine snapshot " + file, e);
    }
  }

  /** The position up to which {@link #recoveredHistory()} stands for the log; -1 without a snapshot. */
  public long historyPosition() {
    return snapshotPosition;
  }

  /**
   * Registers a reader of the log by the position it has read up to: a compaction drops the log
   * in memory only as far as every follower has read.
   */
  public void addFollower(LongSupplier readUpTo) {
    followers.add(readUpTo);
  }

  /** Whether the engine's state holds this process instance (it is active: ended ones are removed). */
  public boolean isProcessInstanceActive(long processInstanceKey) {
    return engine.hasElementInstance(processInstanceKey);
  }

  /**
   * Compacts the log: pauses processing, writes a snapshot of the state at the last processed
   * position with the records the read models still need, drops the log before it and resumes.
   * Completed instances are gone from the state, so the snapshot has none of their records. The
   * snapshot is written as a stream: processing is paused only while the state is written; the kept
   * records then come from the previous snapshot's file and the log (read back from its journal), not
   * from memory.
   */
  public synchronized Compaction compact() {
    if (engineDir == null) {
      throw new IllegalStateException("The engine keeps its log in memory only (no data dir): nothing to compact");
    }
    long before = journal.sizeInBytes();
    engine.streamProcessor.pauseProcessing().join();
    boolean paused = true;
    try {
      long position = engine.streamProcessor.getLastProcessedPositionAsync().join();
      if (position <= snapshotPosition) {
        return new Compaction(snapshotPosition, engine.db.size(), snapshotRecords, before, before);
      }
      Path file = engineDir.resolve("snapshot");
      int entries;
      int records;
      try (EngineSnapshot.Writer out = new EngineSnapshot.Writer(file, position)) {
        KeptRecords kept = new KeptRecords();
        engine.db.forEachCommitted((key, value) -> {
          out.entry(key, value);
          kept.noteStateEntry(key);
        });
        engine.streamProcessor.resumeProcessing();
        paused = false;
        if (snapshotPosition >= 0) {
          EngineSnapshot.read(file, null, bytes -> {
            LoggedEventImpl event = new LoggedEventImpl();
            event.wrap(new UnsafeBuffer(bytes), 0);
            if (kept.test(event)) {
              out.record(event);
            }
          });
        }
        try (LogStreamReader reader = logStream.newLogStreamReader()) {
          if (snapshotPosition < 0) {
            reader.seekToFirstEvent();
          } else {
            reader.seekToNextEvent(snapshotPosition);
          }
          while (reader.hasNext()) {
            LoggedEvent event = reader.next();
            if (event.getPosition() > position) {
              break;
            }
            if (event.getPosition() > snapshotPosition && kept.test(event)) {
              out.record(event);
            }
          }
        }
        out.commit();
        entries = out.entries();
        records = out.records();
      }
      snapshotRecords = records;
      snapshotPosition = position;
      engine.logStorage.dropUpTo(position, awaitFollowers(position, Duration.ofSeconds(10)));
      long after = journal.sizeInBytes();
      LOG.info("Engine log compacted at position {}: snapshot of {} state entries and {} kept records; log {} -> {} bytes",
          position, entries, records, before, after);
      return new Compaction(position, entries, records, before, after);
    } finally {
      if (paused) {
        engine.streamProcessor.resumeProcessing();
      }
    }
  }

  /**
   * Which records a snapshot keeps: the events of deployments, and those of process instances that are
   * active in the (paused) state, so still active at the snapshot's position.
   */
  private static final class KeptRecords {
    private static final long ELEMENT_INSTANCES = ZbColumnFamilies.ELEMENT_INSTANCE_KEY.getValue();
    private final RecordMetadata metadata = new RecordMetadata();
    /** The element instances in the state at the snapshot's position (process instances are element instances). */
    private final LongHashSet active = new LongHashSet();

    void noteStateEntry(byte[] key) {
      ByteBuffer buffer = ByteBuffer.wrap(key);
      if (key.length == 2 * Long.BYTES && buffer.getLong(0) == ELEMENT_INSTANCES) {
        active.add(buffer.getLong(Long.BYTES));
      }
    }

    boolean test(LoggedEvent event) {
      metadata.reset();
      event.readMetadata(metadata);
      if (metadata.getRecordType() != RecordType.EVENT) {
        return false;
      }
      if (KEPT_TYPES.contains(metadata.getValueType())) {
        return true;
      }
      UnifiedRecordValue value = UnifiedRecordValue.fromValueType(metadata.getValueType());
      if (!(value instanceof ProcessInstanceRelated related)) {
        return false;
      }
      event.readValue(value);
      return active.contains(related.getProcessInstanceKey());
    }
  }

  /** Waits a while for every follower to read up to the position; returns how far all of them got. */
  private long awaitFollowers(long position, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long readByAll = position;
    for (LongSupplier follower : followers) {
      while (follower.getAsLong() < position && System.nanoTime() < deadline) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      readByAll = Math.min(readByAll, follower.getAsLong());
    }
    return readByAll;
  }

  /**
   * Appends a command to the engine's log, as the gateway does for a client request.
   *
   * @return the position of the command; the engine's answer records carry it as their source
   *     record position
   */
  public long writeCommand(long key, ValueType valueType, Intent intent, UnifiedRecordValue value) {
    return writeCommand(key, new RecordMetadata().recordType(RecordType.COMMAND).valueType(valueType).intent(intent), value);
  }

  /** Appends a command with this metadata (e.g. the request id of a gateway request, in tests). */
  long writeCommand(long key, RecordMetadata metadata, UnifiedRecordValue value) {
    synchronized (writer) {
      var written = writer.tryWrite(WriteContext.internal(), LogAppendEntry.of(key, metadata, value));
      if (written.isLeft()) {
        throw new IllegalStateException("The engine's log refused a command: " + written.getLeft());
      }
      return written.get();
    }
  }
}
