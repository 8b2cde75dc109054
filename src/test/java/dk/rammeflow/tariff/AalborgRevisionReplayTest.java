package dk.rammeflow.tariff;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.response.UserTask;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replay of Aalborg's revised 2023 tariffs (seed 001, DAS 31 March 2023, item 7) on the embedded engine, with the
 * meetings of the meeting calendar (past meetings count as held, so no clock is moved). The 2023 round is opened
 * after its DAS cut-off, so Aalborg's first tariffs (the sheet's "gammel" figures) are approved separately by FU on
 * 5 January 2023. In January Aalborg finds a general calculation error: the secretariat reopens only Aalborg's
 * tariffs, Aalborg submits the revised sheet (the "ny" figures, typed from the seed), FU approves all but Attruphøj
 * on 9 March 2023 with DAS's delegated competence, the takstbilag is republished, and DAS is informed.
 */
@RammeflowProcessTest
class AalborgRevisionReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessTestKit kit;
  @Autowired TariffService service;
  @Autowired TariffRounds rounds;
  @Autowired DocumentStore documents;

  @Test
  void fuApprovesAllButAttruphoejAndTheTakstbilagIsRepublished() throws Exception {
    TariffService.Started started = service.open(Map.of("year", 2023, "submissionDeadline", "2022-09-15", "operators", "aalborg"));
    assertThat(started.roundId()).isEqualTo("takster-2023");
    assertThat(started.dasMeetingDate()).isEqualTo("2022-11-10");

    // Autumn 2022: the cut-off has passed, so Aalborg's tariffs follow separately by FU.
    UserTask first = SlowMachine.await(() -> kit.awaitUserTask(started.processInstanceKey(), "submit-tariffs"));
    assertThat(first.getCandidateGroups()).containsExactly("aalborg");
    kit.completeUserTask(first, "aalborg", Map.of("rows", firstSubmitted()));
    UserTask fuJanuary = SlowMachine.await(() -> kit.awaitUserTask(started.processInstanceKey(), "register-decision"));
    kit.completeUserTask(fuJanuary, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "FU godkendte Aalborg Kommunes takster for 2023."));
    kit.awaitMails(12, m -> subject(m).startsWith("Til orientering: FU's godkendelse") && text(m).contains("5. januar 2023"), "DAS informed in January",
        java.time.Duration.ofSeconds(120));
    SlowMachine.await(() -> kit.awaitCompleted(started.processInstanceKey()));
    TariffRound approved = rounds.require("takster-2023");
    TariffRound.Operator aalborg = approved.operator("aalborg").orElseThrow();
    assertThat(aalborg.status).isEqualTo(TariffRound.OperatorStatus.APPROVED);
    assertThat(aalborg.approved).hasSize(128);
    assertThat(approved.decisions).singleElement().satisfies(d -> assertThat(d.meetingDate()).hasToString("2023-01-05"));
    assertThat(approved.annexes).hasSize(1);

    // January 2023: a general calculation error in all of Aalborg's tariffs; only Aalborg's tariffs are reopened.
    HttpResponse<String> revision = post("/api/tariff-rounds/takster-2023/revisions", "sekretariatet", Map.of("operatorId", "aalborg",
        "reason", "Aalborg Kommune har konstateret en generel beregningsfejl i alle takster for 2023.", "earliestDate", "2023-02-01"));
    assertThat(revision.statusCode()).as(revision.body()).isEqualTo(202);
    long revisionKey = JSON.readTree(revision.body()).path("processInstanceKey").asLong();
    SlowMachine.await(() -> kit.awaitUserTask(revisionKey, "submit-tariffs"));
    assertThat(post("/api/tariff-rounds/takster-2023/revisions", "sekretariatet", Map.of("operatorId", "aalborg", "reason", "igen")).statusCode())
        .isEqualTo(409);

    // A sheet computed over 366 days is refused with every row listed, and nothing is stored.
    List<Map<String, Object>> wrong = SeedSheet2023.rows().stream().map(AalborgRevisionReplayTest::over366Days).toList();
    HttpResponse<String> refused = post("/api/tariff-rounds/takster-2023/submissions", "aalborg", Map.of("operatorId", "aalborg", "rows", wrong));
    assertThat(refused.statusCode()).isEqualTo(400);
    List<String> problems = new ArrayList<>();
    JSON.readTree(refused.body()).path("problems").forEach(p -> problems.add(p.asText()));
    assertThat(problems).hasSize(21).allMatch(p -> p.contains("følger ikke af budgettet"));
    assertThat(rounds.require("takster-2023").operator("aalborg").orElseThrow().rows).hasSize(128)
        .allMatch(r -> r.status == TariffRound.RowStatus.APPROVED);
    assertThat(post("/api/tariff-rounds/takster-2023/submissions", "broenderslev", Map.of("operatorId", "aalborg", "rows", SeedSheet2023.rows()))
        .statusCode()).isEqualTo(403);

    HttpResponse<String> accepted = post("/api/tariff-rounds/takster-2023/submissions", "aalborg", Map.of("operatorId", "aalborg", "rows", SeedSheet2023.rows()));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

    // FU, 9 March 2023: "FU har godkendt de reviderede takster med undtagelse af taksterne vedr. Attruphøj."
    UserTask fuMarch = SlowMachine.await(() -> kit.awaitUserTask(revisionKey, "register-decision"));
    kit.completeUserTask(fuMarch, "sekretariatet", Map.of("outcome", "godkendt-med-aendringer",
        "decisionText", "FU har godkendt de reviderede takster med undtagelse af taksterne vedr. Attruphøj."));
    UserTask exceptions = SlowMachine.await(() -> kit.awaitUserTask(revisionKey, "register-fu-exceptions"));
    kit.completeUserTask(exceptions, "sekretariatet", Map.of("rejectedOffers", "Attruphøj"));
    var das = kit.awaitMails(12, m -> subject(m).startsWith("Til orientering: FU's godkendelse") && text(m).contains("9. marts 2023"), "DAS informed",
        java.time.Duration.ofSeconds(120));
    SlowMachine.await(() -> kit.awaitCompleted(revisionKey));
    kit.assertPath(revisionKey, "open-revision", "revised-submission", "prepare-fu", "fu-approval", "register-fu-exceptions", "record-fu-decision",
        "republish-annex", "inform-das", "revision-completed");

    TariffRound round = rounds.require("takster-2023");
    aalborg = round.operator("aalborg").orElseThrow();
    assertThat(aalborg.status).isEqualTo(TariffRound.OperatorStatus.PARTLY_APPROVED);
    assertThat(aalborg.rows.stream().filter(r -> r.status == TariffRound.RowStatus.REJECTED).map(r -> r.row.offer()).distinct())
        .containsExactly("Botilbud Attruphøj");
    assertThat(aalborg.rows.stream().filter(r -> r.status == TariffRound.RowStatus.REJECTED)).hasSize(7);
    assertThat(round.decisions.getLast().meetingDate()).hasToString("2023-03-09");
    assertThat(round.decisions.getLast().rejectedOffers()).containsExactly("Botilbud Attruphøj");

    // The republished takstbilag: the revised tariffs, and Attruphøj's first approved ones still in force.
    assertThat(round.annexes).hasSize(2);
    TariffRound.Annex annex = round.annexes.getLast();
    assertThat(annex.reason()).startsWith("Godkendt af FU: Aalborg Kommune har konstateret");
    Map<String, Integer> published = publishedTariffs(documents.content(annex.xlsxDocumentId()));
    assertThat(published).containsEntry("Botilbud Viften Vodskov|Autismeområdet", 3240)
        .containsEntry("Dagtilbud Væksthuset|Autismeområdet", 744)
        .containsEntry("Botilbud Attruphøj|Attruphøj", 4858)
        .containsEntry("Botilbud Attruphøj|Boniveau 4", 2685);
    assertThat(new String(documents.content(annex.pdfDocumentId()), 0, 5)).isEqualTo("%PDF-");

    assertThat(text(das.getFirst())).contains("9. marts 2023", "Botilbud Attruphøj", "version 2");
    assertThat(attachmentNames(das.getFirst())).containsExactly("takstbilag-2023-v2.pdf");

    TariffChecks.Report report = new TariffChecks(TariffProperties.defaults()).check(aalborg.rows.stream().map(r -> r.row).toList());
    List<String> caught366 = TariffRows.read(wrong, new ArrayList<>()).stream().map(List::of)
        .filter(one -> !new TariffChecks(TariffProperties.defaults()).check(one).caught().isEmpty()).map(one -> one.getFirst().offer()).toList();
    System.out.printf("Replay of seed 001: %d rows, %d figures checked against budget / (pladser × 365 × belægning), max deviation %s kr. "
        + "(tolerance 1,5 kr.), %d problems; the 366-day sheet: %d rows caught; FU 9 March 2023: %d approved, %d not approved (%s); takstbilag version %d%n",
        aalborg.rows.size(), report.rowsComputed(), report.maxDeviation(), report.problems().size(), caught366.size(),
        round.decisions.getLast().approvedRows(), round.decisions.getLast().rejectedRows(), round.decisions.getLast().rejectedOffers(), annex.version());
    assertThat(report.maxDeviation()).isEqualByComparingTo("1.20");
  }

  /** The sheet's first-submitted figures ("gammel") as Aalborg's autumn 2022 submission. */
  private static List<Map<String, Object>> firstSubmitted() {
    return SeedSheet2023.rows().stream().map(row -> {
      Map<String, Object> first = new LinkedHashMap<>(row);
      first.put("budgetNew", row.get("budgetPrevious"));
      first.put("tariffNew", row.get("tariffPrevious"));
      first.put("changePercentNew", row.get("changePercentPrevious"));
      first.remove("budgetPrevious");
      first.remove("tariffPrevious");
      first.remove("changePercentPrevious");
      first.remove("changePoints");
      return first;
    }).toList();
  }

  /** The revised row as if computed over 366 days. */
  private static Map<String, Object> over366Days(Map<String, Object> row) {
    Map<String, Object> wrong = new HashMap<>(row);
    if (row.get("places") != null) {
      List<String> problems = new ArrayList<>();
      TariffRow parsed = TariffRows.read(List.of(row), problems).getFirst();
      wrong.put("tariffNew", parsed.tariffNew().multiply(BigDecimal.valueOf(365)).divide(BigDecimal.valueOf(366), 0, java.math.RoundingMode.HALF_UP).toString());
    }
    return wrong;
  }

  private static Map<String, Integer> publishedTariffs(byte[] xlsx) throws Exception {
    Map<String, Integer> tariffs = new HashMap<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row != null && row.getCell(6) != null && row.getCell(1) != null && row.getCell(8) != null && !row.getCell(8).getStringCellValue().isEmpty()) {
          tariffs.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(), (int) row.getCell(6).getNumericCellValue());
        }
      }
    }
    return tariffs;
  }

  private HttpResponse<String> post(String path, String group, Object body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(kit.baseUrl() + path))
        .header("Authorization", kit.authorizationAs(group)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
