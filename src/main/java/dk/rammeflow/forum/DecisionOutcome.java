package dk.rammeflow.forum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a forum decided on an item, as minuted. The value is what forms and process variables carry. */
public enum DecisionOutcome {
  GODKENDT("godkendt", "Godkendt"),
  GODKENDT_MED_AENDRINGER("godkendt-med-aendringer", "Godkendt med ændringer"),
  IKKE_GODKENDT("ikke-godkendt", "Ikke godkendt"),
  TAGET_TIL_EFTERRETNING("taget-til-efterretning", "Taget til efterretning"),
  UDSAT("udsat", "Udsat");

  private final String value;
  private final String label;

  DecisionOutcome(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  /** Danish label for mails, forms and status tables. */
  public String label() {
    return label;
  }

  /** Approved, with or without changes: the item may go on to the next forum. */
  public boolean approves() {
    return this == GODKENDT || this == GODKENDT_MED_AENDRINGER;
  }

  public static Optional<DecisionOutcome> of(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(o -> o.value.equals(wanted)).findFirst();
  }

  public static String allowedValues() {
    return String.join(", ", Arrays.stream(values()).map(DecisionOutcome::value).toList());
  }
}
