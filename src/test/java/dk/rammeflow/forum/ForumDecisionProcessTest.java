package dk.rammeflow.forum;

import static dk.rammeflow.testkit.MailContent.attachmentNames;
import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.forum.ForumDecisionRecord.Status;
import dk.rammeflow.forum.ForumDecisionController.StartedDecision;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.response.UserTask;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forum decision on the embedded engine. Meetings of the meeting calendar that lie in the past count as
 * held: their material deadline and meeting timers fire at once, so a test walks through 2017 and 2023 meetings
 * without moving the engine clock.
 */
@RammeflowProcessTest
class ForumDecisionProcessTest {

  private static final String CASE_WORKER = "helle.hoejgaard@rammeaftale.example";

  @Autowired ProcessTestKit kit;
  @Autowired ForumDecisionService service;
  @Autowired ForumDecisionRecords records;
  @Autowired ForumDecisions decisions;
  @Autowired DocumentStore documents;

  @Test
  void postponedItemGoesToTheNextMeetingAndKeepsItsHistory() {
    StoredDocument draft = documents.store("Udkast til besvarelse – tegnsprog.pdf", "application/pdf", "%PDF-1.4 udkast".getBytes(StandardCharsets.UTF_8));
    String title = "Besvarelse af central udmelding om tegnsprog (udsat)";
    Map<String, Object> input = input("das", title, "2023-03-01");
    input.put("material", List.of(
        Map.of("name", "Udkast til besvarelse", "documentId", draft.id()),
        Map.of("name", "Central udmelding", "url", "https://socialstyrelsen.example/cu-tegnsprog.pdf")));
    StartedDecision started = service.start(input);
    assertThat(started.meetingDate()).isEqualTo("2023-03-31");

    List<MimeMessage> march = awaitMaterial(12, "Materiale til DAS 31. marts 2023: " + title);
    assertThat(march).extracting(m -> to(m).getFirst()).contains("tina.kristensen@aalborg.example", "lene.kofoed@laesoe.example", "lars.kristensen@rn.example");
    MimeMessage toLaesoe = march.stream().filter(m -> to(m).contains("lene.kofoed@laesoe.example")).findFirst().orElseThrow();
    assertThat(text(toLaesoe)).contains("Kære Lene Kofoed", "Det indstilles, at DAS godkender", "fredag den 31. marts 2023 kl. 09.00", "Udkast til besvarelse (vedhæftet)", "https://socialstyrelsen.example/cu-tegnsprog.pdf");
    assertThat(attachmentNames(toLaesoe)).containsExactly("Udkast til besvarelse – tegnsprog.pdf");

    UserTask first = kit.awaitUserTask(started.processInstanceKey(), "register-decision");
    assertThat(first.getCandidateGroups()).containsExactly("sekretariatet");
    kit.completeUserTask(first, "sekretariatet", Map.of("outcome", "udsat", "decisionText", "Punktet blev udsat til næste møde, da KL's koordinationsforum endnu ikke har meldt tilbage."));

    List<MimeMessage> june = awaitMaterial(12, "Materiale til DAS 1. juni 2023: " + title);
    assertThat(text(june.getFirst())).contains("Sagen blev udsat på mødet den 31. marts 2023");
    UserTask second = kit.awaitUserTask(started.processInstanceKey(), "register-decision", t -> !t.getUserTaskKey().equals(first.getUserTaskKey()));
    kit.completeUserTask(second, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "DAS godkendte udkastet til besvarelse."));

    kit.awaitCompleted(started.processInstanceKey());
    kit.assertPath(started.processInstanceKey(), "schedule-meeting", "send-material", "register-decision", "record-decision", "send-material", "register-decision", "record-decision", "decision-made");
    Map<String, Object> variables = kit.variables(started.processInstanceKey());
    assertThat(variables).containsEntry("outcome", "godkendt").containsEntry("decisionText", "DAS godkendte udkastet til besvarelse.").containsEntry("meetingDate", "2023-06-01")
        .containsEntry("writtenProcedure", false);
    assertThat(listOfMaps(variables.get("postponements"))).singleElement().satisfies(p -> assertThat(p)
        .containsEntry("meetingDate", "2023-03-31")
        .containsEntry("decisionText", "Punktet blev udsat til næste møde, da KL's koordinationsforum endnu ikke har meldt tilbage."));

