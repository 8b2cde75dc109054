package dk.rammeflow.hearing;

import java.util.List;
import java.util.Map;

/**
 * A party asked in a hearing: a party of the cooperation or a forum member, resolved from the
 * reference data to the addresses that receive the hearing mails and the candidate group of its task.
 */
public record HearingParty(String id, String name, String candidateGroup, List<String> emails) {

  public Map<String, Object> toVariable() {
    return Map.of("id", id, "name", name, "candidateGroup", candidateGroup, "emails", emails);
  }

  @SuppressWarnings("unchecked")
  public static HearingParty fromVariable(Map<String, Object> variable) {
    return new HearingParty(
        (String) variable.get("id"), (String) variable.get("name"), (String) variable.get("candidateGroup"), List.copyOf((List<String>) variable.get("emails")));
  }
}
