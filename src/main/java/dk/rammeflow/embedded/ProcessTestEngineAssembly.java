package dk.rammeflow.embedded;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.impl.DbLong;
import io.camunda.zeebe.db.impl.DbNil;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.stream.api.InterPartitionCommandSender;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of zeebe-process-test-engine, assembled here from its parts instead of by its
 * {@code EngineFactory.create}, written against version {@value #WRITTEN_AGAINST} (checked at start:
 * another 8.8.x is accepted with a warning, any other version refused).
 *
 * <p>It follows {@code EngineFactory} of that version, with four differences: the state database is
 * our {@link EngineStateDb} (not the test engine's in-memory database, which copies itself on every
 * prefix iteration); the log storage is our {@link EngineLogStorage}, which can keep the log in a
 * journal on disk; the gRPC server binds to the given host (loopback by default) and refuses a
 * request larger than {@code maxInboundMessageBytes} before it reaches the engine; and the response writer is
 * wrapped in a {@link CallerSafeResponseWriter} (a caller that gave up loses no jobs). The test
 * engine's gateway, response writer, command writer and job streamer are package-private; they are
 * created by reflection from their constructors of that version. The engine's idle monitor is left
 * out (nothing here waits for idleness, and it starts a non-daemon timer thread).
 */
final class ProcessTestEngineAssembly {

  static final String WRITTEN_AGAINST = "8.8.21";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessTestEngineAssembly.class);
  private static final String PACKAGE = "io.camunda.zeebe.process.test.engine.";
  private static final int PARTITION_ID = 1;
  private static final int PARTITION_COUNT = 1;

  final ControlledActorClock clock = new ControlledActorClock();
  final EngineStateDb<ZbColumnFamilies> db = new EngineStateDb<>();
  final EngineLogStorage logStorage;
  final LogStream logStream;
  private final ActorScheduler scheduler;
  private final Server grpcServer;
  final StreamProcessor streamProcessor;

  ProcessTestEngineAssembly(String host, int port, int maxInboundMessageBytes, EngineLogStorage logStorage) {
    checkVersion();
    this.logStorage = logStorage;
    this.scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    scheduler.start();
    this.logStream =
        LogStream.builder()
            .withPartitionId(PARTITION_ID)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();

    Object commandWriter = create("CommandWriter", new Class<?>[] {LogStreamWriter.class}, logStream.newLogStreamWriter());
    Class<?> commandWriterType = commandWriter.getClass();
    InterPartitionCommandSender commandSender =
        (InterPartitionCommandSender) create("CommandSender", new Class<?>[] {commandWriterType}, commandWriter);
    Object requestStore = create("GatewayRequestStore", new Class<?>[0]);
    JobStreamer jobStreamer = (JobStreamer) create("InMemoryJobStreamer", new Class<?>[] {commandWriterType}, commandWriter);
    Object gateway =
        create(
            "GrpcToLogStreamGateway",
            new Class<?>[] {commandWriterType, int.class, int.class, int.class, requestStore.getClass(), jobStreamer.getClass()},
            commandWriter, PARTITION_ID, PARTITION_COUNT, port, requestStore, jobStreamer);
    CommandResponseWriter responseWriter =
        new CallerSafeResponseWriter(
            (CommandResponseWriter)
                create("GrpcResponseWriter", new Class<?>[] {gateway.getClass(), requestStore.getClass(), Consumer.class}, gateway, requestStore, null),
            logStream.newLogStreamWriter());

    this.grpcServer =
        NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
            .addService((BindableService) gateway)
            .maxInboundMessageSize(maxInboundMessageBytes)
            .build();

    SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    this.streamProcessor =
        StreamProcessor.builder()
            .logStream(logStream)
            .zeebeDb(db)
            .commandResponseWriter(responseWriter)
            .partitionCommandSender(commandSender)
            .recordProcessors(
                List.of(
                    new Engine(
                        context ->
                            EngineProcessors.createEngineProcessors(
                                context,
                                PARTITION_COUNT,
                                new SubscriptionCommandSender(context.getPartitionId(), commandSender),
                                commandSender,
                                FeatureFlags.createDefault(),
                                jobStreamer,
                                SearchClientsProxy.noop(),
                                new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(),
                        security)))
            .actorSchedulingService(scheduler)
            .clock(new ControllableStreamClockImpl(clock))
            .meterRegistry(new SimpleMeterRegistry())
            .build();
  }

  /** Serves gRPC and opens the stream processor, which first replays the log over the state it has. */
  void start() {
    try {
      grpcServer.start();
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded engine cannot serve gRPC: " + e.getMessage(), e);
    }
    streamProcessor.openAsync(false).join();
    awaitRecovery();
  }

  /** The stream processor opens before it has replayed the log; this waits until it processes. */
  private void awaitRecovery() {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
    while (true) {
      StreamProcessor.Phase phase = streamProcessor.getCurrentPhase().join();
      if (phase == StreamProcessor.Phase.PROCESSING) {
        return;
      }
      if (phase == StreamProcessor.Phase.FAILED || System.nanoTime() > deadline) {
        throw new IllegalStateException("The embedded engine did not recover from its log (stream processor phase " + phase + ")");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the engine recovers", e);
      }
    }
  }

  int grpcPort() {
    return grpcServer.getPort();
  }

  void stop() {
    try {
      grpcServer.shutdownNow();
      grpcServer.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        streamProcessor.closeAsync().join();
      } finally {
        try {
          logStream.close();
          scheduler.stop();
        } catch (Exception e) {
          LOG.warn("Stopping the engine's scheduler failed", e);
        } finally {
          logStorage.close();
          db.close();
        }
      }
    }
  }

  /** Whether the state holds the element instance (a process instance is one; ended ones are removed). */
  boolean hasElementInstance(long key) {
    DbLong dbKey = new DbLong();
    dbKey.wrapLong(key);
    return db.createColumnFamily(ZbColumnFamilies.ELEMENT_INSTANCE_KEY, db.createContext(), dbKey, DbNil.INSTANCE).exists(dbKey);
  }

  private static Object create(String simpleName, Class<?>[] parameterTypes, Object... arguments) {
    try {
      Constructor<?> constructor = Class.forName(PACKAGE + simpleName).getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return constructor.newInstance(arguments);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "zeebe-process-test-engine has no " + simpleName + " constructor as in version " + WRITTEN_AGAINST
              + ", which the embedded runtime's assembly (ProcessTestEngineAssembly) was written against",
          e);
    }
  }

  /** Refuses another minor version than the one this assembly follows; warns on another patch. */
  static String checkVersion() {
    String version = engineVersion();
    if (version == null || !version.startsWith("8.8.")) {
      throw new IllegalStateException(
          "zeebe-process-test-engine " + version + " found; the embedded runtime's engine assembly is written against " + WRITTEN_AGAINST);
    }
    if (!version.equals(WRITTEN_AGAINST)) {
      LOG.warn("zeebe-process-test-engine {} found; the embedded engine assembly was written against {}", version, WRITTEN_AGAINST);
    }
    return version;
  }

  private static String engineVersion() {
    try (InputStream in =
        EngineFactory.class.getResourceAsStream("/META-INF/maven/io.camunda/zeebe-process-test-engine/pom.properties")) {
      if (in == null) {
        return EngineFactory.class.getPackage().getImplementationVersion();
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}
