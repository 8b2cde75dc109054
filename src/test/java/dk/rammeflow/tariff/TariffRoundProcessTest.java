package dk.rammeflow.tariff;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.mail.HearingReplyPoller;
import dk.rammeflow.mail.ReviewItem;
import dk.rammeflow.mail.ReviewList;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import dk.rammeflow.testkit.RecordedInstances;
import io.camunda.client.api.search.response.UserTask;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A round on the embedded engine from today: two operators asked, one submits through its task (refused first, with
 * every problem listed, then accepted), Brønderslev through its task page with the XLSX file picked in the form
 * (uploaded, then the task completed with its document id), Socialtilsyn Nord through the API, Thisted by replying to the
 * request mail with the filled sheet attached (a reply without the sheet goes to the review list, a sheet with a
 * problem is answered by mail); DAS approves on its next meeting (the clock is moved to it) and the takstbilag is
 * published.
 */
@RammeflowProcessTest
class TariffRoundProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessTestKit kit;
  @Autowired TariffRounds rounds;
  @Autowired DocumentStore documents;
  @Autowired WorkingDayCalendar calendar;
  @Autowired TariffCaseType caseType;
  @Autowired TariffOrphans orphans;
  @Autowired dk.rammeflow.calendar.MeetingCalendar meetings;
  @Autowired HearingReplyPoller replyPoller;
  @Autowired ReviewList reviewList;
  @Autowired JavaMailSender mailSender;

  @Test
  void operatorsSubmitAndDasApprovesOnItsNextMeeting() throws Exception {
    LocalDate deadline = calendar.nextWorkingDayOnOrAfter(LocalDate.ofInstant(kit.now(), CalendarTime.ZONE).plusDays(3));
    int year = deadline.getYear() + 1;

    HttpResponse<String> wrongYear = post("/api/tariff-rounds", "sekretariatet", Map.of("year", year, "submissionDeadline", year + "-09-15"));
    assertThat(wrongYear.statusCode()).isEqualTo(400);
    assertThat(wrongYear.body()).contains("skal ligge i året før takståret");
    assertThat(post("/api/tariff-rounds", "aalborg", Map.of("year", year, "submissionDeadline", deadline.toString())).statusCode()).isEqualTo(403);

    HttpResponse<String> opened = post("/api/tariff-rounds", "sekretariatet",
        Map.of("year", year, "submissionDeadline", deadline.toString(), "operators", "aalborg, broenderslev, socialtilsyn-nord, thisted"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    JsonNode started = JSON.readTree(opened.body());
    String roundId = started.path("roundId").asText();
    long key = started.path("processInstanceKey").asLong();
    assertThat(post("/api/tariff-rounds", "sekretariatet", Map.of("year", year, "submissionDeadline", deadline.toString())).statusCode()).isEqualTo(409);

    var requests = kit.awaitMails(4, m -> subject(m).startsWith("Indberetning af takster " + year), "requests", Duration.ofSeconds(90));
    MimeAssert.requestTo(requests, "hoering@aalborg.example");
    assertThat(attachmentNames(requests.getFirst())).singleElement().satisfies(n -> assertThat(n).startsWith("takstindberetning-" + year));

    // Aalborg through its task: refused first with every problem, nothing stored, the task opens again.
    UserTask task = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs", t -> t.getCandidateGroups().contains("aalborg")));
    String wrong = """
        Botilbud Viften Vodskov | Autismeområdet | SEL § 107 | 22 | Døgn | 98 | 22.514.000 | 25.497.719 | 2.861 | 3.240 | | | |
        Botilbud Hobbitten | Hobitten | ABL § 105 | 12 | uge | 98 | | 19.876.173 | | 4.631 | | | |
        """;
    kit.completeUserTask(task, "aalborg", Map.of("rows", wrong));
    UserTask reopened = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs",
        t -> t.getCandidateGroups().contains("aalborg") && !t.getUserTaskKey().equals(task.getUserTaskKey())));
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) kit.variables(reopened.getProcessInstanceKey()).get("submissionProblems");
    assertThat(problems).containsExactly("Række 2: takstenhed 'uge' er ukendt; brug døgn, dag eller time.");
    var problemMail = kit.awaitMails(1, m -> subject(m).startsWith("Takster " + year + " kan ikke modtages"), "problems", Duration.ofSeconds(60));
    assertThat(text(problemMail.getFirst())).contains("takstenhed 'uge' er ukendt");
    assertThat(rounds.require(roundId).operator("aalborg").orElseThrow().rows).isEmpty();

    kit.completeUserTask(reopened, "aalborg", Map.of("rows", wrong.replace("| uge |", "| Døgn |")));
    UserTask third = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs",
        t -> t.getCandidateGroups().contains("aalborg") && !t.getUserTaskKey().equals(reopened.getUserTaskKey())));
    @SuppressWarnings("unchecked")
    List<String> second = (List<String>) kit.variables(third.getProcessInstanceKey()).get("submissionProblems");
    assertThat(second).containsExactly(
        "Række 1 (Botilbud Viften Vodskov, Autismeområdet (SEL § 107)): en stigning på 13,25 % er en væsentlig takstændring og kræver en forklaring.");
    kit.completeUserTask(third, "aalborg", Map.of("rows", wrong.replace("| uge |", "| Døgn |")
        .replace("2.861 | 3.240 | | | |", "2.861 | 3.240 | | | | Skæv fordeling af aktivitet mellem afdelingerne i året før.")));

    // Brønderslev through its task: the file picked in the form is uploaded to the document store, then the task is
    // completed with its document id (what task-form.js does).
    List<TariffRow> sheetRows = TariffRows.read(List.of(Map.of("offer", "Bofællesskabet Ny Vestergade", "service", "Botilbud", "legalBasis", "ABL § 105",
        "places", 10, "unit", "døgn", "occupancyPercent", 95, "budgetNew", "3.467.500", "tariffNew", 1000, "tariffPrevious", 980)), new ArrayList<>());
    HttpResponse<String> uploaded = upload("broenderslev", "takstindberetning udfyldt – Brønderslev.xlsx", TariffSheet.write("Brønderslev", sheetRows));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String documentId = JSON.readTree(uploaded.body()).path("id").asText();
    assertThat(post("/api/tariff-rounds/" + roundId + "/submissions", "aalborg", Map.of("operatorId", "broenderslev", "sheetDocumentId", documentId))
        .statusCode()).isEqualTo(403);
    UserTask broenderslevTask = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs", t -> t.getCandidateGroups().contains("broenderslev")));
    // The page posts these variables to /opgaver/{key}/afslut (a signed-in session); here through the user task API.
    kit.completeUserTask(broenderslevTask, "broenderslev", Map.of("sheetDocumentId", documentId, "rows", ""));
    SlowMachine.await(() -> kit.awaitPassed(broenderslevTask.getProcessInstanceKey(), "tariffs-received"));
    assertThat(rounds.require(roundId).operator("broenderslev").orElseThrow().rows).singleElement()
        .satisfies(r -> assertThat(r.row.offer()).isEqualTo("Bofællesskabet Ny Vestergade"));

    // Thisted by replying to the request mail: first without the sheet (review list), then a sheet with a problem
    // (answered by mail, the task opens again), then the corrected sheet.
    MimeMessage toThisted = requests.stream().filter(m -> to(m).contains("hoering@thisted.example")).findFirst().orElseThrow();
    assertThat(subject(toThisted)).contains("[RF-");
    UserTask thistedTask = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs", t -> t.getCandidateGroups().contains("thisted")));
    replyTo(toThisted, "Vi sender skemaet i morgen.", null);
    replyPoller.pollNow();
    assertThat(reviewList.all()).filteredOn(i -> i.from().contains("thisted.example")).singleElement().extracting(ReviewItem::reason).asString()
        .contains("intet udfyldt takstindberetningsskema (XLSX-fil)");
    List<TariffRow> good = TariffRows.read(List.of(Map.of("offer", "Bostedet Vestervig", "service", "Botilbud", "legalBasis", "SEL § 108",
        "places", 10, "unit", "døgn", "occupancyPercent", 95, "budgetNew", "3.467.500", "tariffNew", 1000, "tariffPrevious", 980)), new ArrayList<>());
    byte[] goodSheet = TariffSheet.write("Thisted", good);
    replyTo(toThisted, "Hermed vores takster.", withUnit(goodSheet, "uge"));
    replyPoller.pollNow();
    UserTask thistedAgain = SlowMachine.await(() -> kit.awaitUserTask(key, "submit-tariffs",
        t -> t.getCandidateGroups().contains("thisted") && !t.getUserTaskKey().equals(thistedTask.getUserTaskKey())));
    assertThat(kit.variables(thistedAgain.getProcessInstanceKey()).get("submissionProblems").toString()).contains("takstenhed 'uge' er ukendt");
    var thistedProblems = kit.awaitMails(1, m -> to(m).contains("hoering@thisted.example") && subject(m).startsWith("Takster " + year + " kan ikke modtages"),
        "Thisted's problems", Duration.ofSeconds(60));
    assertThat(text(thistedProblems.getFirst())).contains("takstenhed 'uge' er ukendt");
    replyTo(toThisted, "Rettet skema vedhæftet.", goodSheet);
    replyPoller.pollNow();
    SlowMachine.await(() -> kit.awaitPassed(thistedAgain.getProcessInstanceKey(), "tariffs-received"));
    TariffRound.Operator thisted = rounds.require(roundId).operator("thisted").orElseThrow();
    assertThat(thisted.status).isEqualTo(TariffRound.OperatorStatus.SUBMITTED);
    assertThat(thisted.submittedBy).isEqualTo("mail fra hoering@thisted.example");
    assertThat(thisted.rows).singleElement().satisfies(r -> assertThat(r.row.offer()).isEqualTo("Bostedet Vestervig"));

    // Socialtilsyn Nord (hosted by Hjørring) through the API: its tariffs go through DAS to KKR.
    HttpResponse<String> tilsyn = post("/api/tariff-rounds/" + roundId + "/submissions", "hjoerring", Map.of("operatorId", "socialtilsyn-nord",
        "rows", List.of(Map.of("offer", "Socialtilsyn Nord", "service", "Tilsyn med tilbud (årstakst pr. plads)", "legalBasis", "Socialtilsynsloven § 20",
            "unit", "time", "tariffNew", "1.234", "tariffPrevious", "1.210"))));
    assertThat(tilsyn.statusCode()).as(tilsyn.body()).isEqualTo(202);

    // DAS, next meeting: the material goes out at its deadline, the secretariat registers the decision.
    SlowMachine.await(() -> kit.awaitPassed(key, "prepare-das"));
    TariffRound atDas = rounds.require(roundId);
    assertThat(atDas.status).isEqualTo(TariffRound.Status.AT_DAS);
    kit.moveClockTo(CalendarTime.at(atDas.dasMeetingDate, LocalTime.of(23, 0)).toInstant());
    var material = kit.awaitMails(12, m -> subject(m).startsWith("Materiale til DAS") && subject(m).endsWith("Godkendelse af takster for " + year),
        "DAS material", Duration.ofSeconds(120));
    assertThat(attachmentNames(material.getFirst())).containsExactly("takstforslag-" + year + ".xlsx");
    UserTask decision = SlowMachine.await(() -> kit.awaitUserTask(key, "register-decision"));
    kit.completeUserTask(decision, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "DAS godkendte taksterne for " + year + "."));
    // KKR, its next meeting after DAS: Socialtilsyn Nord's tariffs.
    SlowMachine.await(() -> kit.awaitPassed(key, "publish-annex"));
    var kkrMeeting = meetings.nextMeeting("kkr", rounds.require(roundId).decisions.getLast().meetingDate());
    kit.moveClockTo(kkrMeeting.at().plusHours(1).toInstant());
    UserTask kkr = SlowMachine.await(() -> kit.awaitUserTask(key, "register-decision", t -> !t.getUserTaskKey().equals(decision.getUserTaskKey())));
    kit.completeUserTask(kkr, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "KKR godkendte Socialtilsyn Nords takster for " + year + "."));
    SlowMachine.await(() -> kit.awaitCompleted(key));
    kit.assertNotPassed(key, "fu-follow-ups");
    kit.assertPath(key, "record-das-decision", "publish-annex", "kkr-needed", "kkr-approval", "record-kkr-decision", "round-completed");

    TariffRound round = rounds.require(roundId);
    assertThat(round.status).isEqualTo(TariffRound.Status.DECIDED);
    assertThat(round.operators).allMatch(o -> o.status == TariffRound.OperatorStatus.APPROVED);
    assertThat(round.decisions).extracting(TariffRound.Decision::forum).containsExactly("DAS", "KKR");
    assertThat(round.operator("socialtilsyn-nord").orElseThrow().approved).singleElement().satisfies(r -> assertThat(r.decidedBy).isEqualTo("DAS og KKR"));
    assertThat(round.annexes).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("Godkendt af DAS"));
    try (Workbook annex = WorkbookFactory.create(new ByteArrayInputStream(documents.content(round.annexes.getFirst().xlsxDocumentId())))) {
      assertThat(annex.getNumberOfSheets()).isEqualTo(4);
      assertThat(annex.getSheetAt(1).getRow(3).getCell(7).getNumericCellValue()).isEqualTo(2.04);
    }
    assertThat(caseType.cases()).anySatisfy(c -> {
      assertThat(c.id()).isEqualTo(roundId);
      assertThat(c.status()).isEqualTo("Alle takster godkendt");
    });
    assertThat(caseType.detail(roundId)).hasValueSatisfying(detail -> {
      assertThat(detail.parties()).extracting(p -> p.name() + ": " + p.status())
          .containsExactlyInAnyOrder("Aalborg Kommune: Godkendt", "Brønderslev Kommune: Godkendt", "Socialtilsyn Nord: Godkendt", "Thisted Kommune: Godkendt");
      assertThat(detail.documents()).extracting(d -> d.format()).containsExactly("XLSX", "PDF");
      assertThat(detail.actions()).extracting(a -> a.apiPath()).containsExactly("/api/tariff-rounds/" + roundId + "/revisions");
    });
    assertThat(get("/api/tariff-rounds/" + roundId + "/annex", "sekretariatet")).contains("\"version\":1");
    JsonNode shown = JSON.readTree(get("/api/tariff-rounds/" + roundId, "sekretariatet"));
    assertThat(shown.path("status").asText()).isEqualTo("DECIDED");
    assertThat(shown.path("operators").get(0).path("rows").get(0).path("row").path("offer").asText()).isEqualTo("Botilbud Viften Vodskov");
  }

  @Test
  void aRoundWhoseProcessIsGoneIsOrphanedAndRefusesSubmissionsAndRevisions() throws Exception {
    TariffRound gone = new TariffRound();
    gone.roundId = "takster-2019";
    gone.year = 2019;
    gone.deadline = LocalDate.of(2018, 9, 14);
    gone.dasMeetingDate = LocalDate.of(2018, 11, 15);
    gone.processInstanceKey = 2_251_799_813_000_077L;
    gone.openedAt = java.time.Instant.parse("2018-08-20T08:00:00Z");
    TariffRound.Operator aalborg = new TariffRound.Operator();
    aalborg.operatorId = "aalborg";
    aalborg.name = "Aalborg Kommune";
    aalborg.party = "aalborg";
    gone.operators.add(aalborg);
    rounds.createIfAbsent(gone);

    assertThat(orphans.markOrphaned(new RecordedInstances(kit))).contains("takster-2019");
    assertThat(rounds.require("takster-2019").status).isEqualTo(TariffRound.Status.ORPHANED);
    HttpResponse<String> submission = post("/api/tariff-rounds/takster-2019/submissions", "aalborg", Map.of("operatorId", "aalborg", "rows", List.of()));
    assertThat(submission.statusCode()).isEqualTo(409);
    assertThat(submission.body()).contains("forældreløs");
    assertThat(post("/api/tariff-rounds/takster-2019/revisions", "sekretariatet", Map.of("operatorId", "aalborg", "reason", "Fejl")).statusCode())
        .isEqualTo(409);
    assertThat(post("/api/tariff-rounds/takster-1999/revisions", "sekretariatet", Map.of("operatorId", "aalborg", "reason", "Fejl")).statusCode())
        .isEqualTo(404);
  }

  /** Small mail assertions. */
  static final class MimeAssert {
    static void requestTo(List<jakarta.mail.internet.MimeMessage> mails, String address) {
      assertThat(mails).anySatisfy(m -> {
        assertThat(to(m)).contains(address);
        assertThat(text(m)).contains("Frist:", "POST ");
      });
    }
  }

  /** A file uploaded as the task page does it: multipart {@code file} to {@code POST /api/documents}. */
  private HttpResponse<String> upload(String group, String fileName, byte[] content) throws Exception {
    String boundary = "rammeflow-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
        + TariffSheet.MEDIA_TYPE + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + "/api/documents"))
        .header("Authorization", kit.authorizationAs(group)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The operator's reply to a mail, with the sheet attached when given. */
  private void replyTo(MimeMessage original, String text, byte[] sheet) throws Exception {
    MimeMessage reply = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(reply, sheet != null, "UTF-8");
    helper.setFrom(to(original).getFirst());
    helper.setTo(original.getReplyTo()[0].toString());
    helper.setSubject("SV: " + subject(original));
    reply.setHeader("In-Reply-To", original.getMessageID());
    helper.setText(text);
    if (sheet != null) {
      helper.addAttachment("takstindberetning udfyldt – Thisted.xlsx", () -> new ByteArrayInputStream(sheet), TariffSheet.MEDIA_TYPE);
    }
    mailSender.send(reply);
  }

  /** The sheet with every "Døgn"/"døgn" unit cell replaced. */
  private static byte[] withUnit(byte[] sheet, String unit) throws Exception {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(sheet)); var out = new java.io.ByteArrayOutputStream()) {
      for (var s : workbook) {
        for (var row : s) {
          for (var cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equalsIgnoreCase("døgn")) {
              cell.setCellValue(unit);
            }
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private HttpResponse<String> post(String path, String group, Object body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + path))
        .header("Authorization", kit.authorizationAs(group)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String get(String path, String group) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + path)).header("Authorization", kit.authorizationAs(group)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
