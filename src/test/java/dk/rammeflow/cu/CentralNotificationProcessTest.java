package dk.rammeflow.cu;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.cu.CuController.StartedCase;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Central Udmelding process on the shared engine: a rejected draft, a deadline no meeting can meet, bad
 * input, requests that do not fit the case's state, and a renewed Central Udmelding. Historical cases (started
 * in 2023) pass their meetings at once, so nothing here moves the engine clock.
 */
@RammeflowProcessTest
class CentralNotificationProcessTest {

  @Autowired ProcessTestKit kit;
  @Autowired CuService service;
  @Autowired CuCases cases;
  @Autowired CuSteps workflow;
  @Autowired DocumentStore documents;
  @Autowired CalendarTime clock;

  @Test
  void rejectedDraftGoesBackToRevisionAndThroughTheApprovalChainAgain() {
    String title = "Gravide kvinder med et skadeligt rusmiddelforbrug (afvist udkast)";
    Map<String, Object> input = CuDriver.signLanguageInput(documents, title);
    input.put("agencyDeadline", "2023-07-01");
    input.put("coordinateWithRegions", false);
    StartedCase started = service.start(input);
    assertThat(started.planFits()).isTrue();
    CuDriver driver = new CuDriver(kit, documents, started.processInstanceKey(), title);

    driver.dialogueAndFirstDraft();
    driver.forumDecides("FU", "9. marts 2023", 5, "taget-til-efterretning", "Drøftet.");
    driver.forumDecides("DAS", "31. marts 2023", 12, "taget-til-efterretning", "Drøftet.");
    driver.revise("Revideret udkast – rusmidler.pdf", false);
    driver.municipalitiesAnswer();
    driver.forumDecides("FU", "8. maj 2023", 5, "ikke-godkendt", "FU kan ikke godkende afsnittet om finansiering; det skal omskrives.");

    kit.awaitUserTask(started.processInstanceKey(), "revise-draft", t -> true);
    Map<String, Object> variables = kit.variables(started.processInstanceKey());
    assertThat(variables).containsEntry("approvalRejected", true);
    assertThat(map(variables.get("rejection"))).containsEntry("forum", "fu").containsEntry("outcomeLabel", "Ikke godkendt")
        .containsEntry("decisionText", "FU kan ikke godkende afsnittet om finansiering; det skal omskrives.");
    kit.assertNotPassed(started.processInstanceKey(), "request-council-approval");

    driver.revise("Andet revideret udkast – rusmidler.pdf", false);
    List<MimeMessage> again = driver.forumDecides("FU", "26. juni 2023", 5, "godkendt", "FU godkendte det omskrevne afsnit.");
    assertThat(attachmentNames(again.getFirst())).contains("Andet revideret udkast – rusmidler.pdf").doesNotContain("Revideret udkast – rusmidler.pdf");
    // The chain goes on from FU: DAS's next meeting after 26 June 2023 is 21 August.
    kit.awaitMails(12, m -> subject(m).equals("Materiale til DAS 21. august 2023: Besvarelse af central udmelding om " + title), "DAS material");

    assertThat(driver.count("revise-draft")).isEqualTo(2);
    assertThat(driver.count("prepare-hearing")).isEqualTo(1);
    assertThat(driver.count("hearing-needed")).isEqualTo(2);
    assertThat(cases.require(started.caseId()).forumSteps()).extracting(s -> s.step() + " " + s.meetingDate() + " " + s.outcome())
        .contains("fu-approval 2023-05-08 ikke-godkendt", "fu-approval 2023-06-26 godkendt");
    driver.assertNoIncidents();
  }

  @Test
  void aDeadlineNoMeetingCanMeetIsToldToTheCaseWorkerAtOnceWithThePlanThatFits() {
    String title = "Borgere med udviklingshæmning og dom (for kort frist)";
    Map<String, Object> input = CuDriver.signLanguageInput(documents, title);
    input.remove("startDate");
    input.put("agencyDeadline", clock.today().plusWeeks(3).toString());
    StartedCase started = service.start(input);
    assertThat(started.planFits()).isFalse();

    MimeMessage mail = kit.awaitMails(1, m -> subject(m).equals("Tidsplanen kan ikke nås: besvarelse af central udmelding om " + title), "plan").getFirst();
    assertThat(to(mail)).containsExactly(CuDriver.CASE_WORKER);
    assertThat(text(mail)).contains("TIDSPLANEN KAN IKKE NÅS", "Med de nuværende mødedatoer kan besvarelsen tidligst sendes", "Tidligst mulige plan:",
        "KKR godkender besvarelsen");
    kit.awaitUserTask(started.processInstanceKey(), "dialogue-meeting");
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("planFits", false).containsEntry("historical", false);
  }

