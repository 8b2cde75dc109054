package dk.rammeflow.input;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads loose process input (a JSON body, a start form, the variables of a calling process or a completed task)
 * with one set of Danish messages. Every reader adds what is wrong to {@code problems} and returns an empty value,
 * so a caller reports every problem at once. A value of the wrong type (an object or a list where a text is
 * expected) is a problem, never its {@code toString()}.
 */
public final class Inputs {

  /** The longest free text accepted anywhere (a response, a recommendation, a decision as minuted). */
  public static final int MAX_TEXT = 20_000;
  /** The longest line of a list (a question, a material line). */
  public static final int MAX_LINE = 2_000;
  /** The most lines of a list (questions, parties, material). */
  public static final int MAX_LINES = 100;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private Inputs() {}

  /** A trimmed text; empty for null. A list or an object is a problem. */
  public static String text(Object value, String label, List<String> problems) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s.strip();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    problems.add("%s skal være en tekst, ikke %s.".formatted(label, kind(value)));
    return "";
  }

  /** A trimmed text of at most {@code max} characters. */
  public static String text(Object value, String label, int max, List<String> problems) {
    String text = text(value, label, problems);
    if (text.length() > max) {
      problems.add("%s: teksten er for lang (%d tegn); højst %d.".formatted(label, text.length(), max));
      return "";
    }
    return text;
  }

  /** A text that must be given: {@code missing} (Danish) when it is empty. */
  public static String requiredText(Object value, String label, int max, String missing, List<String> problems) {
    int before = problems.size();
    String text = text(value, label, max, problems);
    if (text.isEmpty() && problems.size() == before) {
      problems.add(missing);
    }
    return text;
  }

  /** The value as trimmed text when it is one; empty otherwise. For values already checked, e.g. by a form. */
  public static String plain(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value).strip() : "";
  }

  /** A list of texts: a list, or a text with one item per line. Blank items are dropped. */
  public static List<String> lines(Object value, String label, List<String> problems) {
    if (value == null) {
      return List.of();
    }
    List<?> items;
    if (value instanceof Collection<?> list) {
      items = List.copyOf(list.stream().filter(x -> x != null).toList());
    } else if (value instanceof String s) {
      items = Arrays.asList(s.split("\\R"));
    } else {
      problems.add("%s skal være en liste eller en tekst med én pr. linje, ikke %s.".formatted(label, kind(value)));
      return List.of();
    }
    return checkedLines(items, label, problems);
  }

  /** A list of ids: a list, or a text separated by commas, semicolons or spaces. */
  public static List<String> idList(Object value, String label, List<String> problems) {
    if (value instanceof String s) {
      return checkedLines(Arrays.asList(s.split("[,;\\s]+")), label, problems);
    }
    return lines(value, label, problems);
  }

  private static List<String> checkedLines(List<?> items, String label, List<String> problems) {
    if (items.size() > MAX_LINES) {
      problems.add("%s har for mange linjer (%d); højst %d.".formatted(label, items.size(), MAX_LINES));
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (Object item : items) {
      String line = text(item, label, MAX_LINE, problems);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /** An e-mail address that must be given. */
  public static String email(Object value, String label, String missing, List<String> problems) {
    String email = requiredText(value, label, 254, missing, problems);
    if (!email.isEmpty() && !isEmail(email)) {
      problems.add("%s '%s' er ikke gyldig.".formatted(label, email));
      return "";
    }
    return email;
  }

  public static boolean isEmail(String value) {
    return value != null && EMAIL.matcher(value).matches();
  }

  /** An ISO date (an ISO date-time is taken as its date in Europe/Copenhagen); null when none is given. */
  public static LocalDate date(Object value, String label, List<String> problems) {
    try {
      return CalendarInputs.date(value, label);
    } catch (CalendarException e) {
      problems.add(e.danishMessage());
      return null;
    }
  }

  /** A whole number between {@code min} and {@code max}; {@code fallback} when none is given or it is bad. */
  public static int integer(Object value, int fallback, int min, int max, String label, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return fallback;
    }
    Integer n;
    try {
      n = CalendarInputs.integer(value, label);
    } catch (CalendarException e) {
      problems.add("%s: '%s' er ikke et helt tal.".formatted(label, shown(value)));
      return fallback;
    }
    if (n < min || n > max) {
      problems.add("%s skal være mellem %d og %d (ikke %d).".formatted(label, min, max, n));
      return fallback;
    }
    return n;
  }

  /** A yes/no value: a boolean, or the text "true"/"false"; {@code fallback} when none is given. */
  public static boolean bool(Object value, boolean fallback, String label, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s.strip());
    }
    problems.add("%s skal være ja eller nej (true/false), ikke '%s'.".formatted(label, shown(value)));
    return fallback;
  }

  /**
   * A number, as JSON gives it or as Danish text ({@code 25.497.719}, {@code 3,24}, {@code -1,43 %}, {@code 12 kr.});
   * null when none is given ({@code -} counts as none, as in a spreadsheet). Text that is not a number is a problem.
   */
  public static BigDecimal decimal(Object value, String label, List<String> problems) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      try {
        return new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        problems.add("%s: '%s' er ikke et tal.".formatted(label, shown(value)));
        return null;
      }
    }
    if (!(value instanceof String s)) {
      problems.add("%s skal være et tal, ikke %s.".formatted(label, kind(value)));
      return null;
    }
    String text = s.strip().replaceAll("(?i)\\s*(%|kr\\.?)$", "").replace("\u00a0", "").replace(" ", "").replace("\u2212", "-");
    if (text.isEmpty() || text.equals("-")) {
      return null;
    }
    if (text.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?") || text.matches("-?\\d+,\\d+")) {
      text = text.replace(".", "").replace(',', '.');
    }
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      problems.add("%s: '%s' er ikke et tal.".formatted(label, shown(value)));
      return null;
    }
    return new BigDecimal(text);
  }

  private static String kind(Object value) {
    return value instanceof Map<?, ?> ? "et objekt" : value instanceof Collection<?> ? "en liste" : "'" + shown(value) + "'";
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