    ForumDecisionRecord record = records.require(started.decisionId());
    assertThat(record.status()).isEqualTo(Status.DECIDED);
    assertThat(record.materialSent()).extracting(ForumDecisionRecord.MaterialDispatch::meetingDate).containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 1));
    assertThat(record.decision().outcomeLabel()).isEqualTo("Godkendt");
  }

  @Test
  void meetingCancelledInTheCalendarIsDecidedByWrittenProcedure() {
    // DAS's meeting of 16 January 2017 is cancelled in the meeting calendar ("aflyst grundet få dagsordenspunkter").
    String title = "Revideret udviklingsstrategi 2017 (skriftlig procedure)";
    StartedDecision started = service.start(input("das", title, "2017-01-02"));
    assertThat(started.meetingDate()).isEqualTo("2017-01-16");
    assertThat(started.meetingCancelled()).isTrue();

    for (String party : List.of("aalborg", "broenderslev", "frederikshavn", "hjoerring", "jammerbugt", "laesoe", "mariagerfjord", "morsoe", "rebild", "thisted", "vesthimmerland", "region-nordjylland")) {
      UserTask task = kit.awaitUserTask(started.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains(party));
      kit.completeUserTask(task, party, Map.of("position", party.equals("morsoe") ? "bemaerkninger" : "ingen-bemaerkninger",
          "responseText", party.equals("morsoe") ? "Morsø kan tilslutte sig, men ønsker en status i efteråret." : "", "contactPerson", "DAS-medlem"));
    }
    UserTask note = kit.awaitUserTask(started.processInstanceKey(), "approve-note");
    kit.completeUserTask(note, "sekretariatet", Map.of("noteDecision", "approve"));

    UserTask register = kit.awaitUserTask(started.processInstanceKey(), "register-decision");
    Map<String, Object> beforeDecision = kit.variables(started.processInstanceKey());
    assertThat(beforeDecision).containsEntry("writtenProcedure", true);
    assertThat(map(beforeDecision.get("writtenPositionCounts"))).containsEntry("ingen-bemaerkninger", 11).containsEntry("bemaerkninger", 1);
    kit.completeUserTask(register, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "Godkendt ved skriftlig procedure i DAS-kredsen."));

    kit.awaitCompleted(started.processInstanceKey());
    kit.assertPath(started.processInstanceKey(), "schedule-meeting", "prepare-written-procedure", "written-procedure", "register-decision", "decision-made");
    kit.assertNotPassed(started.processInstanceKey(), "send-material");
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("outcome", "godkendt").containsEntry("meetingDate", "2017-01-16").containsEntry("writtenProcedure", true);
    assertThat(records.require(started.decisionId()).decision().writtenProcedure()).isTrue();
  }

  @Test
  void meetingCancelledWhileWaitingSwitchesToWrittenProcedure() {
    String title = "Takster for Socialtilsyn Nord (aflyst møde)";
    StartedDecision started = service.start(input("fu", title, null));
    LocalDate meeting = LocalDate.parse(started.meetingDate());
    assertThat(meeting).isAfterOrEqualTo(LocalDate.ofInstant(kit.now(), java.time.ZoneId.of("Europe/Copenhagen")));
    kit.awaitPassed(started.processInstanceKey(), "schedule-meeting");

    assertThatThrownBy(() -> service.cancelMeeting("fu", meeting.plusDays(1).toString(), "Ingen"))
        .isInstanceOf(ForumException.class).hasMessageContaining("Ingen sager venter på mødet");
    ForumDecisionController.Cancellation cancellation = service.cancelMeeting("fu", meeting.toString(), "Formanden er syg.");
    assertThat(cancellation.decisionIds()).contains(started.decisionId());

    kit.awaitPassed(started.processInstanceKey(), "prepare-written-procedure");
    kit.assertPath(started.processInstanceKey(), "schedule-meeting", "meeting-cancelled", "prepare-written-procedure");
    kit.assertNotPassed(started.processInstanceKey(), "send-material");
    kit.awaitUserTask(started.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains("thisted"));
    assertThat(records.require(started.decisionId()).status()).isEqualTo(Status.WRITTEN_PROCEDURE);
  }

  @Test
  void decisionRegisteredTwiceIsRefused() {
    String title = "Handleplan for Nordjysk Socialaftale (registreret to gange)";
    StartedDecision started = service.start(input("kdk", title, "2023-05-20"));
    assertThat(started.meetingDate()).isEqualTo("2023-06-08");
    UserTask task = kit.awaitUserTask(started.processInstanceKey(), "register-decision");
    kit.completeUserTask(task, "sekretariatet", Map.of("outcome", "taget-til-efterretning", "decisionText", "KDK tog orienteringen til efterretning."));
    kit.awaitCompleted(started.processInstanceKey());

    assertThatThrownBy(() -> kit.completeUserTask(task, "sekretariatet", Map.of("outcome", "godkendt", "decisionText", "Godkendt.")))
        .hasMessageContaining("but it is in state 'COMPLETED'");
    assertThatThrownBy(() -> decisions.registerDecision(started.decisionId(), LocalDate.of(2023, 6, 8), "godkendt", "Godkendt.", Instant.now()))
        .isInstanceOf(ForumException.class)
        .hasMessage("Beslutningen om '%s' i Kommunaldirektørkredsen er allerede registreret: Taget til efterretning (mødet den 8. juni 2023). Den kan ikke registreres igen.".formatted(title));
    assertThat(records.require(started.decisionId()).decision().outcome()).isEqualTo("taget-til-efterretning");
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("outcome", "taget-til-efterretning");
  }

  @Test
  void invalidDecisionReturnsToTheSecretariat() {
    StartedDecision started = service.start(input("kkr", "Socialtilsyn Nords budget 2024 (ugyldig beslutning)", "2023-06-01"));
    UserTask task = kit.awaitUserTask(started.processInstanceKey(), "register-decision");
    kit.completeUserTask(task, "sekretariatet", Map.of("outcome", "vedtaget", "decisionText", " "));

    UserTask again = kit.awaitUserTask(started.processInstanceKey(), "register-decision", t -> !t.getUserTaskKey().equals(task.getUserTaskKey()));
    assertThat(strings(kit.variables(started.processInstanceKey()).get("decisionProblems")))
        .containsExactly("Ukendt beslutning 'vedtaget'. Brug en af: godkendt, godkendt-med-aendringer, ikke-godkendt, taget-til-efterretning, udsat.",
            "Skriv beslutningen, som den står i referatet.");
    kit.completeUserTask(again, "sekretariatet", Map.of("outcome", "godkendt-med-aendringer", "decisionText", "KKR godkendte budgettet med den ændring, at ..."));
    kit.awaitCompleted(started.processInstanceKey());
    assertThat(kit.variables(started.processInstanceKey())).containsEntry("outcome", "godkendt-med-aendringer").containsEntry("meetingDate", "2023-06-23");
  }

  @Test
  void badInputIsRefusedBeforeAnythingStarts() {
    int before = records.all().size();
    Map<String, Object> input = input("kl-koordinationsforum", "", "2023-13-01");
    input.put("caseWorker", "helle");
    input.put("material", List.of(Map.of("name", "Bilag", "url", "ftp://bilag")));
    assertThatThrownBy(() -> service.start(input))
        .isInstanceOfSatisfying(ForumException.class, e -> assertThat(e.problems()).containsExactly(
            "Ukendt forum 'kl-koordinationsforum'. Kendte fora med møder i mødekalenderen: fu, das, kdk, kkr, kb-aalborg, kb-broenderslev, kb-frederikshavn, kb-hjoerring, kb-jammerbugt, kb-laesoe, kb-mariagerfjord, kb-morsoe, kb-rebild, kb-thisted, kb-vesthimmerland, regionsraadet, socialpolitisk-dialogforum.",
            "Sagen mangler en titel.",
            "Sagsbehandlerens mailadresse 'helle' er ikke gyldig.",
            "Materialet 'Bilag' har ikke et gyldigt link (http:// eller https://): 'ftp://bilag'.",
            "Tidligste dato: '2023-13-01' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01."));
    assertThat(records.all()).hasSize(before);

    Map<String, Object> noMeeting = input("kdk", "Sag uden møde", "2027-12-01");
    assertThatThrownBy(() -> service.start(noMeeting)).isInstanceOf(ForumException.class)
        .hasMessageContaining("Mødekalenderen har intet møde i Kommunaldirektørkredsen (KDK), som materiale fra 1. december 2027 kan nå frem til");
  }

  @Test
  void processStartedWithAnUnknownForumTellsTheCaseWorker() {
    Map<String, Object> input = input("atlantis", "Sag til et forum, der ikke findes", null);
    long instance = kit.start("forum-decision", input);
    kit.awaitCompleted(instance);
    kit.assertPath(instance, "forum-invalid", "notify-problem", "forum-not-treated");
    assertThat(kit.variables(instance)).containsEntry("outcome", "ikke-behandlet");
    MimeMessage mail = kit.awaitMails(1, m -> subject(m).equals("Sagen kan ikke sættes på et møde: Sag til et forum, der ikke findes"), "problem mail").getFirst();
    assertThat(to(mail)).containsExactly(CASE_WORKER);
    assertThat(text(mail)).contains("Ukendt forum 'atlantis'");
  }

  // ---- helpers

  private static Map<String, Object> input(String forum, String title, String earliestDate) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("forum", forum);
    input.put("caseTitle", title);
    input.put("recommendation", "Det indstilles, at " + forum.toUpperCase() + " godkender sagen.");
    if (earliestDate != null) {
      input.put("earliestDate", earliestDate);
    }
    input.put("caseWorker", CASE_WORKER);
    return input;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> listOfMaps(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object value) {
    return (List<String>) value;
  }

  private List<MimeMessage> awaitMaterial(int count, String subject) {
    return kit.awaitMails(count, m -> subject(m).equals(subject), "'" + subject + "'");
  }
}
