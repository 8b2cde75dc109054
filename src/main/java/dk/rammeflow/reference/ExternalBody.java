package dk.rammeflow.reference;

import java.util.List;

/**
 * A body outside the cooperation, such as Socialstyrelsen or Socialtilsyn Nord.
 *
 * @param shortName   short name, or {@code null}
 * @param hostParty   id of the party hosting the body, or {@code null}
 * @param description short Danish description, or {@code null}
 * @param contacts    never empty
 */
public record ExternalBody(
    String id,
    String name,
    String shortName,
    String hostParty,
    String description,
    List<Contact> contacts) {

  public ExternalBody {
    contacts = List.copyOf(contacts);
  }
}
