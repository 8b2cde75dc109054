package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import java.util.List;
import java.time.Duration;
import java.time.Instant;

/**
 * The Zeebe engine of zeebe-process-test, serving the real gRPC API on a fixed port, assembled by
 * {@link ProcessTestEngineAssembly} with our state database and log storage.
 *
 * <p>The engine offers no public way to write a command to its log, and the commands of Camunda
 * user tasks (complete, assign) only exist in the REST gateway, which the engine lacks. This class
 * and the assembly are the places that reach into the engine's internals.
 */
public class EmbeddedEngine implements AutoCloseable {

  private static final java.util.concurrent.atomic.AtomicBoolean ENGINE_RUNNING = new java.util.concurrent.atomic.AtomicBoolean();

  /** Where and how the engine serves gRPC. */
  public record Options(String host, int grpcPort, int maxInboundMessageBytes) {
    public static final int DEFAULT_MAX_INBOUND_MESSAGE_BYTES = 1024 * 1024;

    public static Options loopback(int grpcPort) {
      return new Options("127.0.0.1", grpcPort, DEFAULT_MAX_INBOUND_MESSAGE_BYTES);
    }
  }

  private final ProcessTestEngineAssembly engine;
  private final Options options;
  private final LogStream logStream;
  private final LogStreamWriter writer;
  private Duration clockOffset = Duration.ZERO;

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
      this.engine = new ProcessTestEngineAssembly(options.host(), options.grpcPort(), options.maxInboundMessageBytes(), new EngineLogStorage(null, List.of()));
      this.logStream = engine.logStream;
      this.writer = logStream.newLogStreamWriter();
    } catch (RuntimeException e) {
      ENGINE_RUNNING.set(false);
      throw e;
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
    return options.grpcPort();
  }

  public String gatewayAddress() {
    return options.host() + ":" + options.grpcPort();
  }

  /** Moves the engine clock forward: due timers fire as if the time had passed. */
  public synchronized void increaseTime(Duration duration) {
    engine.clock.addTime(duration);
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
