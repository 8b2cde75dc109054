package dk.rammeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.mail.HearingReplyPoller;
import dk.rammeflow.mail.RammeflowMailProperties;
import dk.rammeflow.mail.ReviewList;
import dk.rammeflow.testkit.MailContent;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import dk.rammeflow.testkit.StrayMail;
import io.camunda.client.api.search.response.UserTask;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The web application in a real browser: Debian's headless Chromium driven through its
 * chromedriver (never a downloaded browser). A party signs in, sees only its own task, is stopped
 * by the form's validation, answers; the secretariat follows the hearing to all answered,
 * approves the høringsnotat in its form and downloads it. Screenshots of the main pages go to
 * {@code target/screenshots/}.
 */
@RammeflowProcessTest
class WebApplicationBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static ChromeDriver browser;
  private static Path profile;

  @Autowired ProcessTestKit kit;
  @Autowired JavaMailSender mailSender;
  @Autowired RammeflowMailProperties mailProperties;
  @Autowired HearingReplyPoller replyPoller;
  @Autowired ReviewList reviewList;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("rammeflow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("rammeflow.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=da-DK",
        "--user-data-dir=" + profile, "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(System.getProperty("rammeflow.chromedriver", "/usr/bin/chromedriver")).toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
    Files.deleteIfExists(SCREENSHOTS.resolve("failure.png"));
    Files.deleteIfExists(SCREENSHOTS.resolve("failure.html"));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aPartyAnswersInItsInboxAndTheSecretariatApprovesAndDownloadsTheNote() throws Exception {
    String title = "Høring om målgruppe for Kofoedsminde " + System.nanoTime();
    Started hearing = startHearing(title, List.of("aalborg", "laesoe"));
    String hearingId = hearing.hearingId();
    String otherTitle = "Høring kun for Læsø " + System.nanoTime();
    Started other = startHearing(otherTitle, List.of("laesoe"));

    // The party signs in and sees its own task only, with the hearing, the party and the due date in Danish.
    signIn(kit.userOf("aalborg"));
    open("/opgaver");
    WebElement card = waitFor(By.xpath("//li[contains(@class,'task-card')][.//p[contains(.,'" + title + "')]]"));
    assertThat(card.getText()).contains("Afgiv høringssvar", "Aalborg Kommune").containsPattern("Frist\\s+\\d{1,2}\\. [a-zæøå]+ \\d{4}");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(otherTitle);
    screenshot("opgaver");

    // Keyboard: the first Tab reaches the skip link, which is then visible.
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Spring til indholdet");

    // The invitation links to the party's task by hearing and party, absolutely (rammeflow.public-url); the inbox resolves it.
    MimeMessage invitation = kit.awaitMails(1, m -> MailContent.to(m).contains("hoering@aalborg.example") && MailContent.subject(m).startsWith("Høring: " + title), "the invitation to Aalborg").getFirst();
    String link = "http://localhost:8080/opgaver/hoering/" + hearingId + "/aalborg";
    assertThat(MailContent.text(invitation)).contains(link);
    kit.awaitMails(1, m -> MailContent.to(m).contains("thomas.olesen@rammeaftale.example") && MailContent.subject(m).equals("Høringen er sendt: " + title), "the case worker's mail");
    browser.get(link.replace("http://localhost:8080", kit.baseUrl()));
    waitFor(By.cssSelector(".fjs-form"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Høringssvar fra Aalborg Kommune", title);
    click(By.xpath("//button[normalize-space()='Tildel mig opgaven']"));
    waitFor(By.xpath("//button[normalize-space()='Send og afslut opgaven']"));
    waitFor(By.cssSelector(".fjs-form input[type=radio]:not([disabled])"));

    // Sending an empty form is stopped by form-js, with the reason in Danish beside the field.
    click(By.xpath("//button[normalize-space()='Send og afslut opgaven']"));
    waitFor(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(.,'Feltet skal udfyldes.')]"));
    assertThat(browser.findElement(By.cssSelector(".form-messages")).getText()).contains("mangler eller er forkert udfyldt");
    screenshot("opgave-formular");

    click(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'Bemærkninger')]"));
    WebElement text = waitFor(By.cssSelector(".fjs-form textarea"));
    text.sendKeys("Aalborg Kommune foreslår, at målgruppen også omfatter unge over 18 år.");
    browser.findElement(By.xpath("//label[contains(.,'Kontaktperson')]/following::input[1]")).sendKeys("Claus Ravn");
    click(By.xpath("//button[normalize-space()='Send og afslut opgaven']"));
    waitFor(By.xpath("//p[contains(@class,'success')][contains(.,'er afsluttet')]"));
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(title);

    // Læsø answers too (as Tasklist would); the hearing has all its answers.
    long instance = hearing.processInstanceKey();
    UserTask laesoe = kit.awaitUserTask(instance, "submit-response", t -> t.getCandidateGroups().contains("laesoe"));
    kit.completeUserTask(laesoe, "laesoe", Map.of("position", "ingen-bemaerkninger", "contactPerson", "Lise Læsø"));
    kit.awaitUserTask(instance, "approve-note");

    // The secretariat sees the hearing with every answer and the note ready for approval.
    signIn(kit.userOf("sekretariatet"));
    open("/sager");
    waitFor(By.linkText(title));
    screenshot("sager");
    click(By.linkText(title));
    waitFor(By.id("parties"));
    String casePage = browser.findElement(By.tagName("main")).getText();
    assertThat(casePage).contains("2 af 2 har svaret", "Høringsnotat klar til godkendelse", "Har svaret", "Bemærkninger, via Rammeflow, kontakt: Claus Ravn");
    waitFor(By.cssSelector(".diagram-canvas svg .rf-active"));
    screenshot("sag");

    // An action of the API as a form: the secretariat cancels the other hearing, after confirming.
    open("/sager/hoeringer/" + other.hearingId());
    waitFor(By.id("cancel-reason")).sendKeys("Sagen er trukket tilbage.");
    click(By.xpath("//form[@id='action-cancel']//button"));
    until(ExpectedConditions.alertIsPresent()).accept();
    waitFor(By.xpath("//form[@id='action-cancel']//*[contains(@class,'success')][contains(.,'Høringen er annulleret.')]"));
    until(ExpectedConditions.textToBe(By.id("case-status"), "Annulleret")); // after the page reloads

    // A reply without its code waits on the review list with the secretariat's two actions.
    StrayMail.sendAndAwaitReview(mailSender, mailProperties, replyPoller, reviewList, "claus.ravn@aalborg.example",
        "Supplerende bemærkninger til " + title, "Vi glemte at nævne, at Aalborg gerne bidrager til en fælles løsning.");
    open("/post");
    waitFor(By.xpath("//h2[contains(.,'Supplerende bemærkninger til " + title + "')]"));
    screenshot("post");

    open("/sager/hoeringer/" + hearingId);
    click(By.linkText("Godkend høringsnotat"));
    click(By.xpath("//button[normalize-space()='Tildel mig opgaven']"));
    waitFor(By.cssSelector(".fjs-form input[type=radio]:not([disabled])"));
    click(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'Godkend')]"));
    click(By.xpath("//button[normalize-space()='Send og afslut opgaven']"));
    waitFor(By.xpath("//p[contains(@class,'success')][contains(.,'er afsluttet')]"));
    kit.awaitCompleted(instance);

    open("/sager/hoeringer/" + hearingId);
    assertThat(waitFor(By.id("case-status")).getText()).isEqualTo("Afsluttet – høringsnotat godkendt");
    String docx = browser.findElement(By.partialLinkText("Høringsnotat (Word)")).getAttribute("href");
    String pdf = browser.findElement(By.partialLinkText("Høringsnotat (PDF)")).getAttribute("href");
    assertThat(download(docx)).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
    assertThat(download(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

    open("/ny/hearing-start");
    waitFor(By.cssSelector(".fjs-form"));
    screenshot("ny-hoering");

    // A phone's width: the inbox and the case still read without sideways scrolling.
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/sager/hoeringer/" + hearingId);
    waitFor(By.id("parties"));
    assertThat(noHorizontalScroll()).as("page fits a 390 px wide screen").isTrue();
    screenshot("sag-mobil");
    browser.manage().window().setSize(new Dimension(1280, 900));
    signOut();
    screenshot("log-ind");
  }

  record Started(String hearingId, long processInstanceKey) {}

  private Started startHearing(String title, List<String> parties) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(kit.baseUrl() + "/api/hearings"))
                    .header("Authorization", kit.authorizationAs("sekretariatet"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"title": "%s", "questions": ["Er målgruppen beskrevet rigtigt?"], "parties": %s,
                         "caseWorker": "thomas.olesen@rammeaftale.example",
                         "material": [{"name": "Udkast til målgruppebeskrivelse", "url": "https://rammeaftale.example/udkast.pdf"}]}
                        """.formatted(title, parties.stream().map(p -> "\"" + p + "\"").toList())))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var body = new ObjectMapper().readTree(response.body());
    return new Started(body.get("hearingId").asText(), body.get("processInstanceKey").asLong());
  }

  private void signIn(String login) {
    browser.manage().deleteAllCookies();
    open("/login");
    waitFor(By.id("username")).sendKeys(login);
    browser.findElement(By.id("password")).sendKeys(ProcessTestKit.TEST_PASSWORD);
    browser.findElement(By.xpath("//button[normalize-space()='Log ind']")).click();
    waitFor(By.cssSelector(".site-header .who"));
  }

  private void signOut() {
    click(By.xpath("//button[normalize-space()='Log ud']"));
    waitFor(By.id("username"));
  }

  private void open(String path) {
    browser.get(kit.baseUrl() + path);
  }

  private WebElement waitFor(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void click(By locator) {
    until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Waits for the condition; on timeout the page is kept beside the screenshots for the failure report. */
  private <T> T until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(browser, WAIT).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        screenshot("failure");
        Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
      } catch (IOException | RuntimeException ignored) {
        // the timeout is what the test reports
      }
      throw e;
    }
  }

  private boolean noHorizontalScroll() {
    return (Boolean) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
  }

  private byte[] download(String url) throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("download of " + url).isEqualTo(200);
    return response.body();
  }

  /** The whole page at the window's width: the window is made as tall as the page for the shot. */
  private void screenshot(String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 140, window.getHeight()), 6000)));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.manage().window().setSize(window);
    }
  }
}
