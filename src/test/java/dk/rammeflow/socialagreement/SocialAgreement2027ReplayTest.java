package dk.rammeflow.socialagreement;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.embedded.EmbeddedEngine;
import dk.rammeflow.socialagreement.SocialAgreementController.StartedAgreement;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import dk.rammeflow.web.CaseDetail;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nordjysk Socialaftale 2027–2028 replayed on the dates of seed 002 and the meeting calendar: framing in FU, DAS, KDK
 * and KKR on 11 September, 2 October, 10 October and 24 October 2025; the udbud og efterspørgsel review with DAS's
 * go on 26 March 2026; new initiatives in April and May with Socialpolitisk Dialogforum on 28 May; approval in FU
 * 18 June, DAS 20 August, KDK 28 August and KKR 11 September 2026 (read once: 2025 was an election year); Regionsrådet
 * and the 11 councils approve in October and November, Læsø reminded; then the handleplan (FU, DAS January 2027) and
 * its status at DAS on 18 March 2027, where every initiative is considered implemented.
 *
 * <p>The case starts on 25 August 2025, so it is historical: its meetings count as held at once. The councils'
 * reminder counts from the request in engine time, and the handleplan's meetings of 2027 lie ahead, so the test moves
 * the shared engine clock (relative to wherever it stands, then to 19 March 2027 at the latest, so that plans from
 * "now" in other tests still find their meetings in the calendar, which ends in 2027).
 */
@RammeflowProcessTest
class SocialAgreement2027ReplayTest {

  private static final String TITLE = "Nordjysk Socialaftale 2027–2028";
  private static final String CASE_WORKER = "helle.hoejgaard@rammeaftale.example";

  @Autowired ProcessTestKit kit;
  @Autowired SocialAgreementService service;
  @Autowired SocialAgreementCases cases;
  @Autowired DocumentStore documents;
  @Autowired EmbeddedEngine engine;
  @Autowired SocialAgreementCaseType caseType;

  private final Set<Long> completedTasks = new HashSet<>();
  private long instance;

  @Test
  void the2027To2028Agreement() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("period", "2027-2028");
    input.put("caseWorker", CASE_WORKER);
    input.put("startDate", "2025-08-25");
    StartedAgreement started = service.start(input);
    instance = started.processInstanceKey();
    String caseId = started.caseId();
    assertThat(caseId).isEqualTo("socialaftale-2027-2028");
    assertThat(started.planFits()).as(String.valueOf(started.planWarnings())).isTrue();

    MimeMessage plan = awaitOne(m -> subject(m).equals("Tidsplan: " + TITLE), "tidsplan");
    assertThat(to(plan)).containsExactly(CASE_WORKER);
    assertThat(text(plan)).contains("11. september 2025: FU drøfter rammerne", "2. oktober 2025: DAS godkender rammerne",
        "10. oktober 2025: KDK behandler rammerne", "24. oktober 2025: KKR godkender rammerne", "26. marts 2026: DAS beslutter go/no-go på kapacitet",
        "28. maj 2026: Socialpolitisk Dialogforum", "18. juni 2026: FU godkender udkastet", "20. august 2026: DAS godkender socialaftalen",
        "28. august 2026: KDK godkender socialaftalen", "11. september 2026: KKR godkender socialaftalen", "1. december 2026: " + SocialAgreementStage.TARGET_LABEL);
    assertThat(attachmentNames(plan)).containsExactly("Tidsplan.csv");
    assertThat(kit.variables(instance)).containsEntry("electionYear", true).containsEntry("supplyDemandReview", true);

    // Framing, autumn 2025 (seed 002).
    List<MimeMessage> fuMaterial = forumDecides("FU", "11. september 2025", "taget-til-efterretning", "FU drøftede rammerne og anbefaler principperne som fokusområder.");
    assertThat(text(fuMaterial.getFirst())).contains("Det indstilles, at FU drøfter rammerne for " + TITLE);
    forumDecides("DAS", "2. oktober 2025", "godkendt", "Der var opbakning til principperne som fokusområder og til den nye overskrift.");
    forumDecides("KDK", "10. oktober 2025", "godkendt", "KDK tilsluttede sig rammerne.");
    forumDecides("KKR Nordjylland", "24. oktober 2025", "godkendt", "KKR godkendte rammerne.");

