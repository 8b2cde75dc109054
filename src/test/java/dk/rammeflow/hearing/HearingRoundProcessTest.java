package dk.rammeflow.hearing;

import static dk.rammeflow.testkit.MailContent.subject;
import static dk.rammeflow.testkit.MailContent.text;
import static dk.rammeflow.testkit.MailContent.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingController.StartedHearing;
import dk.rammeflow.mail.HearingReplyPoller;
import dk.rammeflow.mail.ReviewList;
import dk.rammeflow.mail.SentMailLog;
import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The hearing round end to end on the embedded engine, with real SMTP and IMAP (GreenMail). */
@RammeflowProcessTest
class HearingRoundProcessTest {

  private static final String TITLE = "Udkast til svar på Central Udmelding om tegnsprog";

  @Autowired ProcessTestKit kit;
  @Autowired HearingService hearings;
  @Autowired HearingRecords records;
  @Autowired DocumentStore documents;
  @Autowired SentMailLog sentMail;
  @Autowired HearingReplyPoller replyPoller;
  @Autowired ReviewList reviewList;
  @Autowired JavaMailSender mailSender;
  @Value("${rammeflow.hearing.mail-retry-backoff}") Duration mailRetryBackoff;

  /** The mail job's attempts ({@code retries} of the notify-party tasks). */
  private static final int MAIL_ATTEMPTS = 5;
  @Autowired dk.rammeflow.calendar.CalendarTime time;

  @Test
  void allPartiesAnswerInTasklist() throws Exception {
    StartedHearing hearing = start(List.of("aalborg", "laesoe", "region-nordjylland"));

    List<MimeMessage> invitations = awaitMailsFor(hearing, 3, "Høring:");
    assertThat(invitations).extracting(m -> to(m).getFirst()).containsExactlyInAnyOrder("hoering@aalborg.example", "hoering@laesoe.example", "hoering@rn.example");
    assertThat(to(invitations.getFirst())).hasSize(2);
    MimeMessage toLaesoe = invitations.stream().filter(m -> to(m).contains("hoering@laesoe.example")).findFirst().orElseThrow();
    assertThat(subject(toLaesoe)).contains(TITLE);
    assertThat(text(toLaesoe))
        .contains("Hvordan vil kommunerne sikre tegnsprogstilbud til døve børn?")
        .contains(hearing.deadlineText())
        .contains("Afgiv høringssvar")
        .contains("svare på denne mail");

    answer(hearing, "aalborg", "bemaerkninger", "Aalborg ønsker et afsnit om overgange til voksenområdet.");
    answer(hearing, "laesoe", "ingen-bemaerkninger", "");
    answer(hearing, "region-nordjylland", "kan-ikke-tilslutte-sig", "Regionen kan ikke tilslutte sig finansieringsmodellen – se bilag.");

    UserTask approval = kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    assertThat(approval.getCandidateGroups()).containsExactly("sekretariatet");
    Map<String, Object> variables = kit.variables(hearing.processInstanceKey());
    HearingRecord withNote = records.require(hearing.hearingId());
    assertThat(withNote.status()).isEqualTo(HearingRecord.Status.NOTE_READY);
    assertThat(withNote.noteDocxId()).isEqualTo(((Map<?, ?>) variables.get("noteDocx")).get("documentId"));
    assertThat(withNote.notePdfId()).isEqualTo(((Map<?, ?>) variables.get("notePdf")).get("documentId"));
    assertThat(variables.get("positionCounts")).isEqualTo(Map.of("ingen-bemaerkninger", 1, "bemaerkninger", 1, "kan-ikke-tilslutte-sig", 1));
    assertThat(variables.get("nonResponders")).isEqualTo(List.of());

    String note = noteText(variables);
    assertThat(note)
        .contains("Høringsnotat", TITLE, "Hvordan vil kommunerne sikre tegnsprogstilbud til døve børn?")
        .contains("Aalborg Kommune", "Læsø Kommune", "Region Nordjylland")
        .contains("Aalborg ønsker et afsnit om overgange til voksenområdet.")
        .contains("Regionen kan ikke tilslutte sig finansieringsmodellen – se bilag.")
        .contains("Ingen bemærkninger", "Kan ikke tilslutte sig", "Tasklist");

    kit.completeUserTask(approval, "sekretariatet", Map.of("noteDecision", "approve"));
    kit.awaitCompleted(hearing.processInstanceKey());
    kit.assertPath(hearing.processInstanceKey(), "prepare-hearing", "collect-responses", "compile-note", "approve-note", "close-hearing", "hearing-completed");
    assertThat(records.require(hearing.hearingId()).status()).isEqualTo(HearingRecord.Status.CLOSED);
    assertThat(mailsFor(hearing)).noneMatch(m -> subject(m).startsWith("Påmindelse"));
    assertThat(partyMailsSent(hearing)).hasSize(3);
  }

