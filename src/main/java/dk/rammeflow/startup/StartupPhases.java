package dk.rammeflow.startup;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Times the phases of the start-up for the "ready" line: the Spring context (from JVM start until it is
 * refreshed, the embedded engine and mail server included and shown apart), the job workers (opened by the
 * Camunda client when the context is refreshed) and the deployment ({@link ModelDeployer}).
 */
@Component
public class StartupPhases implements InstantiationAwareBeanPostProcessor, BeanPostProcessor {

  /** Beans whose creation is a phase of its own: name to what the log calls it. */
  private static final Map<String, String> TIMED_BEANS = Map.of("embeddedEngine", "engine", "embeddedMailServer", "mail server");

  private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
  private final Map<String, Long> beanStarted = new ConcurrentHashMap<>();
  private final Map<String, Long> beanMillis = new ConcurrentHashMap<>();
  private volatile long contextRefreshed;
  private volatile long workersOpened;
  private volatile long deploymentMillis;

  @Override
  public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
    if (TIMED_BEANS.containsKey(beanName)) {
      beanStarted.putIfAbsent(beanName, System.currentTimeMillis());
    }
    return null;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Long started = beanStarted.get(beanName);
    if (started != null) {
      beanMillis.putIfAbsent(beanName, System.currentTimeMillis() - started);
    }
    return bean;
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void onContextRefreshed(ContextRefreshedEvent event) {
    contextRefreshed = System.currentTimeMillis();
  }

  /** After every other listener of the refresh, the Camunda client's opening of the job workers among them. */
  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE)
  void afterContextRefreshed(ContextRefreshedEvent event) {
    workersOpened = System.currentTimeMillis();
  }

  void deployed(long millis) {
    deploymentMillis = millis;
  }

  /** E.g. "Spring context 5210 ms (engine 1830 ms, mail server 240 ms), workers 120 ms, deployment 930 ms". */
  String describe() {
    StringBuilder beans = new StringBuilder();
    TIMED_BEANS.forEach((name, label) -> {
      Long millis = beanMillis.get(name);
      if (millis != null) {
        beans.append(beans.isEmpty() ? " (" : ", ").append(label).append(' ').append(millis).append(" ms");
      }
    });
    if (!beans.isEmpty()) {
      beans.append(')');
    }
    return "Spring context %d ms%s, workers %d ms, deployment %d ms".formatted(
        contextRefreshed - jvmStart, beans, Math.max(0, workersOpened - contextRefreshed), deploymentMillis);
  }
}