    // Target groups and capacity needs, with the udbud og efterspørgsel review.
    task("2026-02-04", "Chefgruppen udpegede borgere med udviklingshæmning og dom og unge med svære psykiatriske problemstillinger.", null);
    task("2026-03-18", "Arbejdsgruppen kvalificerede kapacitetsbehovet.", null);
    forumDecides("DAS", "26. marts 2026", "godkendt", "Go: der arbejdes videre med kapaciteten for de to målgrupper.");

    // New initiatives under the focus areas.
    task("2026-04-16", "Socialudviklingsgruppen og chefgruppen har foreslået initiativer under de tre principper.", null);
    task("2026-05-15", "Dialogforum gav input om pårørende og brugerinddragelse.", null);
    forumDecides("FU", "21. maj 2026", "taget-til-efterretning", "FU drøftede forslagene.");
    task("2026-05-28", "Socialpolitisk Dialogforum satte den fælles politiske retning.", null);

    // Approval, read once in DAS and KKR (election year 2025).
    task("2026-06-12", "Udkastet er skrevet.", document("Udkast – Nordjysk Socialaftale 2027-2028.pdf").id());
    List<MimeMessage> fuApproval = forumDecides("FU", "18. juni 2026", "godkendt", "FU godkendte udkastet.");
    assertThat(attachmentNames(fuApproval.getFirst())).contains("Udkast – Nordjysk Socialaftale 2027-2028.pdf");
    task("2026-08-12", "Udkastet er færdiggjort efter FU.", null);
    forumDecides("DAS", "20. august 2026", "godkendt", "DAS godkendte socialaftalen.");
    forumDecides("KDK", "28. august 2026", "godkendt", "KDK godkendte socialaftalen.");
    forumDecides("KKR Nordjylland", "11. september 2026", "godkendt-med-aendringer", "KKR godkendte socialaftalen med en redaktionel ændring.");
    task("2026-10-05", "Layout og endelig udgave.", null);

    // Regionsrådet and the 11 councils, by 1 December 2026.
    List<MimeMessage> requests = kit.awaitMails(12, m -> subject(m).equals("Politisk godkendelse: " + TITLE), "council requests");
    MimeMessage toLaesoe = requests.stream().filter(m -> to(m).contains("kommunalbestyrelse@laesoe.example")).findFirst().orElseThrow();
    assertThat(text(toLaesoe)).contains("Til Læsø Kommunalbestyrelse", "mandag den 30. november 2026");
    SocialAgreementCase sent = cases.require(caseId);
    assertThat(sent.steps()).filteredOn(s -> s.kind().equals("forum")).extracting(s -> s.key() + " " + s.date())
        .containsExactly("framing-fu 2025-09-11", "framing-das 2025-10-02", "framing-kdk 2025-10-10", "framing-kkr 2025-10-24",
            "capacity-decision 2026-03-26", "initiatives-fu 2026-05-21", "approval-fu 2026-06-18", "approval-das 2026-08-20",
            "approval-kdk 2026-08-28", "approval-kkr 2026-09-11");
    assertThat(sent.capacityDecision()).isEqualTo("go");
    assertThat(sent.councils()).hasSize(12);

    Map<String, String> decisions = new LinkedHashMap<>();
    decisions.put("regionsraadet", "2026-10-27");
    decisions.put("kb-aalborg", "2026-10-26");
    decisions.put("kb-broenderslev", "2026-10-28");
    decisions.put("kb-frederikshavn", "2026-10-28");
    decisions.put("kb-hjoerring", "2026-10-21");
    decisions.put("kb-jammerbugt", "2026-10-22");
    decisions.put("kb-mariagerfjord", "2026-10-22");
    decisions.put("kb-morsoe", "2026-10-20");
    decisions.put("kb-rebild", "2026-10-22");
    decisions.put("kb-thisted", "2026-10-27");
    decisions.put("kb-vesthimmerland", "2026-11-26");
    decisions.forEach((council, date) -> service.registerCouncilDecision(caseId, council, date, true, null));
    awaitCompletions(11, "council-decided");

