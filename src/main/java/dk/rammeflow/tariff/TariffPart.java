package dk.rammeflow.tariff;

import java.util.Locale;
import java.util.Optional;

/** Which part of a tariff a row is: the whole tariff, or the basis or activity part of a two-part tariff. */
enum TariffPart {
  SAMLET("Samlet"),
  BASIS("Grundtakst"),
  AKTIVITET("Aktivitetstakst");

  private final String label;

  TariffPart(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static Optional<TariffPart> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.of(SAMLET);
    }
    for (TariffPart part : values()) {
      if (t.equals(part.label.toLowerCase(Locale.ROOT)) || t.equals(part.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(part);
      }
    }
    return switch (t) {
      case "basis", "basistakst", "grund" -> Optional.of(BASIS);
      case "aktivitet" -> Optional.of(AKTIVITET);
      default -> Optional.empty();
    };
  }
}
