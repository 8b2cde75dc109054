package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.Duration;
import java.time.Instant;

/**
 * The in-memory Zeebe engine of zeebe-process-test, serving the real gRPC API on a fixed port.
 *
 * <p>The engine offers no public way to write a command to its log, and the commands of Camunda
 * user tasks (complete, assign) only exist in the REST gateway, which the engine lacks. This
 * class is the single place that reaches into the engine's internals (its {@code logStream} and
 * that stream's in-memory storage); the field names belong to zeebe-process-test-engine 8.8.x and
 * are checked at startup.
 */
public class EmbeddedEngine implements AutoCloseable {

  private static final java.util.concurrent.atomic.AtomicBoolean ENGINE_RUNNING = new java.util.concurrent.atomic.AtomicBoolean();

  private final ZeebeTestEngine engine;
  private final int grpcPort;
  private final LogStream logStream;
  private final LogStreamWriter writer;
  private Duration clockOffset = Duration.ZERO;

  public EmbeddedEngine(int grpcPort) {
    // zeebe-process-test-engine answers gRPC requests through static state: a second engine in the
    // same JVM would corrupt the first one's answers.
    if (!ENGINE_RUNNING.compareAndSet(false, true)) {
      throw new IllegalStateException("An embedded engine is already running in this JVM; only one can run at a time");
    }
    this.grpcPort = grpcPort;
    this.engine = EngineFactory.create(grpcPort);
    this.logStream = readLogStream(engine);
    guardLogEntries(logStream);
    this.writer = logStream.newLogStreamWriter();
  }

  /**
   * The engine's in-memory log keeps its entries in a plain ArrayList that one thread appends to
   * while the stream processor (and the record log) read it from others; a read during a resize
   * can see a null entry and stop the stream processor for good. Reads and appends of a
   * synchronized list cannot interleave like that.
   */
  @SuppressWarnings("unchecked")
  private static void guardLogEntries(LogStream logStream) {
    try {
      Object storage = field(logStream, "logStorage");
      Field entries = storage.getClass().getDeclaredField("logEntries");
      entries.setAccessible(true);
      List<ByteBuffer> current = (List<ByteBuffer>) entries.get(storage);
      if (!current.isEmpty()) {
        throw new IllegalStateException("The engine's log is not empty before start");
      }
      entries.set(storage, Collections.synchronizedList(new ArrayList<ByteBuffer>()));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "This version of zeebe-process-test-engine keeps its log differently (LogStreamImpl.logStorage.logEntries); "
              + "the embedded runtime supports 8.8.x only",
          e);
    }
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  private static LogStream readLogStream(ZeebeTestEngine engine) {
    try {
      return (LogStream) field(engine, "logStream");
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "This version of zeebe-process-test-engine has no 'logStream' field of type LogStream in "
              + engine.getClass().getName()
              + "; the embedded runtime supports 8.8.x only",
          e);
    }
  }

  public void start() {
    engine.start();
  }

  @Override
  public void close() {
    try {
      engine.stop();
    } finally {
      ENGINE_RUNNING.set(false);
    }
  }

  public int grpcPort() {
    return grpcPort;
  }

  public String gatewayAddress() {
    return engine.getGatewayAddress();
  }

  /** Moves the engine clock forward: due timers fire as if the time had passed. */
  public synchronized void increaseTime(Duration duration) {
    engine.increaseTime(duration);
    clockOffset = clockOffset.plus(duration);
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
   * Appends a command to the engine's log, as the gateway does for a client request.
   *
   * @return the position of the command; the engine's answer records carry it as their source
   *     record position
   */
  public long writeCommand(long key, ValueType valueType, Intent intent, UnifiedRecordValue value) {
    RecordMetadata metadata =
        new RecordMetadata().recordType(RecordType.COMMAND).valueType(valueType).intent(intent);
    synchronized (writer) {
      var written = writer.tryWrite(WriteContext.internal(), LogAppendEntry.of(key, metadata, value));
      if (written.isLeft()) {
        throw new IllegalStateException("The engine's log refused a command: " + written.getLeft());
      }
      return written.get();
    }
  }
}
