package dk.rammeflow.reference;

import java.util.List;

/**
 * A forum: decision body, council, working group, dialogue forum or the secretariat. The id is
 * also a candidate group of user tasks.
 *
 * @param shortName   abbreviation such as "DAS", or {@code null}
 * @param party       id of the party the forum belongs to; set for every {@link ForumKind#COUNCIL}
 * @param description short Danish description, or {@code null}
 * @param members     never empty
 */
public record Forum(
    String id,
    String name,
    String shortName,
    ForumKind kind,
    String party,
    String description,
    List<ForumMember> members) {

  public Forum {
    members = List.copyOf(members);
  }
}
