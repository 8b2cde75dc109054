package dk.rammeflow.cu;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.cu.CuController.StartedCase;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The winter 2022/23 response on pregnant women with harmful drug use (seed 004), replayed on the seed's dates:
 * Socialstyrelsen asked on 27 September 2022 for an answer by 1 December; the secretariat's plan was the dialogue
 * meeting 19 December, the first draft 22 December, FU 5 January 2023, the follow-up meeting that qualified the
 * draft 9 January, written comments from all municipalities 10–20 January ending on the day of the DAS meeting (the
 * comments went to DAS itself), DAS 20 January, KDK 27 January and KKR 10 February. There is no discussion round:
 * FU's treatment of the first draft is its approval ("FU indstiller, at DAS godkender").
 *
 * <p>The seed does not say when the response was sent or what Socialstyrelsen answered: the deadline is agreed on
 * the earliest date the plan allows (13 February 2023, the first working day after KKR), and Socialstyrelsen's
 * acceptance closes the case. The case is historical (started in 2022), so its meetings count as held at once and
 * nothing here moves the shared engine clock.
 */
@RammeflowProcessTest
class WinterCaseReplayTest {

  private static final String TITLE = "Udsatte gravide kvinder med et skadeligt rusmiddelbrug";

  /** The seed's dates per step of the plan: start and end. */
  private static final List<String> SEED_PLAN = List.of(
      "dialogue 2022-12-19 2022-12-19",
      "first-draft 2022-12-22 2022-12-22",
      "fu-approval 2023-01-05 2023-01-05",
      "revision 2023-01-06 2023-01-09",
      "hearing 2023-01-10 2023-01-20",
      "das-approval 2023-01-20 2023-01-20",
      "kdk-approval 2023-01-27 2023-01-27",
      "kkr-approval 2023-02-10 2023-02-10",
      "target 2023-02-13 2023-02-13");

  @Autowired ProcessTestKit kit;
  @Autowired CuService service;
  @Autowired CuCases cases;
  @Autowired DocumentStore documents;

