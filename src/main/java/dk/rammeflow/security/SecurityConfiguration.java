package dk.rammeflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.mail.RammeflowMailProperties;
import dk.rammeflow.reference.ReferenceData;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.util.StringUtils;

/**
 * Sign-in for everything but the health endpoint. The APIs ({@code /api}, {@code /v2}) take HTTP
 * Basic, a JWT bearer token when an issuer is configured, or the web application's session (then
 * with a CSRF token); they never start a session and answer 401/403 as problem+json. Web pages use
 * the login form at {@code /login} (and OIDC login when a client registration is configured), a
 * session and CSRF protection; logout is {@code POST /logout}. Controllers take the signed-in user
 * as a {@link CurrentUser} parameter ({@link CurrentUserWebConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  /** Where a sign-in that was not sent from another page lands. */
  static final String HOME = "/";

  @Bean
  PasswordEncoder passwordEncoder(RammeflowSecurityProperties properties) {
    return new BCryptPasswordEncoder(properties.passwordStrength());
  }

  @Bean
  LocalUsers localUsers(
      @Value("${rammeflow.data-dir:./data}") Path dataDir,
      ReferenceData reference,
      RammeflowMailProperties mail,
      RammeflowSecurityProperties properties,
      PasswordEncoder encoder) {
    LocalUsers users = new LocalUsers(new UserFile(dataDir));
    UserBootstrap.run(users, reference, address(mail.from()), properties.bootstrapPassword(), encoder);
    return users;
  }

  @Bean
  SecurityProblems securityProblems(ObjectMapper json) {
    return new SecurityProblems(json);
  }

  @Bean
  IdentityProviderClaims identityProviderClaims(RammeflowSecurityProperties properties) {
    return new IdentityProviderClaims(properties.oidc());
  }

  @Bean
  DocumentAccess documentAccess(DocumentStore documents, ObjectProvider<DocumentReaders> readers) {
    return new DocumentAccess(documents, readers.orderedStream().toList());
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, SecurityProblems problems, IdentityProviderClaims claims, DocumentAccess documents, Environment environment)
      throws Exception {
    ApplicationClientAuthentication.from(environment).ifPresent(http::authenticationProvider);
    http.securityMatcher("/api/**", "/v2/**")
        .authorizeHttpRequests(paths -> ApiAccessRules.apply(paths, documents))
        .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::signedInBySession))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    if (jwtIssuerConfigured(environment)) {
      http.oauth2ResourceServer(tokens -> tokens
          .jwt(jwt -> jwt.jwtAuthenticationConverter(claims::authentication))
          .authenticationEntryPoint(problems)
          .accessDeniedHandler(problems));
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients, IdentityProviderClaims claims)
      throws Exception {
    http.authorizeHttpRequests(paths -> paths
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl(HOME))
        // Tools (curl) may read pages with Basic credentials; a browser without a session goes to the login page.
        .httpBasic(basic -> basic.realmName(SecurityProblems.REALM))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    if (oidcClients.getIfAvailable() != null) {
      http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl(HOME).userInfoEndpoint(user -> user.oidcUserService(claims.oidcUserService())));
    }
    return http.build();
  }

  /**
   * A browser's call with the session cookie needs the CSRF token; a call with its own credentials
   * (Basic, bearer token) cannot be forged by another site and needs none.
   */
  private static boolean signedInBySession(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod())
        && request.getHeader("Authorization") == null
        && request.getSession(false) != null;
  }

  private static boolean jwtIssuerConfigured(Environment environment) {
    return StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
        || StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
  }

  private static String address(String from) {
    try {
      return new InternetAddress(from).getAddress();
    } catch (AddressException e) {
      return null;
    }
  }
}