    Map<String, Object> variables = kit.variables(instance);
    Duration toReminder = Duration.parse((String) variables.get("councilReminderIn"));
    engine.increaseTime(toReminder.plusMinutes(5));
    MimeMessage reminder = awaitOne(m -> subject(m).equals("Påmindelse: politisk godkendelse af " + TITLE), "reminder to Læsø");
    assertThat(to(reminder)).containsExactly("kommunalbestyrelse@laesoe.example");
    assertThatThrownBy(() -> service.registerCouncilDecision(caseId, "kb-aalborg", "2026-11-02", true, null))
        .isInstanceOf(AgreementConflictException.class).hasMessageContaining("har allerede behandlet socialaftalen den 26. oktober 2026");
    service.registerCouncilDecision(caseId, "kb-laesoe", "2026-11-19", true, "Læsø Kommunalbestyrelse, punkt 7");
    MimeMessage status = awaitOne(m -> subject(m).equals("Socialaftalen er behandlet i alle kommuner og regionen: " + TITLE), "status table");
    assertThat(text(status)).contains("Læsø Kommunalbestyrelse: Godkendt 19. november 2026 (påmindet 16. november 2026)",
        "Regionsrådet: Godkendt 27. oktober 2026", "senest 26. november 2026");
    assertThat(cases.require(caseId).status()).isEqualTo(SocialAgreementCase.Status.ADOPTED);
    assertThat(cases.require(caseId).adoptedOn()).hasToString("2026-11-26");

    // The handleplan: initiatives under the three focus areas (the tasks under the principles, seed 002), FU and DAS in January 2027.
    kit.moveClockTo(Instant.parse("2027-03-19T12:00:00Z"));
    UserTask actionPlan = kit.awaitUserTask(instance, "action-plan");
    complete(actionPlan, Map.of("completedOn", "2026-12-18", "actionPlan", """
        Et mere forpligtigende og tættere samarbejde: Standardkontrakter og alle tilbud i socialaftalen
        Et mere forpligtigende og tættere samarbejde: Kommunale og regionale pladser før køb hos private
        En skarp visitation: Afstemning af serviceniveau i botilbud
        En fleksibel tilbudsvifte: Analyse af særligt dyre enkeltsager og tomgangsboliger
        """));
    forumDecides("FU", "7. januar 2027", "godkendt", "FU godkendte handleplanen.");
    forumDecides("DAS", "21. januar 2027", "godkendt", "DAS godkendte handleplanen.");
    assertThat(cases.require(caseId).initiatives()).extracting(i -> i.id() + " " + i.title())
        .containsExactly("i1-1 Standardkontrakter og alle tilbud i socialaftalen", "i1-2 Kommunale og regionale pladser før køb hos private",
            "i2-1 Afstemning af serviceniveau i botilbud", "i3-1 Analyse af særligt dyre enkeltsager og tomgangsboliger");

    // Status at DAS until every initiative is considered implemented ("betragtes som udmøntet").
    service.registerInitiativeStatus(caseId, "i2-1", "Arbejdsgruppen har afrapporteret", "Anbefalinger til forventningsafstemning.", "2027-02-15");
    awaitCompletions(1, "initiative-status-recorded");
    statusReport("Status: de tre arbejdsgrupper har afrapporteret, og initiativerne er gennemført.", List.of("i1-1", "i1-2", "i2-1", "i3-1"));
    List<MimeMessage> dasStatus = forumDecides("DAS", "18. marts 2027", "taget-til-efterretning", "Orienteringen blev taget til efterretning.");
    assertThat(text(dasStatus.getFirst())).contains("betragtes som udmøntet: Standardkontrakter og alle tilbud i socialaftalen; "
        + "Kommunale og regionale pladser før køb hos private; Afstemning af serviceniveau i botilbud; Analyse af særligt dyre enkeltsager og tomgangsboliger");
    kit.awaitCompleted(instance);

