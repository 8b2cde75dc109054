package dk.rammeflow.input;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one allow-list for ids a caller gives (hearing, forum decision and case ids, ids in request paths) and
 * for the ids Rammeflow generates: lower-case letters a–z, digits and hyphens, starting with a letter or digit,
 * at most {@value #MAX_LENGTH} characters. Such an id is safe as a file name and in a correlation key.
 */
public final class Ids {

  public static final int MAX_LENGTH = 80;
  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static boolean isValid(String id) {
    return id != null && PATTERN.matcher(id).matches();
  }

  /** The Danish reason an id is refused. */
  public static String problem(String label, String id) {
    String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
    return "%s '%s' er ikke gyldigt: brug små bogstaver a–z, tal og bindestreg (højst %d tegn).".formatted(label, shown, MAX_LENGTH);
  }

  /** The id given, checked; empty when none was given; a problem (and empty) when it is not valid. */
  public static String optional(Object value, String label, List<String> problems) {
    String id = Inputs.text(value, label, problems);
    if (!id.isEmpty() && !isValid(id)) {
      problems.add(problem(label, id));
      return "";
    }
    return id;
  }

  /** A new id: {@code <prefix>-<yyyymmdd>-<6 random letters and digits>}, e.g. {@code h-20261122-k3m9qa}. */
  public static String newId(String prefix, LocalDate today) {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return prefix + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + suffix;
  }
}
