package dk.rammeflow.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the OIDC tests: one person who
 * signs in on its login page, Rammeflow as a confidential client (authorization code), and an
 * integration system with client credentials. Its tokens carry the e-mail, name and groups claims
 * an organisation's identity provider would. A test configuration, so that neither Rammeflow's
 * component scan nor a test's search for its application picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class
})
class TestOidcProvider {

  static final String PERSON = "karen";
  static final String PERSON_PASSWORD = "karens-kodeord";
  static final String PERSON_EMAIL = "Karen.Oestergaard@aalborg.example";
  static final String PERSON_NAME = "Karen Østergaard";
  /** The provider's own group names; Rammeflow maps {@code rf-aalborg} to {@code aalborg}. */
  static final List<String> PERSON_GROUPS = List.of("rf-aalborg", "das");
  static final String CLIENT_ID = "rammeflow";
  static final String CLIENT_SECRET = "rammeflow-hemmelighed";
  static final String REGISTRATION_ID = "organisation";
  static final String SYSTEM_CLIENT_ID = "aalborg-fagsystem";
  static final String SYSTEM_CLIENT_SECRET = "fagsystem-hemmelighed";
  static final String SYSTEM_EMAIL = "fagsystem@aalborg.example";

  /** Starts the provider on a free port; its issuer is {@code http://localhost:<port>}. */
  static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TestOidcProvider.class)
        .web(WebApplicationType.SERVLET)
        .run(
            // Not Rammeflow's application.yaml: the provider is an application of its own.
            "--spring.config.name=test-oidc-provider",
            "--server.port=0",
            "--spring.main.banner-mode=off",
            // Rammeflow and the provider both run on this machine: distinct cookie names keep their sessions apart.
            "--server.servlet.session.cookie.name=PROVIDERSESSION");
  }

  static String issuer(ConfigurableApplicationContext provider) {
    return "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> s.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(paths -> paths.anyRequest().authenticated())
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(paths -> paths.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
  }

  @Bean
  UserDetailsService people() {
    return new InMemoryUserDetailsManager(User.withUsername(PERSON).password("{noop}" + PERSON_PASSWORD).roles("USER").build());
  }

  @Bean
  RegisteredClientRepository clients() {
    RegisteredClient rammeflow = RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(CLIENT_ID)
        .clientSecret("{noop}" + CLIENT_SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        // A loopback redirect URI: the provider accepts it on any port, as Rammeflow's test port is chosen at start.
        .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
        .build();
    RegisteredClient system = RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(SYSTEM_CLIENT_ID)
        .clientSecret("{noop}" + SYSTEM_CLIENT_SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scope("rammeflow")
        .build();
    return new InMemoryRegisteredClientRepository(rammeflow, system);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> organisationClaims() {
    return context -> {
      if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
        context.getClaims().claim("email", PERSON_EMAIL).claim("name", PERSON_NAME).claim("groups", PERSON_GROUPS);
      } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        context.getClaims().claim("email", SYSTEM_EMAIL).claim("groups", "rf-aalborg");
      }
    };
  }

  @Bean
  JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
        .keyID(UUID.randomUUID().toString()).build();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  /** Verifies the provider's own access tokens at its userinfo endpoint. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }
}
