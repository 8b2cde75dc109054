package dk.rammeflow.embedded;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock on the embedded runtime: the engine's time, which runs ahead of wall
 * time once a test moves it forward. Deadlines computed "from today" then agree with the timers.
 */
public class EngineClock extends Clock {

  private final EmbeddedEngine engine;
  private final ZoneId zone;

  public EngineClock(EmbeddedEngine engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new EngineClock(engine, newZone);
  }

  @Override
  public Instant instant() {
    return engine.now();
  }
}
