package dk.rammeflow.cu;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.html;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.cu.CuController.StartedCase;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.embedded.EmbeddedEngine;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2023 response to the Central Udmelding on sign language for deaf children, replayed with the meeting
 * dates of the seeds (DAS 20 January and 31 March 2023): Socialstyrelsen's deadline of 31 March cannot be met,
 * the deadline is negotiated to 1 July, FU and DAS discuss the first draft on 9 and 31 March, the municipalities
 * are heard, FU, DAS, KDK and KKR approve on 8 May, 1 June, 8 June and 23 June, the response goes to
 * Socialstyrelsen "med forbehold for politisk godkendelse" on 1 July, and the councils approve over the summer,
 * Læsø late and reminded.
 *
 * <p>The case starts on 20 January 2023, so it is historical: meetings before today count as held at once.
 * The councils' period counts from the submission in engine time, so the test moves the shared engine clock
 * through the summer (about three months), relative to wherever it stands.
 */
@RammeflowProcessTest
class SignLanguageCaseReplayTest {

  private static final String TITLE = "Børn og unge med høretab, der har behov for tegnsprog";

  @Autowired ProcessTestKit kit;
  @Autowired CuService service;
  @Autowired CuCases cases;
  @Autowired DocumentStore documents;
  @Autowired EmbeddedEngine engine;