  @Test
  void partiesAnswerByReplyingToTheMail() throws Exception {
    StartedHearing hearing = start(List.of("thisted", "morsoe"));
    List<MimeMessage> invitations = awaitMailsFor(hearing, 2, "Høring:");
    MimeMessage toThisted = invitations.stream().filter(m -> to(m).contains("hoering@thisted.example")).findFirst().orElseThrow();

    reply(toThisted, "hoering@thisted.example", "Thisted Kommune har ingen bemærkninger ud over vedlagte notat om døgntilbud.", "Thisteds bemærkninger – æøå.pdf");
    replyPoller.pollNow();

    kit.awaitPassed(hearing.processInstanceKey(), "party-answered-by-mail");
    HearingResponse byMail = records.require(hearing.hearingId()).latestResponse("thisted").orElseThrow();
    assertThat(byMail.channel()).isEqualTo("Mail");
    assertThat(byMail.text()).contains("vedlagte notat om døgntilbud").doesNotContain("> ");
    assertThat(byMail.attachments()).extracting(HearingResponse.Attachment::fileName).containsExactly("Thisteds bemærkninger – æøå.pdf");
    assertThat(taskStateOf(hearing, "thisted")).isEqualTo(UserTaskState.CANCELED);

    replyPoller.pollNow();
    assertThat(records.require(hearing.hearingId()).responses()).hasSize(1);

    answer(hearing, "morsoe", "bemaerkninger", "Morsø bakker op.");
    UserTask approval = kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    assertThat(noteText(kit.variables(hearing.processInstanceKey()))).contains("vedlagte notat om døgntilbud", "Thisteds bemærkninger – æøå.pdf", "Mail", "Morsø bakker op.");
    kit.completeUserTask(approval, "sekretariatet", Map.of("noteDecision", "approve"));
    kit.awaitCompleted(hearing.processInstanceKey());
  }

  @Test
  void nobodyAnswersThenALateReplyIsKeptAndMarkedLate() throws Exception {
    List<String> all = List.of("aalborg", "broenderslev", "frederikshavn", "hjoerring", "jammerbugt", "laesoe", "mariagerfjord", "morsoe", "rebild", "thisted", "vesthimmerland", "region-nordjylland");
    StartedHearing hearing = start(all);
    List<MimeMessage> invitations = awaitMailsFor(hearing, 12, "Høring:");

    @SuppressWarnings("unchecked")
    List<String> reminders = (List<String>) kit.variables(hearing.processInstanceKey()).get("reminders");
    assertThat(reminders).hasSize(2);
    moveClockTo(OffsetDateTime.parse(reminders.get(0)).plusMinutes(1));
    awaitMailsFor(hearing, 12, "Påmindelse");
    moveClockTo(OffsetDateTime.parse(reminders.get(1)).plusMinutes(1));
    List<MimeMessage> reminderMails = awaitMailsFor(hearing, 24, "Påmindelse");
    assertThat(text(reminderMails.getLast())).contains("Påmindelse", TITLE);
    passDeadline(hearing);

    UserTask approval = kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    Map<String, Object> variables = kit.variables(hearing.processInstanceKey());
    assertThat((List<?>) variables.get("nonResponders")).hasSize(12);
    assertThat(noteText(variables)).contains("Parter der ikke har svaret", "Vesthimmerlands Kommune", "Læsø Kommune");
    assertThat(records.require(hearing.hearingId()).partyStatus().values()).containsOnly(PartyStatus.NOT_ANSWERED);

    MimeMessage toRebild = invitations.stream().filter(m -> to(m).contains("hoering@rebild.example")).findFirst().orElseThrow();
    reply(toRebild, "hoering@rebild.example", "Beklager det sene svar – Rebild har ingen bemærkninger.", null);
    replyPoller.pollNow();

    HearingResponse late = records.require(hearing.hearingId()).latestResponse("rebild").orElseThrow();
    assertThat(late.late()).isTrue();
    assertThat(late.text()).contains("Beklager det sene svar");
    kit.completeUserTask(approval, "sekretariatet", Map.of("noteDecision", "approve"));
    kit.awaitCompleted(hearing.processInstanceKey());
  }

