package dk.rammeflow.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rammeflow.security}. The identity provider itself is configured with Spring
 * Boot's {@code spring.security.oauth2.client.*} and {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param bootstrapPassword when set and no user exists yet, one user per e-mail address of the
 *     reference data is created with this password (env {@code RAMMEFLOW_BOOTSTRAP_PASSWORD})
 * @param passwordStrength bcrypt cost of newly hashed passwords (4–31)
 * @param oidc how the claims of the identity provider's tokens become a Rammeflow user
 */
@ConfigurationProperties("rammeflow.security")
public record RammeflowSecurityProperties(
    String bootstrapPassword, @DefaultValue("10") int passwordStrength, @DefaultValue Oidc oidc) {

  /**
   * @param groupsClaim the claim listing the user's groups (a list, or one string separated by commas or spaces)
   * @param emailClaim the claim with the user's e-mail address, the Rammeflow login
   * @param groupMapping identity-provider group → Rammeflow group (party id, forum id, {@code sekretariatet});
   *     a group without an entry is taken as it is
   */
  public record Oidc(
      @DefaultValue("groups") String groupsClaim,
      @DefaultValue("email") String emailClaim,
      @DefaultValue Map<String, String> groupMapping) {}
}
