package dk.rammeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.response.UserTask;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in and authorization of the running application: every API family refuses anonymous calls,
 * a party works only on its own tasks and sees only its own hearings, responses, mails and
 * documents, the secretariat's operations are the secretariat's, and the web pages use a login
 * form with a session and CSRF protection.
 */
@RammeflowProcessTest
class ApiSecurityTest {

  private static final String SECRETARIAT = "sekretariat@rammeaftale.example";
  /** Hearing contacts in one group each. */
  private static final String AALBORG = "hoering@aalborg.example";
  private static final String LAESOE = "hoering@laesoe.example";
  private static final String REBILD = "hoering@rebild.example";
  /** What a browser accepts when it loads a page. */
  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Autowired ProcessTestKit kit;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyApiFamilyRefusesAnonymousCallsWithA401Problem() throws Exception {
    List<String[]> calls = List.of(
        new String[] {"GET", "/api/hearings"}, new String[] {"POST", "/api/hearings"},
        new String[] {"GET", "/api/forum-decisions"}, new String[] {"POST", "/api/forum-meetings/das/2026-06-01/cancellation"},
        new String[] {"GET", "/api/central-notifications"}, new String[] {"POST", "/api/central-notifications"},
        new String[] {"GET", "/api/mail/sent"}, new String[] {"GET", "/api/mail/review"}, new String[] {"GET", "/api/mail"},
        new String[] {"GET", "/api/documents/AAAAAAAAAAAAAAAAAAAAAA"}, new String[] {"POST", "/api/documents"},
        new String[] {"GET", "/api/reference/parties"}, new String[] {"GET", "/api/calendar/holidays/2026"},
        new String[] {"GET", "/api/tariff-rounds"}, new String[] {"POST", "/api/tariff-rounds/t-1/submissions"},
        new String[] {"POST", "/api/social-agreements"},
        new String[] {"POST", "/v2/user-tasks/search"}, new String[] {"GET", "/v2/user-tasks/1"});
    for (String[] call : calls) {
      HttpResponse<String> response = send(null, call[0], call[1], "{}");
      assertThat(response.statusCode()).as("%s %s", call[0], call[1]).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).as("%s %s", call[0], call[1])
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Rammeflow\"");
      assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo(call[1].startsWith("/v2") ? "Unauthorized" : "Log ind først");
    }
    HttpResponse<String> wrongPassword = send(ProcessTestKit.basicAuthorization(AALBORG, "forkert-kodeord"), "GET", "/api/reference/parties", null);
    assertThat(wrongPassword.statusCode()).isEqualTo(401);

    for (String page : List.of("/mail", "/account", "/")) {
      HttpResponse<String> response = send(null, "GET", page, null);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }

  @Test
  void onlyTheHealthEndpointAnswersWithoutSignIn() throws Exception {
    HttpResponse<String> health = send(null, "GET", "/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json.readTree(health.body()).fieldNames()).toIterable().containsExactly("status");
    for (String other : List.of("/actuator", "/actuator/env", "/actuator/metrics", "/actuator/info")) {
      assertThat(send(null, "GET", other, null).statusCode()).as(other).isEqualTo(302);
    }
  }

  @Test
  void basicAuthenticationStartsNoSession() throws Exception {
    HttpResponse<String> response = send(as(AALBORG), "GET", "/api/reference/parties", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void aPartyWorksOnlyOnItsOwnTasksAndSeesOnlyItsOwnHearingsResponsesAndDocuments() throws Exception {
    String material = json.readTree(upload(as(SECRETARIAT), "Målgruppebeskrivelse.pdf", "%PDF-1.7 materiale").body()).get("id").asText();
    String title = "Adgangstest " + UUID.randomUUID();
    HttpResponse<String> created = send(as(SECRETARIAT), "POST", "/api/hearings", """
        {"title":"%s","questions":["Er beskrivelsen dækkende?"],"parties":["aalborg","laesoe"],
         "material":[{"name":"Målgruppebeskrivelse","documentId":"%s"}],"caseWorker":"sagsbehandler@rammeaftale.example"}"""
        .formatted(title, material));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String hearingId = json.readTree(created.body()).get("hearingId").asText();
    long instance = json.readTree(created.body()).get("processInstanceKey").asLong();
    UserTask aalborgTask = kit.awaitUserTask(instance, "submit-response", t -> t.getCandidateGroups().contains("aalborg"));
    UserTask laesoeTask = kit.awaitUserTask(instance, "submit-response", t -> t.getCandidateGroups().contains("laesoe"));
    String aalborgTaskPath = "/v2/user-tasks/" + aalborgTask.getUserTaskKey();

    // Læsø cannot read, claim or complete Aalborg's task, nor find it.
    assertForbidden(send(as(LAESOE), "GET", aalborgTaskPath, null), "Forbidden");
    assertForbidden(send(as(LAESOE), "GET", aalborgTaskPath + "/form", null), "Forbidden");
    assertForbidden(send(as(LAESOE), "POST", aalborgTaskPath + "/assignment", "{\"assignee\":\"" + LAESOE + "\",\"allowOverride\":false}"), "Forbidden");
    assertForbidden(send(as(LAESOE), "POST", aalborgTaskPath + "/completion",
        "{\"variables\":{\"position\":\"ingen-bemaerkninger\",\"contactPerson\":\"Falsk\"}}"), "Forbidden");
    assertForbidden(send(as(LAESOE), "DELETE", aalborgTaskPath + "/assignee", null), "Forbidden");
    JsonNode laesoeSees = json.readTree(send(as(LAESOE), "POST", "/v2/user-tasks/search",
        "{\"filter\":{\"processInstanceKey\":{\"$in\":[\"%d\",\"%s\",\"%s\"]}}}".formatted(instance, aalborgTask.getProcessInstanceKey(), laesoeTask.getProcessInstanceKey())).body());
    assertThat(laesoeSees.get("items").findValuesAsText("userTaskKey")).contains(String.valueOf(laesoeTask.getUserTaskKey()))
        .doesNotContain(String.valueOf(aalborgTask.getUserTaskKey()));
    assertThat(json.readTree(send(as(AALBORG), "GET", aalborgTaskPath, null).body()).get("state").asText()).isEqualTo("CREATED");

    // Aalborg claims and completes its own task.
    assertThat(send(as(AALBORG), "POST", aalborgTaskPath + "/assignment", "{\"assignee\":\"" + AALBORG + "\",\"allowOverride\":false}").statusCode()).isEqualTo(204);
    assertThat(send(as(AALBORG), "POST", aalborgTaskPath + "/completion",
        "{\"variables\":{\"position\":\"bemaerkninger\",\"responseText\":\"Aalborg har bemærkninger.\",\"contactPerson\":\"Claus Ravn\"}}").statusCode()).isEqualTo(204);
    JsonNode forAalborg = awaitResponses(AALBORG, hearingId, 1);

    assertThat(forAalborg.get("parties").findValuesAsText("id")).containsExactly("aalborg");
    assertThat(forAalborg.get("responses").findValuesAsText("partyId")).containsExactly("aalborg");
    assertThat(forAalborg.get("partyStatus").fieldNames()).toIterable().containsExactly("aalborg");
    JsonNode forLaesoe = json.readTree(send(as(LAESOE), "GET", "/api/hearings/" + hearingId, null).body());
    assertThat(forLaesoe.get("parties").findValuesAsText("id")).containsExactly("laesoe");
    assertThat(forLaesoe.get("responses")).isEmpty();
    assertThat(forLaesoe.toString()).doesNotContain("Aalborg har bemærkninger");
    JsonNode laesoeList = json.readTree(send(as(LAESOE), "GET", "/api/hearings", null).body());
    assertThat(laesoeList.findValuesAsText("hearingId")).contains(hearingId);
    assertThat(laesoeList.toString()).doesNotContain("Aalborg har bemærkninger");
    assertThat(json.readTree(send(as(REBILD), "GET", "/api/hearings", null).body()).findValuesAsText("hearingId")).doesNotContain(hearingId);
    assertForbidden(send(as(REBILD), "GET", "/api/hearings/" + hearingId, null), "Adgang nægtet");
    JsonNode forSecretariat = json.readTree(send(as(SECRETARIAT), "GET", "/api/hearings/" + hearingId, null).body());
    assertThat(forSecretariat.get("parties").findValuesAsText("id")).containsExactly("aalborg", "laesoe");

    // The hearing's material is for its parties; an upload for its uploader.
    assertThat(send(as(AALBORG), "GET", "/api/documents/" + material, null).statusCode()).isEqualTo(200);
    assertThat(send(as(LAESOE), "GET", "/api/documents/" + material + "/meta", null).statusCode()).isEqualTo(200);
    assertForbidden(send(as(REBILD), "GET", "/api/documents/" + material, null), "Adgang nægtet");
    String ownUpload = json.readTree(upload(as(REBILD), "Rebilds notat.pdf", "%PDF-1.7 notat").body()).get("id").asText();
    assertThat(send(as(REBILD), "GET", "/api/documents/" + ownUpload, null).statusCode()).isEqualTo(200);
    assertForbidden(send(as(AALBORG), "GET", "/api/documents/" + ownUpload, null), "Adgang nægtet");
    assertThat(send(as(SECRETARIAT), "GET", "/api/documents/" + ownUpload, null).statusCode()).isEqualTo(200);
    assertThat(send(as(AALBORG), "GET", "/api/documents/AAAAAAAAAAAAAAAAAAAAAA", null).statusCode()).isEqualTo(404);

    // The sent mails: reply tokens and Message-IDs are the secretariat's.
    JsonNode secretariatMails = json.readTree(send(as(SECRETARIAT), "GET", "/api/mail/sent?hearingId=" + hearingId, null).body());
    assertThat(secretariatMails).isNotEmpty();
    assertThat(secretariatMails.findValuesAsText("messageId")).allSatisfy(id -> assertThat(id).isNotBlank());
    assertThat(secretariatMails.findValuesAsText("subject")).anySatisfy(s -> assertThat(s).contains("[RF-"));
    assertThat(secretariatMails.findValues("replyToken")).isNotEmpty();
    JsonNode aalborgMails = json.readTree(send(as(AALBORG), "GET", "/api/mail/sent?hearingId=" + hearingId, null).body());
    assertThat(aalborgMails).isNotEmpty();
    for (JsonNode mail : aalborgMails) {
      assertThat(mail.get("to").findValuesAsText("")).isEmpty();
      assertThat(mail.get("to").toString()).contains(AALBORG);
      assertThat(mail.get("messageId").isNull()).isTrue();
      assertThat(mail.get("subject").asText()).doesNotContain("[RF-").contains(title);
      assertThat(mail.get("tags").has("replyToken")).isFalse();
    }
    assertThat(json.readTree(send(as(REBILD), "GET", "/api/mail/sent?hearingId=" + hearingId, null).body())).isEmpty();

    send(as(SECRETARIAT), "POST", "/api/hearings/" + hearingId + "/cancellation", "{\"reason\":\"Test slut\"}");
    kit.awaitCompleted(instance);
  }

  @Test
  void theSecretariatsOperationsAreForbiddenForAParty() throws Exception {
    String title = "Ulovlig høring " + UUID.randomUUID();
    List<String[]> calls = List.of(
        new String[] {"POST", "/api/hearings", "{\"title\":\"" + title + "\",\"questions\":[\"?\"],\"parties\":[\"aalborg\"],\"caseWorker\":\"" + AALBORG + "\"}"},
        new String[] {"POST", "/api/hearings/h-1/deadline", "{\"deadline\":\"2030-01-10\"}"},
        new String[] {"POST", "/api/hearings/h-1/cancellation", "{\"reason\":\"nej\"}"},
        new String[] {"POST", "/api/forum-decisions", "{}"},
        new String[] {"POST", "/api/forum-meetings/das/2026-06-01/cancellation", "{}"},
        new String[] {"POST", "/api/central-notifications", "{}"},
        new String[] {"POST", "/api/central-notifications/cu-1/outcome", "{}"},
        new String[] {"POST", "/api/central-notifications/cu-1/councils/kb-aalborg/approval", "{}"},
        new String[] {"GET", "/api/mail/review", null},
        new String[] {"GET", "/api/mail/review/r-1/original", null},
        new String[] {"GET", "/api/tariff-rounds", null},
        new String[] {"POST", "/api/tariff-rounds", "{}"},
        new String[] {"POST", "/api/social-agreements", "{}"},
        new String[] {"GET", "/api/social-agreements", null},
        new String[] {"POST", "/api/social-agreements/socialaftale-2027-2028/councils/kb-aalborg/decision", "{}"},
        new String[] {"POST", "/v2/process-instances", "{}"});
    for (String[] call : calls) {
      assertForbidden(send(as(AALBORG), call[0], call[1], call[2]), call[1].startsWith("/v2") ? "Forbidden" : "Adgang nægtet");
    }
    assertThat(json.readTree(send(as(SECRETARIAT), "GET", "/api/hearings", null).body()).toString()).doesNotContain(title);

    // What every participant needs, and an operator's own submission, pass the rules.
    assertThat(send(as(AALBORG), "GET", "/api/reference/parties", null).statusCode()).isEqualTo(200);
    assertThat(send(as(AALBORG), "GET", "/api/calendar/holidays/2026", null).statusCode()).isEqualTo(200);
    assertThat(send(as(AALBORG), "GET", "/api/central-notifications", null).statusCode()).isEqualTo(200);
    assertThat(send(as(AALBORG), "POST", "/api/tariff-rounds/t-1/submissions", "{}").statusCode()).isNotIn(401, 403);
  }

  @Test
  void forumItemsAreForTheForumsMembers() throws Exception {
    HttpResponse<String> created = send(as(SECRETARIAT), "POST", "/api/forum-decisions", """
        {"forum":"das","caseTitle":"Adgang til forumsager","recommendation":"DAS tager orienteringen til efterretning.",
         "caseWorker":"sagsbehandler@rammeaftale.example"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String decisionId = json.readTree(created.body()).get("decisionId").asText();
    String dasMember = kit.userOf("das");
    for (int i = 0; i < 400 && send(as(SECRETARIAT), "GET", "/api/forum-decisions/" + decisionId, null).statusCode() == 404; i++) {
      Thread.sleep(50); // the process's first step registers the item
    }

    assertThat(send(as(dasMember), "GET", "/api/forum-decisions/" + decisionId, null).statusCode()).isEqualTo(200);
    assertThat(json.readTree(send(as(dasMember), "GET", "/api/forum-decisions", null).body()).findValuesAsText("decisionId")).contains(decisionId);
    assertForbidden(send(as(REBILD), "GET", "/api/forum-decisions/" + decisionId, null), "Adgang nægtet");
    assertThat(json.readTree(send(as(REBILD), "GET", "/api/forum-decisions", null).body()).findValuesAsText("decisionId")).doesNotContain(decisionId);
  }

  @Test
  void webPagesUseTheLoginFormWithASessionAndCsrfProtection() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.statusCode()).isEqualTo(200);
    assertThat(loginPage.body()).contains("<html lang=\"da\"", "<label for=\"username\">E-mailadresse</label>", "autocomplete=\"current-password\"");

    HttpResponse<String> wrong = browser.send(form("/login", "username", SECRETARIAT, "password", "forkert", "_csrf", csrf(loginPage.body())), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    HttpResponse<String> errorPage = browser.send(get("/login?error"), HttpResponse.BodyHandlers.ofString());
    assertThat(errorPage.body()).contains("role=\"alert\"", "E-mailadressen eller adgangskoden er forkert.");

    HttpResponse<String> withoutToken = browser.send(form("/login", "username", SECRETARIAT, "password", ProcessTestKit.TEST_PASSWORD), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("a login without the CSRF token").isEqualTo(403);

    HttpResponse<String> signedIn = browser.send(
        form("/login", "username", SECRETARIAT, "password", ProcessTestKit.TEST_PASSWORD, "_csrf", csrf(errorPage.body())), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    // A sign-in not sent from another page lands on the start page (the web application's inbox or overview).
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(java.net.URI.create(l).getPath()).isEqualTo("/"));
    HttpResponse<String> account = browser.send(get("/account"), HttpResponse.BodyHandlers.ofString());
    assertThat(account.body()).contains("Rammeaftalesekretariatet", SECRETARIAT, "<li>sekretariatet</li>");

    // The web application's scripts call the API with the session; changes need the CSRF token.
    assertThat(browser.send(get("/api/hearings"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    HttpRequest.Builder cancel = HttpRequest.newBuilder(URI.create(kit.baseUrl() + "/api/hearings/h-findes-ikke/cancellation"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    assertThat(browser.send(cancel.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    assertThat(browser.send(cancel.header("X-CSRF-TOKEN", csrf(account.body())).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("past the security rules to the API's own answer").isEqualTo(404);

    HttpResponse<String> logout = browser.send(form("/logout", "_csrf", csrf(account.body())), HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(browser.send(get("/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
    assertThat(browser.send(get("/api/hearings"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  private JsonNode awaitResponses(String login, String hearingId, int count) throws Exception {
    JsonNode hearing = null;
    for (int i = 0; i < 400; i++) {
      hearing = json.readTree(send(as(login), "GET", "/api/hearings/" + hearingId, null).body());
      if (hearing.get("responses").size() >= count) {
        return hearing;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Expected %d response(s) in hearing %s, but it is %s".formatted(count, hearingId, hearing));
  }

  private void assertForbidden(HttpResponse<String> response, String title) throws Exception {
    assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(), response.body()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo(title);
  }

  private static String as(String login) {
    return ProcessTestKit.basicAuthorization(login, ProcessTestKit.TEST_PASSWORD);
  }

  private HttpResponse<String> send(String authorization, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> upload(String authorization, String fileName, String content) throws Exception {
    String boundary = "rammeflow-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(kit.baseUrl() + "/api/documents"))
        .header("Authorization", authorization)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(kit.baseUrl() + path)).header("Accept", BROWSER_ACCEPT).GET().build();
  }

  private HttpRequest form(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(kit.baseUrl() + path))
        .header("Accept", BROWSER_ACCEPT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  private static String csrf(String html) {
    Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
    assertThat(matcher.find()).as("a CSRF token in %s", html).isTrue();
    return matcher.group(1);
  }
}
