package dk.rammeflow.tariff;

import java.util.Locale;
import java.util.Optional;

/** The unit a tariff is paid per (takstenhed). */
enum TariffUnit {
  DOEGN("Døgn"),
  DAG("Dag"),
  TIME("Time");

  private final String label;

  TariffUnit(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** "Døgn", "døgn", "DOEGN", "dag", "Time" ... */
  static Optional<TariffUnit> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (TariffUnit unit : values()) {
      if (t.equals(unit.label.toLowerCase(Locale.ROOT)) || t.equals(unit.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(unit);
      }
    }
    return switch (t) {
      case "doegn", "døgnt", "pr. døgn" -> Optional.of(DOEGN);
      case "pr. dag" -> Optional.of(DAG);
      case "timer", "pr. time" -> Optional.of(TIME);
      default -> Optional.empty();
    };
  }
}