    SocialAgreementCase done = cases.require(caseId);
    assertThat(done.status()).isEqualTo(SocialAgreementCase.Status.IMPLEMENTED);
    assertThat(done.initiatives()).extracting(i -> i.id() + " " + i.implementedOn())
        .containsExactly("i1-1 2027-03-18", "i1-2 2027-03-18", "i2-1 2027-03-18", "i3-1 2027-03-18");
    assertThat(SocialAgreementViews.status(done)).containsEntry("status", "IMPLEMENTED");
    // The secretariat's overview: the tidsplan against what happened, the councils, the handleplan.
    CaseDetail detail = caseType.detail(caseId).orElseThrow();
    assertThat(detail.summary().status()).isEqualTo("Udmøntet");
    assertThat(detail.summary().progress()).isEqualTo("4 af 4 initiativer udmøntet");
    assertThat(detail.timeline()).extracting(t -> t.label() + " | " + t.planned() + " | " + t.actual())
        .contains("KKR godkender socialaftalen | 11. september 2026 | Godkendt med ændringer 11. september 2026",
            "Politisk godkendelse i Regionsrådet og de 11 kommuner | 30. november 2026 | 12 af 12 har behandlet aftalen",
            SocialAgreementStage.TARGET_LABEL + " | 1. december 2026 | Behandlet 26. november 2026");
    assertThat(detail.timeline()).allMatch(t -> t.state() == CaseDetail.StepState.DONE, "every step done in time");
    assertThat(detail.parties()).hasSize(12).anyMatch(p -> p.name().equals("Læsø Kommunalbestyrelse") && p.status().contains("påmindet 16. november 2026"));
    kit.assertPath(instance, "register-agreement", "send-plan", "agreement-steps", "request-local-approval", "local-approval", "adopt",
        "action-plan", "register-action-plan", "action-plan-fu", "action-plan-das", "plan-status-report", "status-report", "status-das",
        "agreement-implemented", "handleplan", "agreement-done");
    assertThat(kit.incidents(instance)).isEmpty();
  }

  private List<MimeMessage> forumDecides(String forum, String meetingDateText, String outcome, String decisionText) {
    String subject = "Materiale til %s %s: %s".formatted(forum, meetingDateText, TITLE);
    List<MimeMessage> material = kit.awaitMails(1, m -> subject(m).equals(subject), "'" + subject + "'");
    complete(kit.awaitUserTask(instance, "register-decision", t -> !completedTasks.contains(t.getUserTaskKey())),
        Map.of("outcome", outcome, "decisionText", decisionText));
    return material;
  }

  private void task(String completedOn, String note, String documentId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("completedOn", completedOn);
    variables.put("stepNote", note);
    if (documentId != null) {
      variables.put("documentReference", documentId);
    }
    complete(kit.awaitUserTask(instance, "step-task", t -> !completedTasks.contains(t.getUserTaskKey())), variables);
  }

  private void statusReport(String summary, List<String> implemented) {
    complete(kit.awaitUserTask(instance, "status-report", t -> !completedTasks.contains(t.getUserTaskKey())),
        Map.of("statusSummary", summary, "proposedImplemented", implemented));
  }

  private void complete(UserTask task, Map<String, Object> variables) {
    kit.completeUserTask(task, "sekretariatet", variables);
    completedTasks.add(task.getUserTaskKey());
  }

  private StoredDocument document(String fileName) {
    return documents.store(fileName, "application/pdf", ("%PDF-1.4 " + fileName).getBytes(StandardCharsets.UTF_8));
  }

  private MimeMessage awaitOne(java.util.function.Predicate<MimeMessage> condition, String description) {
    List<MimeMessage> found = kit.awaitMails(1, condition, description);
    assertThat(found).as(description).hasSize(1);
    return found.getFirst();
  }

  /** Waits until the elements have completed {@code expected} times in the instance and its children. */
  private void awaitCompletions(int expected, String elementId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long recorded = 0;
    while (System.nanoTime() < deadline) {
      List<Long> family = kit.processInstanceFamily(instance);
      recorded = kit.records().stream().filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
          && family.contains(((ProcessInstanceRecordValue) r.getValue()).getProcessInstanceKey())
          && elementId.equals(((ProcessInstanceRecordValue) r.getValue()).getElementId())).count();
      if (recorded >= expected) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("%s completed %d times, expected %d: %s".formatted(elementId, recorded, expected, kit.describe(instance)));
  }
}
