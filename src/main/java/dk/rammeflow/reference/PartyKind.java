package dk.rammeflow.reference;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a party is one of the municipalities or the region. */
public enum PartyKind {
  MUNICIPALITY("municipality"),
  REGION("region");

  private final String code;

  PartyKind(String code) {
    this.code = code;
  }

  /** The value used in {@code parties.yaml} and in JSON. */
  @JsonValue
  public String code() {
    return code;
  }
}