  static Map<String, Object> winterInput(DocumentStore documents, String title) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", title);
    input.put("targetGroup", "Udsatte gravide kvinder med et skadeligt rusmiddelbrug og behov for døgnbehandlingsindsatser");
    input.put("questions", List.of("Tema 1: Beskrivelse af aktuelle indsatser", "Tema 2: Forslag til fremadrettede indsatsmodeller"));
    input.put("agencyDeadline", "2022-12-01");
    input.put("cuDocument", Map.of("name", "Anmodning fra Socialstyrelsen", "documentId", CuDriver.document(documents, "Anmodning – gravide.pdf").id()));
    input.put("caseWorker", CuDriver.CASE_WORKER);
    input.put("startDate", "2022-09-27");
    input.put("coordinateWithRegions", false);
    input.put("discussionRound", false);
    input.put("commentsAtMeeting", true);
    input.put("dialogueDate", "2022-12-19");
    input.put("firstDraftDate", "2022-12-22");
    input.put("revisionWorkingDays", 2);
    input.put("hearingWorkingDays", 9);
    return input;
  }

  @Test
  void theWinter2022CasePlansAndRunsOnTheSeedsDates() throws InterruptedException {
    StartedCase started = service.start(winterInput(documents, TITLE));
    long instance = started.processInstanceKey();
    CuDriver driver = new CuDriver(kit, documents, instance, TITLE);
    String caseId = started.caseId();

    // 1 December cannot be met; the earliest plan the meeting calendar allows reaches 13 February 2023.
    assertThat(started.planFits()).isFalse();
    kit.awaitMails(1, m -> subject(m).equals("Tidsplanen kan ikke nås: besvarelse af central udmelding om " + TITLE), "first plan");
    assertThat(kit.awaitVariable(instance, "earliestTarget")).isEqualTo("2023-02-13");
    assertThat(rows(kit.variables(instance).get("earliestPlan"))).containsExactlyElementsOf(SEED_PLAN);

    service.negotiateDeadline(caseId, "2023-02-13");
    MimeMessage plan = kit.awaitMails(1, m -> subject(m).equals("Tidsplan: besvarelse af central udmelding om " + TITLE), "agreed plan").getFirst();
    assertThat(text(plan)).contains("5. januar 2023: FU godkender besvarelsen", "20. januar 2023: DAS godkender besvarelsen",
        "27. januar 2023: KDK godkender besvarelsen", "10. februar 2023: KKR godkender besvarelsen");
    Map<String, Object> variables = kit.variables(instance);
    assertThat(variables).containsEntry("planFits", true).containsEntry("agreedDeadline", "2023-02-13").containsEntry("discussionRound", false);
    // Every planned date is the seed's.
    assertThat(rows(variables.get("plan"))).containsExactlyElementsOf(SEED_PLAN);

    driver.complete("dialogue-meeting", "sekretariatet", Map.of("dialogueMeetingDate", "2022-12-19",
        "dialogueNotes", "Fokusgruppeinterview med Hjørring, Brønderslev, Aalborg, Thisted og Rebild."));
    driver.complete("first-draft", "sekretariatet", Map.of("draftReference", CuDriver.document(documents, "Første udkast – gravide.pdf").id()));

    // FU sees the first draft on 5 January and recommends that DAS approves it: FU's approval, no discussion round.
    List<MimeMessage> fu = driver.forumDecides("FU", "5. januar 2023", 5, "godkendt",
        "FU indstiller, at DAS godkender udkastet; besvarelsen bør fokusere på praksis i Nordjylland.");
    assertThat(text(fu.getFirst())).contains("Det indstilles, at FU godkender besvarelsen");
    assertThat(attachmentNames(fu.getFirst())).containsExactly("Anmodning – gravide.pdf", "Første udkast – gravide.pdf");

    // Qualified at the follow-up meeting on 9 January, then the municipalities comment until DAS.
    driver.revise("Udkast til besvarelse af anmodning_Nord_9.1.23.pdf", false);
    driver.municipalitiesAnswer();

    List<MimeMessage> das = driver.forumDecides("DAS", "20. januar 2023", 12, "godkendt", "DAS godkendte udkastet mhp. fremsendelse til Socialstyrelsen.");
    assertThat(attachmentNames(das.getFirst())).contains("Udkast til besvarelse af anmodning_Nord_9.1.23.pdf")
        .anyMatch(name -> name.startsWith("Høringsnotat"));
    driver.forumDecides("KDK", "27. januar 2023", 11, "godkendt", "KDK godkendte besvarelsen.");
    driver.forumDecides("KKR Nordjylland", "10. februar 2023", 11, "godkendt", "KKR godkendte besvarelsen.");

    kit.awaitMails(11, m -> subject(m).equals("Politisk godkendelse: besvarelse af central udmelding om " + TITLE), "council requests");
    driver.complete("finalize-response", "sekretariatet",
        Map.of("responseDocumentId", CuDriver.document(documents, "Besvarelse – gravide – Nordjylland.pdf").id()));
    MimeMessage submission = kit.awaitMails(1, m -> subject(m).startsWith("Besvarelse af central udmelding om " + TITLE + " – Nordjylland"),
        "submission").getFirst();
    assertThat(text(submission)).contains("Aalborg, 13. februar 2023");
    // The submit step sends the mail first and writes the case after it.
    long writtenBy = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (cases.require(caseId).currentSubmission().isEmpty() && System.nanoTime() < writtenBy) {
      Thread.sleep(50);
    }
    assertThat(cases.require(caseId).forumSteps()).extracting(s -> s.step() + " " + s.meetingDate())
        .containsExactly("fu-approval 2023-01-05", "das-approval 2023-01-20", "kdk-approval 2023-01-27", "kkr-approval 2023-02-10");
    assertThat(cases.require(caseId).currentSubmission().orElseThrow().sentOn()).isEqualTo(LocalDate.of(2023, 2, 13));

    service.registerOutcome(caseId, "accepteret", "Socialstyrelsen tager besvarelsen til efterretning.", null, null);
    kit.awaitCompleted(instance);
    kit.assertPath(instance, "register-case", "plan-case", "send-plan", "dialogue-meeting", "first-draft", "fu-discussion",
        "record-fu-discussion", "discussion-gateway", "revise-draft", "municipal-hearing", "approval-chain", "request-council-approval",
        "finalize-response", "submit-response", "after-submission", "close-case", "case-closed");
    kit.assertNotPassed(instance, "das-discussion");
    kit.assertNotPassed(instance, "coordinate-regions");
    assertThat(driver.count("approval-decision")).isEqualTo(3);
    assertThat(cases.require(caseId).status()).isEqualTo(CuCase.Status.CLOSED);
    driver.assertNoIncidents();
  }

  @Test
  void withoutTheDiscussionRoundADraftFuDoesNotApproveGoesThroughTheWholeChainAfterRevision() {
    String title = TITLE + " (FU godkender ikke)";
    StartedCase started = service.start(winterInput(documents, title));
    CuDriver driver = new CuDriver(kit, documents, started.processInstanceKey(), title);
    driver.complete("dialogue-meeting", "sekretariatet", Map.of("dialogueMeetingDate", "2022-12-19", "dialogueNotes", "Fokusgruppeinterview."));
    driver.complete("first-draft", "sekretariatet", Map.of("draftReference", CuDriver.document(documents, "Første udkast – gravide (afvist).pdf").id()));

    driver.forumDecides("FU", "5. januar 2023", 5, "ikke-godkendt", "FU ønsker afsnittet om døgntilbud omskrevet.");
    driver.revise("Revideret udkast – gravide (afvist).pdf", false);
    driver.municipalitiesAnswer();

    // The revised draft goes to FU again (its next meeting after 5 January 2023 is 9 March), then DAS, KDK and KKR.
    driver.forumDecides("FU", "9. marts 2023", 5, "godkendt", "FU godkendte det omskrevne udkast.");
    kit.awaitMails(12, m -> subject(m).equals("Materiale til DAS 31. marts 2023: Besvarelse af central udmelding om " + title), "DAS material");
    assertThat(cases.require(started.caseId()).forumSteps()).extracting(s -> s.step() + " " + s.meetingDate() + " " + s.outcome())
        .containsExactly("fu-approval 2023-01-05 ikke-godkendt", "fu-approval 2023-03-09 godkendt");
    kit.assertNotPassed(started.processInstanceKey(), "das-discussion");
    driver.assertNoIncidents();
  }

  /** Plan rows as "key start end". */
  private static List<String> rows(Object plan) {
    return ((List<?>) plan).stream().map(r -> (Map<?, ?>) r).map(r -> r.get("key") + " " + r.get("start") + " " + r.get("end")).toList();
  }
}