  @Test
  void badInputIsRefusedBeforeAnythingStarts() {
    int before = cases.all().size();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", " ");
    input.put("targetGroup", "Døve børn");
    input.put("questions", "Tema 1\nTema 2");
    input.put("agencyDeadline", "2023-01-10");
    input.put("startDate", "2023-01-20");
    input.put("cuDocument", "dokument-der-ikke-findes");
    input.put("caseWorker", "helle@");
    input.put("hearingWeeks", 0);
    assertThatThrownBy(() -> service.start(input))
        .isInstanceOfSatisfying(CuException.class, e -> assertThat(e.problems()).containsExactly(
            "Angiv den centrale udmeldings titel.",
            "Sagsbehandlerens mailadresse 'helle@' er ikke gyldig.",
            "Dokumentet 'Central udmelding' findes ikke. Upload det først, eller angiv et link.",
            "Socialstyrelsens frist (10. januar 2023) skal ligge efter sagens start (20. januar 2023).",
            "Høringsperioden (uger) skal være mellem 1 og 12 (ikke 0)."));

    Map<String, Object> beyondCalendar = CuDriver.signLanguageInput(documents, "Frist uden for mødekalenderen");
    beyondCalendar.put("agencyDeadline", "2041-03-01");
    assertThatThrownBy(() -> service.start(beyondCalendar)).isInstanceOf(CuException.class).hasMessageStartingWith("Tidsplanen kan ikke beregnes: ");
    assertThat(cases.all()).hasSize(before);
  }

  @Test
  void processStartedWithBadInputTellsTheCaseWorker() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Central udmelding uden frist");
    input.put("caseWorker", CuDriver.CASE_WORKER);
    long instance = kit.start("central-notification-response", input);
    kit.awaitCompleted(instance);
    kit.assertPath(instance, "case-invalid", "notify-invalid", "case-rejected");
    MimeMessage mail = kit.awaitMails(1, m -> subject(m).equals("Sagen kan ikke oprettes: Central udmelding uden frist"), "invalid case").getFirst();
    assertThat(to(mail)).containsExactly(CuDriver.CASE_WORKER);
    assertThat(text(mail)).contains("Angiv målgruppen", "Angiv Socialstyrelsens frist for besvarelsen.");
  }

  @Test
  void requestsThatDoNotFitTheCaseAreRefusedClearly() {
    String title = "Børn med svære synsnedsættelser – punktskrift (forkerte anmodninger)";
    StartedCase started = service.start(CuDriver.signLanguageInput(documents, title));
    kit.awaitUserTask(started.processInstanceKey(), "dialogue-meeting");
    String caseId = started.caseId();

    assertThatThrownBy(() -> service.askFollowUp(caseId, "Hvornår kommer besvarelsen?", null)).isInstanceOf(CuException.class)
        .hasMessage("Besvarelsen af '%s' er endnu ikke sendt til Socialstyrelsen, så der kan ikke stilles opfølgende spørgsmål til den.".formatted(title));
    assertThatThrownBy(() -> service.registerCouncilApproval(caseId, "kb-aalborg", "2023-06-27", null)).isInstanceOf(CuException.class)
        .hasMessage("Besvarelsen af '%s' er endnu ikke sendt til politisk godkendelse i kommunerne.".formatted(title));
    assertThatThrownBy(() -> service.negotiateDeadline(caseId, "2023-01-15")).isInstanceOf(CuException.class)
        .hasMessage("Den aftalte frist (15. januar 2023) skal ligge efter sagens dato (20. januar 2023).");
    assertThatThrownBy(() -> service.negotiateDeadline(caseId, "2041-01-31")).isInstanceOf(CuException.class)
        .hasMessage("Den aftalte frist (31. januar 2041) ligger uden for kalenderens år (2017–2040).");
    assertThatThrownBy(() -> service.registerOutcome(caseId, "accepteret", "", null, null)).isInstanceOf(CuException.class)
        .hasMessageContaining("endnu ikke sendt til Socialstyrelsen");
    assertThatThrownBy(() -> service.askFollowUp("cu-findes-ikke", "?", null)).isInstanceOf(UnknownCaseException.class)
        .hasMessage("Sagen 'cu-findes-ikke' findes ikke.");
    assertThat(cases.require(caseId).followUps()).isEmpty();
    assertThat(cases.require(caseId).status()).isEqualTo(CuCase.Status.OPEN);
  }

  @Test
  void aRenewedCentralUdmeldingStartsTheNextRoundWithTheNewDeadline() {
    CuCase created = CuPlanningTest.signLanguageCase();
    String caseId = "cu-fornyet-" + System.nanoTime();
    CuCase c = new CuCase(caseId, created.title(), created.targetGroup(), created.questions(), created.agencyDeadline(), created.cuDocument(),
        created.caseWorker(), created.startDate(), true, created.settings(), Instant.now());
    cases.createIfAbsent(c);
    cases.update(caseId, k -> {
      k.agreeDeadline(LocalDate.of(2023, 7, 1));
      k.submit(new CuCase.Submission(1, LocalDate.of(2023, 7, 1), true, List.of(), "Besvarelse.pdf", Instant.now()));
    });

    Map<String, Object> out = workflow.close(caseId, "fornyet-udmelding", "Socialstyrelsen udsender en fornyet central udmelding.", "2025-09-30",
        Map.of("name", "Fornyet central udmelding", "url", "https://socialstyrelsen.example/cu-tegnsprog-2025.pdf"));

    assertThat(out).containsEntry("renewed", true).containsEntry("round", 2);
    CuCase renewed = cases.require(caseId);
    assertThat(renewed.status()).isEqualTo(CuCase.Status.OPEN);
    assertThat(renewed.target()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(renewed.agreedDeadline()).isNull();
    assertThat(renewed.cuDocument()).containsEntry("url", "https://socialstyrelsen.example/cu-tegnsprog-2025.pdf");
    assertThat(renewed.outcomes()).singleElement().satisfies(o -> assertThat(o.value()).isEqualTo("fornyet-udmelding"));
    assertThat(CuStage.remaining(renewed.stepsDone())).isEqualTo(CuStage.ALL);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
