package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.embedded.EmbeddedEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Now" as the process engine sees it, in Europe/Copenhagen. On a cluster that is the wall clock; on the
 * embedded engine it is the engine's clock, which tests move forward, so that dates computed by workers agree
 * with the timers the engine fires.
 */
@Component
public class EngineClock {

  private final Supplier<Instant> now;

  @Autowired
  public EngineClock(ObjectProvider<EmbeddedEngine> embeddedEngine) {
    this.now = () -> {
      EmbeddedEngine engine = embeddedEngine.getIfAvailable();
      return engine == null ? Instant.now() : engine.now();
    };
  }

  private EngineClock(Supplier<Instant> now) {
    this.now = now;
  }

  /** A clock standing still at {@code instant}, for unit tests. */
  public static EngineClock fixed(Instant instant) {
    return new EngineClock(() -> instant);
  }

  public Instant now() {
    return now.get();
  }

  public ZonedDateTime nowZoned() {
    return now().atZone(CalendarTime.ZONE);
  }

  public LocalDate today() {
    return nowZoned().toLocalDate();
  }
}
