package dk.rammeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC login against a real OpenID Connect provider started in the test ({@link TestOidcProvider}):
 * the authorization-code flow through the provider's own login page with a real HTTP client, the
 * groups claim mapped to Rammeflow's groups, and the provider's JWT access tokens on the API.
 * Runs in a JVM of its own (surefire execution {@code own-engine-tests}): it starts Rammeflow
 * with a configuration of its own, hence an engine of its own.
 */
@RammeflowProcessTest
class OidcLoginTest {

  private static ConfigurableApplicationContext provider;

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry registry) {
    provider = TestOidcProvider.start();
    String issuer = TestOidcProvider.issuer(provider);
    String registration = "spring.security.oauth2.client.registration." + TestOidcProvider.REGISTRATION_ID;
    registry.add(registration + ".client-id", () -> TestOidcProvider.CLIENT_ID);
    registry.add(registration + ".client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    registry.add(registration + ".client-name", () -> "Aalborg Kommunes login");
    registry.add(registration + ".scope", () -> "openid,profile,email");
    registry.add("spring.security.oauth2.client.provider." + TestOidcProvider.REGISTRATION_ID + ".issuer-uri", () -> issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
    registry.add("rammeflow.security.oidc.group-mapping.rf-aalborg", () -> "aalborg");
    // This JVM starts the provider and Rammeflow at once; on a loaded machine the start-up deployment needs longer than 10 s.
    registry.add("camunda.client.request-timeout", () -> "PT60S");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessTestKit kit;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient browser = HttpClient.newBuilder()
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();

  @Test
  void signsInThroughTheProvidersLoginPageWithGroupsFromTheGroupsClaim() throws Exception {
    HttpResponse<String> loginPage = browser.send(get(app("/account")), HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.uri().getPath()).isEqualTo("/login");
    assertThat(loginPage.body()).contains("Log ind med Aalborg Kommunes login");
    String providerLink = find(loginPage.body(), "href=\"(/oauth2/authorization/[^\"]+)\"");

    HttpResponse<String> providerLogin = browser.send(get(app(providerLink)), HttpResponse.BodyHandlers.ofString());
    assertThat(providerLogin.uri().toString()).startsWith(TestOidcProvider.issuer(provider) + "/login");
    String csrf = find(providerLogin.body(), "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    HttpResponse<String> signedIn = browser.send(
        HttpRequest.newBuilder(providerLogin.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form("username", TestOidcProvider.PERSON, "password", TestOidcProvider.PERSON_PASSWORD, "_csrf", csrf)))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.uri().getPath()).as("back on the page asked for").isEqualTo("/account");
    assertThat(signedIn.body())
        .contains(TestOidcProvider.PERSON_NAME, "karen.oestergaard@aalborg.example")
        .contains("<li>aalborg</li>", "<li>das</li>")
        .doesNotContain("rf-aalborg", "sekretariatet");

    // The session also opens the API to the web application's scripts; the user is a party, not the secretariat.
    HttpResponse<String> hearings = browser.send(get(app("/api/hearings")), HttpResponse.BodyHandlers.ofString());
    assertThat(hearings.statusCode()).isEqualTo(200);
    assertThat(browser.send(get(app("/api/mail/review")), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
  }

  @Test
  void acceptsTheProvidersAccessTokensOnTheApi() throws Exception {
    HttpResponse<String> token = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(TestOidcProvider.issuer(provider) + "/oauth2/token"))
            .header("Authorization", ProcessTestKit.basicAuthorization(TestOidcProvider.SYSTEM_CLIENT_ID, TestOidcProvider.SYSTEM_CLIENT_SECRET))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "client_credentials", "scope", "rammeflow")))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String accessToken = json.readTree(token.body()).get("access_token").asText();

    HttpResponse<String> parties = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app("/api/reference/parties"))).header("Authorization", "Bearer " + accessToken).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(parties.statusCode()).isEqualTo(200);
    JsonNode first = json.readTree(parties.body()).get(0);
    assertThat(first.get("id").asText()).isEqualTo("aalborg");

    HttpResponse<String> review = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app("/api/mail/review"))).header("Authorization", "Bearer " + accessToken).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(review.statusCode()).as("a token of group aalborg is no secretariat").isEqualTo(403);

    HttpResponse<String> forged = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app("/api/reference/parties"))).header("Authorization", "Bearer " + accessToken.substring(0, accessToken.length() - 4) + "AAAA").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  private String app(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  private static String find(String html, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    assertThat(matcher.find()).as("%s in %s", regex, html).isTrue();
    return matcher.group(1).replace("&amp;", "&");
  }
}
