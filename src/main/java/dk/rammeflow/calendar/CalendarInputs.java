package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads loosely typed input (process variables, JSON bodies) into the calendar's requests, with a Danish
 * {@link CalendarException} naming the field for every bad value. Dates are ISO ({@code 2026-07-01}); an
 * ISO date-time is accepted and taken as its date in Europe/Copenhagen.
 */
public final class CalendarInputs {

  private static final Set<String> PLAN_FIELDS = Set.of("title", "target", "chain", "notBefore");
  private static final Set<String> TARGET_FIELDS = Set.of("label", "date", "forum");
  private static final Set<String> STEP_FIELDS =
      Set.of("label", "kind", "forum", "forums", "weeks", "days", "workingDays", "date", "gapWorkingDays", "endsAtMeeting");

  private CalendarInputs() {}

  public static LocalDate date(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String s) {
      String text = s.trim();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException notADate) {
        try {
          return OffsetDateTime.parse(text).atZoneSameInstant(CalendarTime.ZONE).toLocalDate();
        } catch (DateTimeParseException notAnOffsetDateTime) {
          try {
            return ZonedDateTime.parse(text).withZoneSameInstant(CalendarTime.ZONE).toLocalDate();
          } catch (DateTimeParseException notAZonedDateTime) {
            try {
              return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException e) {
              throw new CalendarException(field + ": '" + abbreviate(text) + "' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01.");
            }
          }
        }
      }
    }
    throw new CalendarException(field + " skal være en dato (ÅÅÅÅ-MM-DD).");
  }

  public static LocalDate requiredDate(Object value, String field) {
    LocalDate date = date(value, field);
    if (date == null) {
      throw new CalendarException(field + " mangler.");
    }
    return date;
  }

  public static Integer integer(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Long || value instanceof Short || value instanceof Byte) {
      long l = ((Number) value).longValue();
      if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        return (int) l;
      }
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
        return (int) d;
      }
    } else if (value instanceof String s) {
      try {
        return Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new CalendarException(field + ": '" + abbreviate(String.valueOf(value)) + "' er ikke et helt tal.");
  }

  /** A list of whole numbers: a list, a single number, or a comma-separated text ("5, 1"). */
  public static List<Integer> integers(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    Collection<?> items;
    if (value instanceof Collection<?> c) {
      items = c;
    } else if (value instanceof String s) {
      items = Arrays.asList(s.split(","));
    } else {
      items = List.of(value);
    }
    List<Integer> result = new ArrayList<>();
    for (Object item : items) {
      Integer n = integer(item, field);
      if (n == null) {
        throw new CalendarException(field + " indeholder en tom værdi.");
      }
      result.add(n);
    }
    return result;
  }

  public static String text(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s.trim();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new CalendarException(field + " skal være en tekst.");
  }

  public static DeadlineRequest.HearingRules hearingRules(Object value) {
    String text = text(value, "hearingRules");
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "ignore", "ingen" -> DeadlineRequest.HearingRules.IGNORE;
      case "warn", "advar" -> DeadlineRequest.HearingRules.WARN;
      case "extend", "forlæng" -> DeadlineRequest.HearingRules.EXTEND;
      default -> throw new CalendarException("hearingRules: '" + abbreviate(text)
          + "' er ukendt. Brug ignore (ingen høringsregler), warn (advar) eller extend (forlæng fristen).");
    };
  }

  // ---------------------------------------------------------------- plans

  /** A plan request from a JSON object or process variables: {@code title}, {@code target}, {@code chain}, {@code notBefore}. */
  public static PlanRequest planRequest(Map<?, ?> body) {
    if (body == null) {
      throw new CalendarException("Forespørgslen er tom. Angiv target og chain.");
    }
    rejectUnknown(body, PLAN_FIELDS, "Planen");
    return new PlanRequest(text(body.get("title"), "title"), target(body.get("target")), chain(body.get("chain")),
        date(body.get("notBefore"), "notBefore"));
  }

  /**
   * A target: an ISO date ({@code "2023-07-01"}), or an object {@code {"date": "2023-07-01", "label": "..."}}
   * or, for a meeting, {@code {"forum": "kkr", "date": "2023-06-23", "label": "..."}}.
   */
  public static PlanTarget target(Object value) {
    if (value == null) {
      throw new CalendarException("Planen mangler et mål (target): en dato eller et møde i et forum.");
    }
    if (value instanceof String || value instanceof LocalDate) {
      return PlanTarget.date(null, requiredDate(value, "target"));
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new CalendarException("target skal være en dato eller et objekt med date (og evt. forum og label).");
    }
    rejectUnknown(map, TARGET_FIELDS, "Målet");
    LocalDate date = requiredDate(map.get("date"), "target.date");
    String forum = text(map.get("forum"), "target.forum");
    String label = text(map.get("label"), "target.label");
    return forum == null ? PlanTarget.date(label, date) : PlanTarget.meeting(label, forum.toLowerCase(Locale.ROOT), date);
  }

  /** The chain: a list of step objects (see {@link #step}). */
  public static List<PlanStep> chain(Object value) {
    if (value == null) {
      throw new CalendarException("Planen har ingen trin (chain). Angiv mindst ét trin før målet.");
    }
    if (!(value instanceof List<?> list)) {
      throw new CalendarException("chain skal være en liste af trin.");
    }
    List<PlanStep> steps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      steps.add(step(list.get(i), i + 1));
    }
    return steps;
  }

  /**
   * One step: {@code label} plus one of {@code forum}/{@code forums} (meeting), {@code weeks}/{@code days}/
   * {@code workingDays} (period; with {@code kind: "hearing"} a hearing of {@code weeks}), {@code date} (fixed);
   * optional {@code kind} and {@code gapWorkingDays}.
   */
  public static PlanStep step(Object value, int number) {
    String where = "Trin " + number;
    if (!(value instanceof Map<?, ?> map)) {
      throw new CalendarException(where + " skal være et objekt med label og fx forum, weeks eller date.");
    }
    rejectUnknown(map, STEP_FIELDS, where);
    String label = text(map.get("label"), where + ": label");
    if (label == null) {
      throw new CalendarException(where + " mangler en tekst (label).");
    }
    where = where + " (" + label + ")";
    List<String> forums = forums(map, where);
    Integer weeks = integer(map.get("weeks"), where + ": weeks");
    Integer days = integer(map.get("days"), where + ": days");
    Integer workingDays = integer(map.get("workingDays"), where + ": workingDays");
    LocalDate date = date(map.get("date"), where + ": date");
    Integer gap = integer(map.get("gapWorkingDays"), where + ": gapWorkingDays");
    int lengths = (weeks == null ? 0 : 1) + (days == null ? 0 : 1) + (workingDays == null ? 0 : 1);
    if (lengths > 1) {
      throw new CalendarException(where + ": angiv kun én af weeks, days og workingDays.");
    }
    PlanStep.Length length = weeks != null ? PlanStep.Length.weeks(weeks)
        : days != null ? PlanStep.Length.days(days)
        : workingDays != null ? PlanStep.Length.workingDays(workingDays) : null;

    StepKind kind = kind(text(map.get("kind"), where + ": kind"), where);
    if (kind == null) {
      int shapes = (forums.isEmpty() ? 0 : 1) + (length == null ? 0 : 1) + (date == null ? 0 : 1);
      if (shapes != 1) {
        throw new CalendarException(where + ": angiv enten forum (møde), en længde (weeks, days eller workingDays) eller date (fast dato).");
      }
      kind = !forums.isEmpty() ? StepKind.MEETING : length != null ? StepKind.PERIOD : StepKind.FIXED;
    }
    boolean fitsKind = switch (kind) {
      case MEETING -> length == null && date == null;
      case PERIOD, HEARING -> forums.isEmpty() && date == null;
      case FIXED -> forums.isEmpty() && length == null;
      default -> false;
    };
    if (!fitsKind) {
      throw new CalendarException(where + ": felterne passer ikke til et trin af slagsen " + kind.jsonName() + ".");
    }
    Object atMeeting = map.get("endsAtMeeting");
    if (atMeeting != null && !(atMeeting instanceof Boolean)) {
      throw new CalendarException(where + ": endsAtMeeting skal være true eller false.");
    }
    return new PlanStep(label, kind, forums, length, date, gap == null ? 0 : gap, Boolean.TRUE.equals(atMeeting));
  }

  private static StepKind kind(String text, String where) {
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "meeting", "møde" -> StepKind.MEETING;
      case "period", "periode" -> StepKind.PERIOD;
      case "hearing", "høring" -> StepKind.HEARING;
      case "fixed", "fast" -> StepKind.FIXED;
      default -> throw new CalendarException(where + ": ukendt slags trin '" + abbreviate(text)
          + "'. Brug meeting, period, hearing eller fixed.");
    };
  }

  private static List<String> forums(Map<?, ?> map, String where) {
    Object forum = map.get("forum");
    Object forums = map.get("forums");
    if (forum != null && forums != null) {
      throw new CalendarException(where + ": angiv enten forum eller forums.");
    }
    List<String> result = new ArrayList<>();
    if (forum != null) {
      String id = text(forum, where + ": forum");
      if (id != null) {
        result.add(id.toLowerCase(Locale.ROOT));
      }
    } else if (forums instanceof Collection<?> list) {
      for (Object item : list) {
        String id = text(item, where + ": forums");
        if (id != null) {
          result.add(id.toLowerCase(Locale.ROOT));
        }
      }
    } else if (forums != null) {
      String ids = text(forums, where + ": forums");
      if (ids != null) {
        for (String id : ids.split(",")) {
          if (!id.isBlank()) {
            result.add(id.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return result;
  }

  private static void rejectUnknown(Map<?, ?> map, Set<String> known, String where) {
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        throw new CalendarException(where + ": ukendt felt '" + abbreviate(String.valueOf(key)) + "'. Kendte felter: "
            + String.join(", ", known.stream().sorted().toList()) + ".");
      }
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
