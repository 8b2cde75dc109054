package dk.rammeflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The application's own Camunda client on the embedded runtime: the web application reads and
 * works on user tasks, variables and diagrams through the Orchestration Cluster REST API, which
 * on the embedded runtime the application serves itself. That client signs in with HTTP Basic as
 * {@code rammeflow.security.application-client.username} and a password generated at each start
 * ({@code ...password}), with the secretariat's rights; the web pages check the signed-in user's
 * groups themselves. On a cluster the client uses the cluster's credentials ({@code camunda.client.auth.*})
 * and this provider is not configured.
 */
public class ApplicationClientAuthentication implements AuthenticationProvider {

  private final String username;
  private final byte[] password;

  public ApplicationClientAuthentication(String username, String password) {
    this.username = username;
    this.password = password.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The provider when {@code rammeflow.security.application-client.password} is set. Only the API's
   * filter chain uses it (a provider bean would replace the local users everywhere).
   */
  public static Optional<ApplicationClientAuthentication> from(Environment environment) {
    String password = environment.getProperty("rammeflow.security.application-client.password");
    if (password == null || password.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new ApplicationClientAuthentication(environment.getRequiredProperty("rammeflow.security.application-client.username"), password));
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    if (!username.equals(authentication.getName())) {
      return null; // someone else: the local users decide
    }
    Object credentials = authentication.getCredentials();
    byte[] given = credentials == null ? new byte[0] : credentials.toString().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(password, given)) {
      throw new BadCredentialsException("Bad credentials");
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, Groups.authorities(Set.of(Groups.SECRETARIAT)));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