  @Test
  void the2023SignLanguageCase() throws InterruptedException {
    StartedCase started = service.start(CuDriver.signLanguageInput(documents, TITLE));
    CuDriver driver = new CuDriver(kit, documents, started.processInstanceKey(), TITLE);
    String caseId = started.caseId();
    assertThat(started.planFits()).isFalse();

    // Socialstyrelsen's 31 March cannot be met: the case worker hears at once, with the plan that does fit.
    MimeMessage firstPlan = awaitOne(m -> subject(m).equals("Tidsplanen kan ikke nås: besvarelse af central udmelding om " + TITLE), "first plan");
    assertThat(to(firstPlan)).containsExactly(CuDriver.CASE_WORKER);
    assertThat(text(firstPlan)).contains("TIDSPLANEN KAN IKKE NÅS", "Tidligst mulige plan:", "kan besvarelsen tidligst sendes");
    assertThat(attachmentNames(firstPlan)).containsExactly("Tidsplan.csv");

    // Koordinationsforum negotiates: the response is sent after KKR, on 1 July 2023.
    service.negotiateDeadline(caseId, "2023-07-01");
    MimeMessage newPlan = awaitOne(m -> subject(m).equals("Tidsplan: besvarelse af central udmelding om " + TITLE), "negotiated plan");
    assertThat(text(newPlan)).contains("Fristen er ændret til 1. juli 2023", "9. marts 2023: FU drøfter første udkast",
        "31. marts 2023: DAS drøfter første udkast", "8. maj 2023: FU godkender besvarelsen", "1. juni 2023: DAS godkender besvarelsen",
        "8. juni 2023: KDK godkender besvarelsen", "23. juni 2023: KKR godkender besvarelsen");
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("planFits", true).containsEntry("agreedDeadline", "2023-07-01");

    driver.dialogueAndFirstDraft();
    List<MimeMessage> fuMaterial = driver.forumDecides("FU", "9. marts 2023", 5, "taget-til-efterretning", "FU drøftede udkastet og gav input til afsnittet om Tema 2.");
    assertThat(attachmentNames(fuMaterial.getFirst())).containsExactly("Central udmelding – tegnsprog.pdf", "Første udkast – tegnsprog.pdf");
    assertThat(text(fuMaterial.getFirst())).contains("Det indstilles, at FU drøfter første udkast");
    driver.complete("coordinate-regions", "sekretariatet", Map.of("coordinationNotes", "Fælles afsnit aftalt med de øvrige regioners sekretariater."));
    driver.forumDecides("DAS", "31. marts 2023", 12, "taget-til-efterretning", "DAS drøftede første udkast.");

    driver.revise("Revideret udkast – tegnsprog.pdf", false);
    driver.municipalitiesAnswer();

    List<MimeMessage> fuApproval = driver.forumDecides("FU", "8. maj 2023", 5, "godkendt", "FU godkendte besvarelsen.");
    assertThat(attachmentNames(fuApproval.getFirst())).contains("Revideret udkast – tegnsprog.pdf").anyMatch(name -> name.startsWith("Høringsnotat"));
    assertThat(text(fuApproval.getFirst())).contains("Det indstilles, at FU godkender besvarelsen");
    driver.forumDecides("DAS", "1. juni 2023", 12, "godkendt", "DAS godkendte besvarelsen.");
    driver.forumDecides("KDK", "8. juni 2023", 11, "godkendt", "KDK godkendte besvarelsen.");
    driver.forumDecides("KKR Nordjylland", "23. juni 2023", 11, "godkendt-med-aendringer", "KKR godkendte besvarelsen med en redaktionel ændring.");

    // The councils are asked for political approval by 29 September 2023.
    List<MimeMessage> requests = kit.awaitMails(11, m -> subject(m).equals("Politisk godkendelse: besvarelse af central udmelding om " + TITLE), "council requests");
    MimeMessage toLaesoe = requests.stream().filter(m -> to(m).contains("kommunalbestyrelse@laesoe.example")).findFirst().orElseThrow();
    assertThat(text(toLaesoe)).contains("Til Læsø Kommunalbestyrelse", "fredag den 29. september 2023", "KKR Nordjylland godkendte besvarelsen den 23. juni 2023.");
    service.registerCouncilApproval(caseId, "kb-aalborg", "2023-06-27", "Aalborg Byråd, punkt 12");
    awaitCompletions(started.processInstanceKey(), 1, "record-council-approval");

    StoredDocument response = CuDriver.document(documents, "Besvarelse – tegnsprog – Nordjylland.pdf");
    driver.complete("finalize-response", "sekretariatet", Map.of("responseDocumentId", response.id()));
    MimeMessage submission = awaitOne(m -> subject(m).equals("Besvarelse af central udmelding om " + TITLE + " – Nordjylland (med forbehold for politisk godkendelse)"), "submission");
    assertThat(to(submission)).containsExactly("centraleudmeldinger@socialstyrelsen.example", "louise.jensen@socialstyrelsen.example");
    assertThat(text(submission)).contains("Aalborg, 1. juli 2023", "Besvarelsen sendes med forbehold for politisk godkendelse.",
        "1 af 11 kommunalbestyrelser og byråd har godkendt besvarelsen.", "senest 29. september 2023");
    assertThat(attachmentNames(submission)).containsExactly("Besvarelse – tegnsprog – Nordjylland.pdf");
    // The submit step sends the mail first and writes the case after it.
    long writtenBy = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (cases.require(caseId).status() != CuCase.Status.SUBMITTED && System.nanoTime() < writtenBy) {
      Thread.sleep(50);
    }
    CuCase submitted = cases.require(caseId);
    assertThat(submitted.status()).isEqualTo(CuCase.Status.SUBMITTED);
    assertThat(submitted.currentSubmission().orElseThrow()).satisfies(s -> {
      assertThat(s.sentOn()).isEqualTo(LocalDate.of(2023, 7, 1));
      assertThat(s.withReservation()).isTrue();
    });
    assertThat(submitted.forumSteps()).extracting(s -> s.step() + " " + s.meetingDate())
        .containsExactly("fu-discussion 2023-03-09", "das-discussion 2023-03-31", "fu-approval 2023-05-08", "das-approval 2023-06-01",
            "kdk-approval 2023-06-08", "kkr-approval 2023-06-23");

    // Approvals over the summer; Læsø is late.
    Map<String, String> approvals = Map.of("kb-broenderslev", "2023-08-23", "kb-frederikshavn", "2023-08-30", "kb-hjoerring", "2023-08-16",
        "kb-jammerbugt", "2023-08-24", "kb-mariagerfjord", "2023-08-31", "kb-morsoe", "2023-08-22", "kb-rebild", "2023-08-31",
        "kb-thisted", "2023-08-29", "kb-vesthimmerland", "2023-09-07");
    approvals.forEach((council, date) -> service.registerCouncilApproval(caseId, council, date, null));
    kit.awaitVariable(started.processInstanceKey(), "councilDueIn");
    awaitCompletions(started.processInstanceKey(), 10, "council-approved", "council-was-approved");

    Map<String, Object> variables = kit.variables(started.processInstanceKey());
    Duration toReminder = Duration.parse((String) variables.get("councilReminderIn"));
    Duration toDue = Duration.parse((String) variables.get("councilDueIn"));
    assertThat(toDue.minus(toReminder)).isBetween(Duration.ofDays(14), Duration.ofDays(15));

    moveClock(toReminder.plusMinutes(5));
    String reminderSubject = "Påmindelse: politisk godkendelse af besvarelsen af central udmelding om " + TITLE;
    MimeMessage reminder = awaitOne(m -> subject(m).equals(reminderSubject), "reminder to Læsø");
    assertThat(to(reminder)).containsExactly("kommunalbestyrelse@laesoe.example");

    moveClock(toDue.minus(toReminder).plusMinutes(5));
    MimeMessage overdue = awaitOne(m -> subject(m).equals("Fristen for politisk godkendelse er overskredet: besvarelse af central udmelding om " + TITLE), "overdue status");
    assertThat(to(overdue)).containsExactly("sekretariat@rammeaftale.example", CuDriver.CASE_WORKER);
    assertThat(text(overdue)).contains("Der mangler godkendelse fra: Læsø Kommunalbestyrelse", "Aalborg Byråd: Godkendt 27. juni 2023",
        "Læsø Kommunalbestyrelse: Mangler (påmindet 15. september 2023, 2. oktober 2023)");
    assertThat(html(overdue)).contains("<td", "Vesthimmerlands Byråd");
    MimeMessage rykker = awaitOne(m -> subject(m).equals("Rykker: politisk godkendelse af besvarelsen af central udmelding om " + TITLE), "rykker");
    assertThat(to(rykker)).containsExactly("kommunalbestyrelse@laesoe.example");
    assertThat(kit.mails().stream().filter(m -> subject(m).equals(reminderSubject)).map(m -> to(m).getFirst()).distinct()).containsExactly("kommunalbestyrelse@laesoe.example");

    service.registerCouncilApproval(caseId, "kb-laesoe", "2023-10-05", "Læsø Kommunalbestyrelse, møde 5. oktober");
    MimeMessage allApproved = awaitOne(m -> subject(m).equals("Alle kommuner har godkendt: besvarelse af central udmelding om " + TITLE), "all approved");
    assertThat(text(allApproved)).contains("Læsø Kommunalbestyrelse: Godkendt 5. oktober 2023 (påmindet 15. september 2023, 2. oktober 2023)");
    MimeMessage notice = awaitOne(m -> subject(m).equals("Politisk godkendt: besvarelse af central udmelding om " + TITLE + " – Nordjylland"), "notice to Socialstyrelsen");
    assertThat(text(notice)).contains("forbeholdet er dermed bortfaldet");
    assertThat(CuViews.status(cases.require(caseId))).containsEntry("allCouncilsApproved", true);

    // A follow-up question from Socialstyrelsen after the submission.
    String followUpId = service.askFollowUp(caseId, "Hvordan sikres tolkebistand i skoletiden i de mindre kommuner?", "2023-10-10");
    kit.awaitUserTask(started.processInstanceKey(), "answer-follow-up");
    driver.complete("answer-follow-up", "sekretariatet", Map.of("followUpAnswer", "Kommunerne samarbejder om en fælles tolkeordning, koordineret af Aalborg."));
    MimeMessage answer = awaitOne(m -> subject(m).equals("Svar på opfølgende spørgsmål: besvarelse af central udmelding om " + TITLE), "follow-up answer");
    assertThat(text(answer)).contains("opfølgende spørgsmål af 10. oktober 2023", "Hvordan sikres tolkebistand", "fælles tolkeordning");
    assertThat(cases.require(caseId).followUp(followUpId).orElseThrow().answer()).contains("fælles tolkeordning");

    // Socialstyrelsen accepts; the case closes, and a later question is refused clearly.
    service.registerOutcome(caseId, "accepteret", "Socialstyrelsen tager besvarelsen til efterretning.", null, null);
    kit.awaitCompleted(started.processInstanceKey());
    kit.assertPath(started.processInstanceKey(), "register-case", "plan-case", "send-plan", "dialogue-meeting", "first-draft", "fu-discussion",
        "coordinate-regions", "das-discussion", "revise-draft", "municipal-hearing", "approval-chain", "request-council-approval",
        "finalize-response", "submit-response", "after-submission", "close-case", "case-closed");
    assertThat(driver.count("replan")).isEqualTo(1);
    assertThat(cases.require(caseId).status()).isEqualTo(CuCase.Status.CLOSED);
    int followUps = cases.require(caseId).followUps().size();
    assertThatThrownBy(() -> service.askFollowUp(caseId, "Et spørgsmål mere?", null))
        .isInstanceOf(CuException.class)
        .hasMessage("Sagen '%s' er afsluttet (Socialstyrelsen har accepteret besvarelsen). Opfølgende spørgsmål kan ikke længere besvares i sagen.".formatted(TITLE));
    assertThat(cases.require(caseId).followUps()).hasSize(followUps);
    assertThatThrownBy(() -> service.negotiateDeadline(caseId, "2024-01-01")).isInstanceOf(CuException.class).hasMessageContaining("er afsluttet");
    driver.assertNoIncidents();
  }

  /**
   * Moves the engine clock, straight on the engine: the job workers' polling keeps it from ever looking idle, so
   * the toolkit's wait for idleness would only cost time. The mails awaited next show what the timers did.
   */
  private void moveClock(Duration duration) {
    engine.increaseTime(duration);
  }

  private MimeMessage awaitOne(Predicate<MimeMessage> condition, String description) {
    List<MimeMessage> found = kit.awaitMails(1, condition, description);
    assertThat(found).as(description).hasSize(1);
    return found.getFirst();
  }

  /** Waits until the elements have completed {@code expected} times in all in the instance and its children. */
  private void awaitCompletions(long instance, int expected, String... elementIds) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      long recorded = kit.records().stream().filter(r -> r.getValueType() == io.camunda.zeebe.protocol.record.ValueType.PROCESS_INSTANCE
          && r.getIntent() == io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETED
          && kit.processInstanceFamily(instance).contains(((io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue()).getProcessInstanceKey())
          && List.of(elementIds).contains(((io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue()).getElementId()))
          .count();
      if (recorded == expected) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Expected %d completions of %s; %s".formatted(expected, List.of(elementIds), kit.describe(instance)));
  }
}
