package dk.rammeflow;

import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.ContextClosedEvent;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RammeflowApplication {

  /** However the shutdown goes (an engine stuck on a command, a worker that never returns), the JVM ends by then. */
  static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(25);

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(RammeflowApplication.class);
    application.addListeners((ContextClosedEvent event) -> haltAfter(SHUTDOWN_LIMIT));
    try {
      application.run(args);
    } catch (Throwable failed) {
      // Spring has logged why and closed the context; a library's non-daemon thread (the engine's
      // Timer) would keep a JVM without ports alive, so end it here.
      System.exit(1);
    }
  }

  private static void haltAfter(Duration limit) {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(limit);
      } catch (InterruptedException e) {
        return;
      }
      System.err.println("Rammeflow did not stop within " + limit.toSeconds() + " s; halting the JVM");
      Runtime.getRuntime().halt(1);
    }, "rammeflow-shutdown-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
