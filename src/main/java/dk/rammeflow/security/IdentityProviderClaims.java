package dk.rammeflow.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the identity provider's claims into a Rammeflow user: the e-mail claim is the login, the
 * groups claim (mapped by {@code rammeflow.security.oidc.group-mapping}) gives the groups. Used for
 * OIDC login and for JWT bearer tokens on the APIs.
 */
class IdentityProviderClaims {

  private final RammeflowSecurityProperties.Oidc settings;

  IdentityProviderClaims(RammeflowSecurityProperties.Oidc settings) {
    this.settings = settings;
  }

  Set<String> groups(Map<String, Object> claims) {
    Object value = claims.get(settings.groupsClaim());
    Collection<?> raw =
        switch (value) {
          case null -> Set.of();
          case Collection<?> list -> list;
          case String text -> Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
          default -> Set.of(value);
        };
    Set<String> groups = new LinkedHashSet<>();
    for (Object group : raw) {
      String name = String.valueOf(group);
      groups.add(settings.groupMapping().getOrDefault(name, name));
    }
    return groups;
  }

  /** The login of the claims: the e-mail claim, else the subject. */
  String loginClaim(Map<String, Object> claims) {
    return claims.get(settings.emailClaim()) instanceof String email && !email.isBlank() ? settings.emailClaim() : "sub";
  }

  OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
    OidcUserService standard = new OidcUserService();
    return request -> {
      OidcUser user = standard.loadUser(request);
      Map<String, Object> claims = user.getClaims();
      return new DefaultOidcUser(Groups.authorities(groups(claims)), user.getIdToken(), user.getUserInfo(), loginClaim(claims));
    };
  }

  AbstractAuthenticationToken authentication(Jwt jwt) {
    Map<String, Object> claims = jwt.getClaims();
    String login = String.valueOf(claims.get(loginClaim(claims)));
    return new JwtAuthenticationToken(jwt, Groups.authorities(groups(claims)), UserAccount.normalize(login));
  }
}
