package dk.rammeflow.cu;

import java.util.Arrays;
import java.util.Optional;

/** What Socialstyrelsen did with the response. */
enum AgencyOutcome {
  /** The agency accepts the response (e.g. 21 August 2025, Kofoedsminde): the case closes. */
  ACCEPTED("accepteret", "Socialstyrelsen har accepteret besvarelsen"),
  /** A renewed Central Udmelding: the case starts a new round with a new deadline. */
  RENEWED("fornyet-udmelding", "Socialstyrelsen har udsendt en fornyet central udmelding"),
  /** An operating order (driftspålæg): followed up by the secretariat, then the case closes. */
  OPERATING_ORDER("driftspaalaeg", "Socialstyrelsen har udstedt et driftspålæg");

  private final String value;
  private final String label;

  AgencyOutcome(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<AgencyOutcome> of(String value) {
    return Arrays.stream(values()).filter(o -> o.value.equals(value == null ? null : value.trim())).findFirst();
  }
}
