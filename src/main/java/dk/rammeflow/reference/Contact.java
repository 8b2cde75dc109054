package dk.rammeflow.reference;

/**
 * A person or shared mailbox that receives mail.
 *
 * @param name  person or mailbox name shown to users
 * @param role  job title or function, or {@code null}
 * @param email e-mail address
 * @param phone phone number, or {@code null}
 */
public record Contact(String name, String role, String email, String phone) {}
