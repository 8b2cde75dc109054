package dk.rammeflow.embedded;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as the REST API's views give them. */
final class RestDates {

  /** Fixed-width milliseconds, so that dates sort as text (ISO_OFFSET_DATE_TIME drops trailing zeros). */
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private RestDates() {}

  static String iso(long epochMillis) {
    return ISO.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
  }
}
