package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default runtime: engine, record log, user task API and mail server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedRuntimeEnvironment.ENABLED, havingValue = "true")
public class EmbeddedRuntimeConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRuntimeConfiguration.class);

  /** Camunda clients connect only once the engine serves gRPC, so no worker polls in vain. */
  @Bean
  static BeanFactoryPostProcessor camundaClientAfterEmbeddedEngine() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
        var definition = beanFactory.getBeanDefinition(name);
        String[] dependsOn = definition.getDependsOn();
        String[] extended = dependsOn == null ? new String[1] : java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
        extended[extended.length - 1] = "embeddedEngine";
        definition.setDependsOn(extended);
      }
    };
  }

  @Bean(destroyMethod = "close")
  EmbeddedEngine embeddedEngine(
      @Value("${rammeflow.embedded.grpc-port}") int grpcPort,
      @Value("${rammeflow.embedded.grpc-host:127.0.0.1}") String grpcHost,
      @Value("${rammeflow.embedded.grpc-max-message-size:1MB}") org.springframework.util.unit.DataSize maxMessageSize,
      @Value("${rammeflow.embedded.durable:true}") boolean durable,
      @Value("${rammeflow.data-dir:./data}") java.nio.file.Path dataDir,
      @Value("${rammeflow.embedded.log-flush-interval:PT0.05S}") java.time.Duration flushInterval,
      @Value("${rammeflow.embedded.compact-log-above:64MB}") org.springframework.util.unit.DataSize compactAbove) {
    if (durable) {
      LOG.info("Embedded runtime: the engine keeps its log in {} and recovers from it at start; the mail server (GreenMail) keeps mail in memory only.",
          dataDir.resolve("engine").toAbsolutePath());
    } else {
      LOG.warn("Embedded runtime: the process engine and the mail server keep their state in memory only (rammeflow.embedded.durable=false); processes and tasks are lost when the application stops.");
    }
    EmbeddedEngine engine = new EmbeddedEngine(
        new EmbeddedEngine.Options(grpcHost, grpcPort, (int) maxMessageSize.toBytes(), durable ? dataDir : null, flushInterval, compactAbove.toBytes()));
    engine.start();
    LOG.info("Embedded Zeebe engine serves the gRPC API at {}", engine.gatewayAddress());
    return engine;
  }

  /** Whether a record's process instance is still active, from the engine's state (after its recovery at start). */
  @Bean
  dk.rammeflow.startup.ProcessInstanceProbe embeddedProcessInstanceProbe(EmbeddedEngine engine) {
    return engine::isProcessInstanceActive;
  }

  @Bean
  java.time.Clock engineClock(EmbeddedEngine engine) {
    return new EngineClock(engine, java.time.ZoneId.of("Europe/Copenhagen"));
  }

  @Bean(destroyMethod = "close")
  RecordLog recordLog(
      EmbeddedEngine engine,
      UserTaskStore userTaskStore,
      ProcessInstanceStore processInstanceStore,
      @Value("${rammeflow.embedded.record-window:20000}") int recordWindow) {
    RecordLog log = new RecordLog(engine, recordWindow);
    log.addListener(userTaskStore::accept);
    log.addListener(processInstanceStore::accept);
    log.start();
    return log;
  }

  @Bean(destroyMethod = "close")
  InstanceRetention instanceRetention(
      @Value("${rammeflow.embedded.retention:PT6H}") java.time.Duration retention,
      RecordLog recordLog,
      UserTaskStore userTaskStore,
      ProcessInstanceStore processInstanceStore,
      EmbeddedMailServer mailServer) {
    InstanceRetention instanceRetention =
        new InstanceRetention(retention, recordLog, userTaskStore, processInstanceStore, mailServer, java.time.Clock.systemUTC());
    recordLog.addListener(instanceRetention::accept);
    instanceRetention.start();
    return instanceRetention;
  }

  @Bean
  UserTaskStore userTaskStore() {
    return new UserTaskStore();
  }

  @Bean
  ProcessInstanceStore processInstanceStore() {
    return new ProcessInstanceStore();
  }

  @Bean
  UserTaskService userTaskService(EmbeddedEngine engine, RecordLog recordLog, UserTaskStore store, ObjectMapper objectMapper) {
    return new UserTaskService(engine, recordLog, store, objectMapper);
  }

  @Bean(destroyMethod = "close")
  EmbeddedMailServer embeddedMailServer(
      @Value("${rammeflow.embedded.smtp-port}") int smtpPort, @Value("${rammeflow.embedded.imap-port}") int imapPort) {
    EmbeddedMailServer server = new EmbeddedMailServer(smtpPort, imapPort);
    server.start();
    LOG.info("Embedded mail server (GreenMail): SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}", smtpPort, imapPort);
    return server;
  }
}
