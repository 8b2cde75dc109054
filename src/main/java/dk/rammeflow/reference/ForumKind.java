package dk.rammeflow.reference;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of body a forum is. */
public enum ForumKind {
  /** A decision forum of the cooperation: FU, DAS, KDK, KKR. */
  FORUM("forum"),
  /** A municipal council or Regionsrådet: final political approval by one party. */
  COUNCIL("council"),
  /** A working group, chefkreds or expert group. */
  WORKING_GROUP("working-group"),
  /** A dialogue forum that is consulted but does not decide. */
  DIALOGUE("dialogue"),
  /** Rammeaftalesekretariatet. */
  SECRETARIAT("secretariat");

  private final String code;

  ForumKind(String code) {
    this.code = code;
  }

  /** The value used in {@code fora.yaml} and in JSON. */
  @JsonValue
  public String code() {
    return code;
  }
}
