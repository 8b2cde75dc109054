package dk.rammeflow.security;

import java.util.List;
import java.util.Locale;

/**
 * A local user: signs in with the e-mail address and a password (bcrypt hash). {@code groups} are
 * party ids, forum ids or {@code sekretariatet}.
 */
public record UserAccount(String email, String name, List<String> groups, String passwordHash) {

  public UserAccount {
    email = normalize(email);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** Logins are e-mail addresses, compared without regard to case. */
  public static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
