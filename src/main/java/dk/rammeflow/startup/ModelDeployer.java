package dk.rammeflow.startup;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every process model, form and decision table of bpmn/ at startup, on the embedded
 * engine and on a cluster alike, and reports when the application is ready.
 */
@Component
public class ModelDeployer implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final List<String> PATTERNS =
      List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.form", "classpath*:bpmn/**/*.dmn");

  private static final int DEPLOY_ATTEMPTS = 4;

  private final CamundaClient client;
  private final Environment environment;
  private final StartupPhases phases;

  public ModelDeployer(CamundaClient client, Environment environment, StartupPhases phases) {
    this.client = client;
    this.environment = environment;
    this.phases = phases;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<Resource> resources = modelResources();
    if (resources.isEmpty()) {
      LOG.warn("No models, forms or decision tables found under bpmn/: nothing deployed");
    } else {
      long deployStarted = System.currentTimeMillis();
      DeploymentEvent deployment = deploy(resources);
      phases.deployed(System.currentTimeMillis() - deployStarted);
      deployment.getProcesses().forEach(p -> LOG.info("Deployed process '{}' version {} ({})", p.getBpmnProcessId(), p.getVersion(), p.getResourceName()));
      deployment.getForm().forEach(f -> LOG.info("Deployed form '{}' version {} ({})", f.getFormId(), f.getVersion(), f.getResourceName()));
      deployment.getDecisionRequirements().forEach(d -> LOG.info("Deployed decision requirements '{}' version {}", d.getDmnDecisionRequirementsId(), d.getVersion()));
    }
    Duration sinceJvmStart = Duration.ofMillis(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    LOG.info(
        "Rammeflow ready with everything deployed in {} ms on the {} runtime: gRPC {}, REST http://localhost:{}; phases: {}",
        sinceJvmStart.toMillis(),
        environment.getProperty("rammeflow.embedded.enabled", Boolean.class, false) ? "embedded" : "cluster",
        environment.getProperty("camunda.client.grpc-address"),
        environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
        phases.describe());
  }

  static List<Resource> modelResources() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    var found = new java.util.ArrayList<Resource>();
    for (String pattern : PATTERNS) {
      found.addAll(Arrays.asList(resolver.getResources(pattern)));
    }
    found.sort(Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())));
    return found;
  }

  private DeploymentEvent deploy(List<Resource> resources) throws IOException {
    DeployResourceCommandStep2 command = null;
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        byte[] content = in.readAllBytes();
        command =
            command == null
                ? client.newDeployResourceCommand().addResourceBytes(content, resource.getFilename())
                : command.addResourceBytes(content, resource.getFilename());
      }
    }
    // Every model in one deployment: on a busy machine the engine needs longer than the client's default 10 s.
    // A deployment that timed out or found the engine busy is sent again: the engine deploys identical
    // resources only once, so a retry never adds a version.
    for (int attempt = 1; ; attempt++) {
      try {
        return command.requestTimeout(Duration.ofMinutes(2)).send().join();
      } catch (RuntimeException e) {
        String reason = String.valueOf(e.getMessage());
        boolean busy = reason.contains("DEADLINE_EXCEEDED") || reason.contains("UNAVAILABLE") || reason.contains("RESOURCE_EXHAUSTED");
        if (!busy || attempt == DEPLOY_ATTEMPTS) {
          throw e;
        }
        LOG.warn("Deployment attempt {} of {} failed because the engine is busy ({}); trying again", attempt, DEPLOY_ATTEMPTS, reason);
        try {
          Thread.sleep(2_000L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
