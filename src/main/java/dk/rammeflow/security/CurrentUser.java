package dk.rammeflow.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in user, however they signed in (login form, HTTP Basic, OIDC, JWT bearer token).
 * Controllers take it as a parameter ({@code CurrentUser user}); elsewhere use {@link #current()}.
 *
 * @param email the login: the e-mail address
 * @param displayName the name to show; the e-mail address when none is known
 * @param groups party ids, forum ids and {@code sekretariatet} (authorities {@code GROUP_<id>})
 */
public record CurrentUser(String email, String displayName, Set<String> groups) {

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  /** The secretariat may do and see everything. */
  public boolean isSecretariat() {
    return groups.contains(Groups.SECRETARIAT);
  }

  public boolean isMemberOf(String group) {
    return group != null && groups.contains(group);
  }

  public boolean isMemberOfAny(Collection<String> candidateGroups) {
    return candidateGroups != null && candidateGroups.stream().anyMatch(groups::contains);
  }

  /** @throws AccessDeniedException (403) unless the user is in the group or in the secretariat */
  public void requireMemberOf(String group) {
    if (!isSecretariat() && !isMemberOf(group)) {
      throw new AccessDeniedException("Not a member of group " + group);
    }
  }

  /** The user of the current request, empty when nobody is signed in. */
  public static Optional<CurrentUser> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  public static Optional<CurrentUser> of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    Set<String> groups = Groups.fromAuthorities(authentication.getAuthorities());
    String email = UserAccount.normalize(authentication.getName());
    String name =
        switch (authentication.getPrincipal()) {
          case LocalUser local -> local.displayName();
          case OidcUser oidc -> oidc.getFullName();
          case Jwt jwt -> jwt.getClaimAsString("name");
          default -> null;
        };
    return Optional.of(new CurrentUser(email, name == null || name.isBlank() ? email : name, groups));
  }
}
