package dk.rammeflow.web;

import dk.rammeflow.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** The secretariat's pages: anyone else gets 403. */
final class SecretariatOnly {

  private SecretariatOnly() {}

  static void require(CurrentUser user) {
    if (!user.isSecretariat()) {
      throw new AccessDeniedException("Only the secretariat may see this page");
    }
  }
}