  @Test
  void deadlineExtensionMovesDueDatesAndTellsThoseWhoHaveNotAnswered() throws Exception {
    StartedHearing hearing = start(List.of("rebild", "jammerbugt"));
    awaitMailsFor(hearing, 2, "Høring:");
    answer(hearing, "rebild", "ingen-bemaerkninger", "");
    kit.awaitPassed(hearing.processInstanceKey(), "party-answered");

    LocalDate newDeadline = LocalDate.parse(hearing.deadline()).plusWeeks(2);
    hearings.extendDeadline(hearing.hearingId(), newDeadline.toString());

    List<MimeMessage> notices = awaitMailsFor(hearing, 1, "Ny høringsfrist");
    assertThat(to(notices.getFirst())).containsExactly("hoering@jammerbugt.example", "poul.brandt@jammerbugt.example");
    assertThat(text(notices.getFirst()))
        .contains("Ny høringsfrist: " + DanishDates.formatWithWeekday(newDeadline))
        .contains("Den hidtidige frist var " + DanishDates.formatWithWeekday(LocalDate.parse(hearing.deadline())) + ".");
    UserTask jammerbugt = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains("jammerbugt") && t.getDueDate() != null && t.getDueDate().toLocalDate().equals(newDeadline));
    assertThat(records.require(hearing.hearingId()).deadline()).isEqualTo(newDeadline);

