package dk.rammeflow.reference;

import java.util.List;

/**
 * A party to the agreement (aftalepart): one of the 11 North Jutland municipalities or Region
 * Nordjylland. The id is also a candidate group of user tasks.
 *
 * @param hearingContacts who receives hearing material on behalf of the party; never empty
 */
public record Party(
    String id, String name, String shortName, PartyKind kind, List<Contact> hearingContacts) {

  public Party {
    hearingContacts = List.copyOf(hearingContacts);
  }
}
