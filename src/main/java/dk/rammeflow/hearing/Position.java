package dk.rammeflow.hearing;

import java.util.Arrays;
import java.util.Optional;

/** A party's position in its hearing response. */
enum Position {
  NO_REMARKS("ingen-bemaerkninger", "Ingen bemærkninger", false),
  REMARKS("bemaerkninger", "Bemærkninger", true),
  CANNOT_SUPPORT("kan-ikke-tilslutte-sig", "Kan ikke tilslutte sig", true);

  private final String code;
  private final String label;
  private final boolean textRequired;

  Position(String code, String label, boolean textRequired) {
    this.code = code;
    this.label = label;
    this.textRequired = textRequired;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean textRequired() {
    return textRequired;
  }

  public static Optional<Position> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