    kit.moveClockTo(LocalDate.parse(hearing.deadline()).plusDays(1).atTime(2, 0).atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant());
    kit.assertNotPassed(hearing.processInstanceKey(), "record-no-response");
    kit.completeUserTask(jammerbugt, "jammerbugt", Map.of("position", "bemaerkninger", "responseText", "Jammerbugt takker for den ekstra tid.", "contactPerson", "Sara Nielsen"));
    kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    assertThat(records.require(hearing.hearingId()).partyStatus()).containsEntry("jammerbugt", PartyStatus.ANSWERED);
    assertThat(noteText(kit.variables(hearing.processInstanceKey()))).contains("Jammerbugt takker for den ekstra tid.", DanishDates.format(newDeadline));
    assertThat(mailsFor(hearing).stream().filter(m -> subject(m).startsWith("Ny høringsfrist")).toList()).hasSize(1);
  }

  @Test
  void cancellationClosesOpenTasksAndTellsTheParties() throws Exception {
    StartedHearing hearing = start(List.of("mariagerfjord", "vesthimmerland"));
    MimeMessage invitation = awaitMailsFor(hearing, 2, "Høring:").getFirst();
    kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains("mariagerfjord"));

    hearings.cancel(hearing.hearingId(), "Sagen er trukket tilbage af KKR.");

    List<MimeMessage> notices = awaitMailsFor(hearing, 2, "Høringen er annulleret");
    assertThat(text(notices.getFirst())).contains("Sagen er trukket tilbage af KKR.");
    kit.awaitCompleted(hearing.processInstanceKey());
    kit.assertPath(hearing.processInstanceKey(), "hearing-cancelled", "notify-cancellation", "hearing-ended-cancelled");
    assertThat(taskStateOf(hearing, "mariagerfjord")).isEqualTo(UserTaskState.CANCELED);
    assertThat(records.require(hearing.hearingId()).status()).isEqualTo(HearingRecord.Status.CANCELLED);
    assertThatThrownBy(() -> hearings.cancel(hearing.hearingId(), "igen")).isInstanceOf(HearingConflictException.class).hasMessageContaining("annulleret");
    assertThat(kit.variables(hearing.processInstanceKey())).doesNotContainKey("noteDocx");

    int reviewed = reviewList.all().size();
    reply(invitation, to(invitation).getFirst(), "Vores svar kommer her, selv om høringen er annulleret.", null);
    replyPoller.pollNow();
    assertThat(reviewList.all()).hasSize(reviewed + 1);
    assertThat(reviewList.all().getLast().reason()).contains("er annulleret");
    assertThat(records.require(hearing.hearingId()).responses()).isEmpty();
  }

  @Test
  void clarificationReopensOneParty() throws Exception {
    StartedHearing hearing = start(List.of("hjoerring", "frederikshavn"));
    awaitMailsFor(hearing, 2, "Høring:");
    answer(hearing, "hjoerring", "bemaerkninger", "Hjørring foreslår en fælles tolkeordning.");
    answer(hearing, "frederikshavn", "ingen-bemaerkninger", "");

    UserTask approval = kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    kit.completeUserTask(
        approval,
        "sekretariatet",
        Map.of("noteDecision", "clarify", "clarificationPartyId", "hjoerring", "clarificationQuestion", "Hvordan skal tolkeordningen finansieres?", "clarificationWorkingDays", 3));

    List<MimeMessage> asked = awaitMailsFor(hearing, 1, "Uddybning");
    assertThat(to(asked.getFirst())).contains("hoering@hjoerring.example");
    assertThat(text(asked.getFirst())).contains("Hvordan skal tolkeordningen finansieres?");
    UserTask clarification = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains("hjoerring") && t.getState() == UserTaskState.CREATED);
    kit.completeUserTask(clarification, "hjoerring", Map.of("position", "bemaerkninger", "responseText", "Udgifterne deles efter indbyggertal.", "contactPerson", "Ole Højgaard"));

    UserTask secondApproval = kit.awaitUserTask(hearing.processInstanceKey(), "approve-note", t -> !t.getUserTaskKey().equals(approval.getUserTaskKey()));
    assertThat(noteText(kit.variables(hearing.processInstanceKey()))).contains("Hjørring foreslår en fælles tolkeordning.", "Udgifterne deles efter indbyggertal.");
    kit.completeUserTask(secondApproval, "sekretariatet", Map.of("noteDecision", "approve"));
    kit.awaitCompleted(hearing.processInstanceKey());
  }

  /**
   * The mail job's retries wait out their backoff ({@code rammeflow.hearing.mail-retry-backoff}, doubling) in engine
   * time, and the tests' backoff is far longer than any test step: no retry runs until the test moves the engine
   * clock past it. So the mail server is back before the retry however long it takes to see the first failure.
   */
  @Test
  void mailServerBackBeforeTheRetriesRunOutDelaysTheMailsOnly() throws Exception {
    kit.mailServer().greenMail().stop();
    StartedHearing hearing;
    try {
      hearing = start(List.of("rebild"));
      assertThat(kit.awaitFailedJobs(hearing.processInstanceKey(), 1)).as("the mail job failed while the server was down")
          .singleElement().asString().startsWith("send-hearing-mail: ").contains("Mail to [hoering@rebild.example", "(attempt 1)");
    } finally {
      startMailServer();
    }
    assertThat(mailsFor(hearing)).as("nothing is sent before the retry's backoff has passed").isEmpty();

    kit.moveClockTo(kit.now().plus(mailRetryBackoff).plusSeconds(1));
    awaitMailsFor(hearing, 1, "Høring:");
    kit.awaitUserTask(hearing.processInstanceKey(), "submit-response");
    assertThat(kit.incidents(hearing.processInstanceKey())).isEmpty();
    assertThat(kit.failedJobs(hearing.processInstanceKey())).hasSize(1);
    assertThat(mailsFor(hearing)).hasSize(1);
  }

  /** Starts the stopped mail server again and waits until it accepts SMTP connections. */
  private void startMailServer() throws InterruptedException {
    kit.mailServer().greenMail().start();
    int port = kit.mailServer().smtpPort();
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new AssertionError("The mail server did not accept SMTP connections on port " + port + " after a restart");
  }

  @Test
  void mailServerDownUntilTheRetriesRunOutRaisesAnIncidentAndLosesNoMail() throws Exception {
    kit.mailServer().greenMail().stop();
    StartedHearing hearing;
    try {
      hearing = start(List.of("laesoe", "morsoe"));
      // Five attempts per party: after each failed round the clock passes that round's backoff (doubling).
      for (int round = 1; round < MAIL_ATTEMPTS; round++) {
        kit.awaitFailedJobs(hearing.processInstanceKey(), 2 * round);
        kit.moveClockTo(kit.now().plus(mailRetryBackoff.multipliedBy(1L << (round - 1))).plusSeconds(1));
      }
      kit.awaitIncidents(hearing.processInstanceKey(), 2);
      assertThat(kit.failedJobs(hearing.processInstanceKey())).hasSize(2 * MAIL_ATTEMPTS);
      assertThat(kit.incidents(hearing.processInstanceKey())).allMatch(i -> i.startsWith("send-hearing-mail") && i.contains("could not be delivered"));
      assertThat(partyMailsSent(hearing)).isEmpty();
    } finally {
      startMailServer();
    }
    kit.resolveIncidents(hearing.processInstanceKey(), 3);

    awaitMailsFor(hearing, 2, "Høring:");
    kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains("morsoe"));
    assertThat(mailsFor(hearing)).hasSize(2);
    assertThat(partyMailsSent(hearing)).hasSize(2);
  }

  @Test
  void mailRepliesThatCannotCountGoToTheReviewList() throws Exception {
    StartedHearing hearing = start(List.of("broenderslev"));
    MimeMessage invitation = awaitMailsFor(hearing, 1, "Høring:").getFirst();
    answer(hearing, "broenderslev", "bemaerkninger", "Brønderslev svarer i Tasklist.");
    kit.awaitPassed(hearing.processInstanceKey(), "party-answered");
    int reviewed = reviewList.all().size();

    reply(invitation, "hoering@broenderslev.example", "Og her er vores svar pr. mail også.", null);
    MimeMessage forged = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(forged, false, "UTF-8");
    helper.setFrom("hoering@broenderslev.example");
    helper.setTo("hoering@rammeaftale.example");
    helper.setSubject("SV: Høring [RF-aGVqAGJyb2VuZGVyc2xldg.forfalsket]");
    helper.setText("Et svar med en opdigtet kode.");
    mailSender.send(forged);
    replyPoller.pollNow();

    assertThat(reviewList.all()).hasSize(reviewed + 2);
    assertThat(reviewList.all().subList(reviewed, reviewed + 2)).extracting(r -> r.reason())
        .anyMatch(reason -> reason.contains("har allerede afgivet høringssvar"))
        .hasSize(2);
    assertThat(records.require(hearing.hearingId()).responses()).hasSize(1);
  }

  @Test
  void anIncompleteResponseIsNotRecordedAndTheTaskReopensWithTheReason() {
    StartedHearing hearing = start(List.of("vesthimmerland"));
    UserTask task = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response");

    kit.completeUserTask(task, "vesthimmerland", Map.of("position", "kan-ikke-tilslutte-sig", "responseText", " ", "contactPerson", ""));

    UserTask again = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> !t.getUserTaskKey().equals(task.getUserTaskKey()));
    assertThat(again.getCandidateGroups()).containsExactly("vesthimmerland");
    assertThat(kit.latestVariable(hearing.processInstanceKey(), "responseProblem"))
        .isEqualTo("Skriv høringssvaret: holdningen 'Kan ikke tilslutte sig' kræver en tekst. Angiv en kontaktperson.");
    assertThat(records.require(hearing.hearingId()).responses()).isEmpty();

    kit.completeUserTask(again, "vesthimmerland", Map.of("position", "kan-ikke-tilslutte-sig", "responseText", "Vesthimmerland mangler en økonomisk vurdering.", "contactPerson", "Aase Christensen"));
    kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    assertThat(records.require(hearing.hearingId()).latestResponse("vesthimmerland").orElseThrow().text()).isEqualTo("Vesthimmerland mangler en økonomisk vurdering.");
    assertThat(kit.incidents(hearing.processInstanceKey())).isEmpty();
  }

  @Test
  void badInputIsRefusedBeforeAnythingStarts() {
    int before = records.all().size();
    LocalDate today = time.today();
    Map<String, Object> input = input(List.of("aalborg", "atlantis"));
    input.put("title", " ");
    input.put("deadline", today.minusDays(1).toString());
    assertThatThrownBy(() -> hearings.start(input))
        .isInstanceOfSatisfying(HearingException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
            "Høringen mangler en titel.", "Ukendt høringspart: 'atlantis'.",
            "Høringsfristen %s ligger ikke efter i dag (%s).".formatted(today.minusDays(1), today)));
    assertThat(records.all()).hasSize(before);
  }

  @Test
  void wrongTypedTaskVariablesReopenTheTaskWithTheReasonAndNoIncident() {
    StartedHearing hearing = start(List.of("rebild"));
    UserTask task = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response");

    kit.completeUserTask(task, "rebild", Map.of("position", Map.of("code", "bemaerkninger"), "responseText", List.of("et", "svar"), "contactPerson", "Rikke"));

    UserTask again = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> !t.getUserTaskKey().equals(task.getUserTaskKey()));
    assertThat(again.getCandidateGroups()).containsExactly("rebild");
    assertThat(kit.latestVariable(hearing.processInstanceKey(), "responseProblem"))
        .isEqualTo("Holdningen skal være en tekst, ikke et objekt. Høringssvaret skal være en tekst, ikke en liste.");
    assertThat(kit.incidents(hearing.processInstanceKey())).isEmpty();
    assertThat(records.require(hearing.hearingId()).responses()).isEmpty();

    kit.completeUserTask(again, "rebild", Map.of("position", "bemaerkninger", "responseText", "Rebild har en bemærkning.", "contactPerson", "Rikke"));
    kit.awaitUserTask(hearing.processInstanceKey(), "approve-note");
    assertThat(records.require(hearing.hearingId()).latestResponse("rebild").orElseThrow().text()).isEqualTo("Rebild har en bemærkning.");
    assertThat(records.require(hearing.hearingId()).status()).isEqualTo(HearingRecord.Status.NOTE_READY);
  }

  @Test
  void aResponseTextOverTheLimitReopensTheTaskWithTheReason() {
    StartedHearing hearing = start(List.of("morsoe"));
    UserTask task = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response");

    kit.completeUserTask(task, "morsoe", Map.of("position", "bemaerkninger", "responseText", "ø".repeat(HearingSteps.MAX_RESPONSE + 1), "contactPerson", "Mads"));

    kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> !t.getUserTaskKey().equals(task.getUserTaskKey()));
    assertThat(kit.latestVariable(hearing.processInstanceKey(), "responseProblem"))
        .isEqualTo("Høringssvaret: teksten er for lang (%d tegn); højst %d.".formatted(HearingSteps.MAX_RESPONSE + 1, HearingSteps.MAX_RESPONSE));
    assertThat(kit.incidents(hearing.processInstanceKey())).isEmpty();
    assertThat(records.require(hearing.hearingId()).responses()).isEmpty();
  }

  // ---- helpers

  private StartedHearing start(List<String> parties) {
    return hearings.start(input(parties));
  }

  private static Map<String, Object> input(List<String> parties) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", TITLE);
    input.put("questions", List.of("Hvordan vil kommunerne sikre tegnsprogstilbud til døve børn?", "Hvilke fælles løsninger ønskes fremadrettet?"));
    input.put("material", List.of(Map.of("name", "Central Udmelding – tegnsprog", "url", "https://socialstyrelsen.example/cu-tegnsprog.pdf")));
    input.put("parties", new ArrayList<>(parties));
    input.put("caseWorker", "sagsbehandler@rammeaftale.example");
    return input;
  }

  private void answer(StartedHearing hearing, String party, String position, String text) {
    UserTask task = kit.awaitUserTask(hearing.processInstanceKey(), "submit-response", t -> t.getCandidateGroups().contains(party));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("position", position);
    variables.put("responseText", text);
    variables.put("contactPerson", "Kontakt i " + party);
    kit.completeUserTask(task, party, variables);
  }

  private void passDeadline(StartedHearing hearing) {
    moveClockTo(OffsetDateTime.parse((String) kit.variables(hearing.processInstanceKey()).get("deadlineAt")).plusHours(1));
  }

  private void moveClockTo(OffsetDateTime when) {
    kit.moveClockTo(when.toInstant());
  }

  private UserTaskState taskStateOf(StartedHearing hearing, String party) {
    List<Long> family = kit.processInstanceFamily(hearing.processInstanceKey());
    return kit.restClient().newUserTaskSearchRequest().filter(f -> f.candidateGroup(party).elementId("submit-response")).send().join().items().stream()
        .filter(t -> family.contains(t.getProcessInstanceKey()))
        .map(UserTask::getState)
        .findFirst()
        .orElseThrow();
  }

  /** The mails sent to the hearing's parties (not the case worker's). */
  private List<dk.rammeflow.mail.SentMail> partyMailsSent(StartedHearing hearing) {
    return sentMail.withTag("hearingId", hearing.hearingId()).stream().filter(m -> m.tags().containsKey("partyId")).toList();
  }

  /** The hearing's mails to its parties as delivered, one per Message-ID. */
  private List<MimeMessage> mailsFor(StartedHearing hearing) {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    List<String> sentIds = partyMailsSent(hearing).stream().map(s -> s.messageId()).toList();
    for (MimeMessage m : kit.mails()) {
      String id = messageId(m);
      if (sentIds.contains(id)) {
        byId.putIfAbsent(id, m);
      }
    }
    return List.copyOf(byId.values());
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<MimeMessage> awaitMailsFor(StartedHearing hearing, int count, String subjectStart) {
    return kit.awaitMails(
        count,
        m -> subject(m).startsWith(subjectStart) && sentMail.withTag("hearingId", hearing.hearingId()).stream().anyMatch(s -> s.messageId().equals(messageId(m))),
        "'%s…' in hearing %s".formatted(subjectStart, hearing.hearingId()));
  }

  /** A party answers the hearing mail from its own mail client: a reply keeping the subject. */
  private void reply(MimeMessage original, String from, String text, String attachmentName) throws Exception {
    MimeMessage reply = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(reply, attachmentName != null, "UTF-8");
    helper.setFrom(from);
    helper.setTo(original.getReplyTo()[0].toString());
    helper.setSubject("SV: " + subject(original));
    reply.setHeader("In-Reply-To", original.getMessageID());
    helper.setText(text + "\n\nDen 10. januar 2023 skrev Rammeaftalesekretariatet:\n> " + text(original).lines().findFirst().orElse(""));
    if (attachmentName != null) {
      helper.addAttachment(attachmentName, () -> new ByteArrayInputStream("%PDF-1.4 bemærkninger".getBytes()));
    }
    mailSender.send(reply);
  }

  private String noteText(Map<String, Object> variables) throws Exception {
    @SuppressWarnings("unchecked")
    String documentId = (String) ((Map<String, Object>) variables.get("noteDocx")).get("documentId");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.content(documentId)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }
}
