package dk.rammeflow.reference;

/**
 * A member of a forum. Member ids are unique across all fora.
 *
 * @param role         role or job title in the forum, or {@code null}
 * @param party        id of the party the member represents, or {@code null} for members from
 *                     outside the parties (then {@code organisation} is set)
 * @param organisation organisation of a member from outside the parties, or {@code null}
 * @param phone        phone number, or {@code null}
 */
public record ForumMember(
    String id,
    String name,
    String role,
    String party,
    String organisation,
    String email,
    String phone) {

  /** The member as a mail recipient. */
  public Contact contact() {
    return new Contact(name, role, email, phone);
  }
}
