package dk.rammeflow.security;

import org.springframework.security.core.userdetails.User;

/** A signed-in local user: the e-mail address as user name, with the display name beside it. */
public class LocalUser extends User {

  private final String displayName;

  public LocalUser(UserAccount account) {
    super(account.email(), account.passwordHash(), Groups.authorities(account.groups()));
    this.displayName = account.name() == null || account.name().isBlank() ? account.email() : account.name();
  }

  public String displayName() {
    return displayName;
  }
}
