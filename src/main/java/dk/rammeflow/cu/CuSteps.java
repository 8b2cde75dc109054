package dk.rammeflow.cu;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.cu.CuCase.Council;
import dk.rammeflow.cu.CuCase.ForumStep;
import dk.rammeflow.cu.CuCase.Submission;
import dk.rammeflow.cu.CuPlanning.CasePlan;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.forum.DecisionOutcome;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.reference.ForumKind;
import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.PartyKind;
import dk.rammeflow.reference.ReferenceData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The automated steps of {@code central-notification-response}, for its job workers: each takes the step's
 * variables, changes the case in {@link CuCases} and returns the process variables it produces. A case is written
 * only here.
 */
@Component
public class CuSteps {

  private final CuInput input;
  private final CuCases cases;
  private final CuPlanning planning;
  private final CuMails mails;
  private final CuMessages messages;
  private final DocumentStore documents;
  private final MaterialReader materials;
  private final ReferenceData reference;
  private final WorkingDayCalendar workingDays;
  private final DeadlineService deadlines;
  private final CalendarTime clock;

  CuSteps(CuInput input, CuCases cases, CuPlanning planning, CuMails mails, CuMessages messages, DocumentStore documents, MaterialReader materials,
      ReferenceData reference, WorkingDayCalendar workingDays, DeadlineService deadlines, CalendarTime clock) {
    this.input = input;
    this.cases = cases;
    this.planning = planning;
    this.mails = mails;
    this.messages = messages;
    this.documents = documents;
    this.materials = materials;
    this.reference = reference;
    this.workingDays = workingDays;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- start and plan

  /**
   * {@code rammeflow-cu-register}: checks the start input and registers the case for its process instance.
   *
   * @throws CuException with every problem (Danish) when the input is bad
   */
  public Map<String, Object> register(Map<String, Object> variables, long processInstanceKey) {
    CuCase read = input.read(variables, clock.today(), clock.now().toInstant());
    read.runBy(processInstanceKey);
    planning.plan(read, read.today(clock.today()));
    CuCase c = cases.createIfAbsent(read);
    if (c.processInstanceKey() != processInstanceKey) {
      throw new CuException("Sagen '%s' findes allerede.".formatted(c.caseId()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("caseId", c.caseId());
    out.put("round", c.round());
    out.put("historical", c.historical());
    out.put("caseStartDate", c.startDate().toString());
    out.put("caseQuestions", c.questions());
    out.put("caseMaterial", c.material());
    out.put("coordinateWithRegions", c.settings().coordinateWithRegions());
    out.put("discussionRound", c.settings().withDiscussionRound());
    out.put("nextEarliestDate", c.nextEarliestDate().toString());
    // Without the discussion round, FU's treatment of the first draft is its approval (element fu-discussion).
    out.put("forumSteps", Map.of(
        "fuDiscussion", forumStep(c, c.settings().withDiscussionRound() ? CuStage.FU_DISCUSSION : CuStage.FU_APPROVAL),
        "dasDiscussion", forumStep(c, CuStage.DAS_DISCUSSION)));
    out.put("approvalSteps", approvalSteps(c, CuStage.chainSteps(c.settings())));
    out.put("approvalRejected", false);
    out.put("hearingDone", false);
    return out;
  }

  /** {@code rammeflow-cu-notify-invalid}: tells the case worker (or the secretariat) why the case could not be registered. */
  public void notifyInvalid(long processInstanceKey, Object caseWorker, Object title, Object problems) {
    List<String> reasons = problems instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.invalidCase(processInstanceKey, Inputs.plain(caseWorker), Inputs.plain(title), reasons);
  }

  private List<Map<String, Object>> approvalSteps(CuCase c, List<String> steps) {
    return steps.stream().map(s -> forumStep(c, s)).toList();
  }

  private Map<String, Object> forumStep(CuCase c, String step) {
    String forum = CuStage.forumOf(step);
    String shortName = Optional.ofNullable(reference.requireForum(forum).shortName()).orElse(forum.toUpperCase());
    String recommendation = CuStage.isApproval(step)
        ? "Det indstilles, at %s godkender besvarelsen af den centrale udmelding om %s.".formatted(shortName, c.title())
        : "Det indstilles, at %s drøfter første udkast til besvarelse af den centrale udmelding om %s og giver input til det videre arbejde.".formatted(shortName, c.title());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", step);
    m.put("forum", forum);
    m.put("recommendation", recommendation);
    return m;
  }

  /** The plan of what is left, from the case's today. */
  public Map<String, Object> plan(String caseId) {
    CuCase c = cases.require(caseId);
    CasePlan plan = planning.plan(c, c.today(clock.today()));
    cases.update(caseId, k -> k.replan(plan.rows(), plan.fits()));
    return plan.variables();
  }

  /** A negotiated deadline: the plan of what is left, towards the new date. */
  public Map<String, Object> replan(String caseId, LocalDate agreedDeadline) {
    CuCase agreed = cases.update(caseId, k -> k.agreeDeadline(agreedDeadline));
    CasePlan plan = planning.plan(agreed, agreed.today(clock.today()));
    cases.update(caseId, k -> k.replan(plan.rows(), plan.fits()));
    Map<String, Object> out = new LinkedHashMap<>(plan.variables());
    out.put("agreedDeadline", agreedDeadline.toString());
    return out;
  }

  /** Mails the current plan to the case worker ({@code occasion}: start, or the negotiated deadline). */
  public void sendPlan(String caseId, String occasion) {
    CuCase c = cases.require(caseId);
    mails.plan(c, planning.plan(c, c.today(clock.today())), occasion);
  }

  // ---------------------------------------------------------------- drafts and forum steps

  /** The draft given in the first-draft or revision task: a link or an uploaded document. */
  public Map<String, Object> registerDraft(String caseId, String step, Object reference) {
    List<String> problems = new ArrayList<>();
    String name = step.equals(CuStage.FIRST_DRAFT) ? "Første udkast til besvarelse" : "Revideret udkast til besvarelse";
    Optional<Map<String, String>> draft = materials.reference(name, reference, problems);
    if (draft.isEmpty() && problems.isEmpty()) {
      problems.add("Angiv udkastet: et link eller id'et på et uploadet dokument.");
    }
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    CuCase c = cases.update(caseId, k -> {
      k.newDraft(draft.get());
      k.stepDone(step);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("draft", draft.get());
    out.put("caseMaterial", c.material());
    out.put("draftProblems", null);
    // A new draft goes through the whole approval chain again.
    out.put("approvalRejected", false);
    return out;
  }

  /** What a forum decided on a step; in the approval chain, anything but an approval sends the draft back to revision. */
  public Map<String, Object> recordForumStep(String caseId, String step, Map<String, Object> decision) {
    String outcome = Inputs.plain(decision.get("outcome"));
    String meetingDate = Inputs.plain(decision.get("meetingDate"));
    List<?> postponements = decision.get("postponements") instanceof List<?> list ? list : List.of();
    CuCase c = cases.require(caseId);
    ForumStep recorded = new ForumStep(c.round(), step, CuStage.forumOf(step), Inputs.plain(decision.get("decisionId")),
        meetingDate.isEmpty() || outcome.equals("ikke-behandlet") ? null : LocalDate.parse(meetingDate), outcome,
        Inputs.plain(decision.get("outcomeLabel")), Inputs.plain(decision.get("decisionText")), Boolean.TRUE.equals(decision.get("writtenProcedure")),
        postponements.size());
    CuCase updated = cases.update(caseId, k -> k.recordForumStep(recorded));
    boolean approved = DecisionOutcome.of(outcome).map(DecisionOutcome::approves).orElse(false);
    boolean rejected = CuStage.isApproval(step) && !approved;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nextEarliestDate", updated.nextEarliestDate().toString());
    out.put("approvalRejected", rejected);
    if (rejected) {
      Map<String, Object> rejection = new LinkedHashMap<>();
      rejection.put("forum", recorded.forum());
      rejection.put("step", step);
      rejection.put("outcomeLabel", recorded.outcomeLabel());
      rejection.put("decisionText", recorded.decisionText());
      out.put("rejection", rejection);
      // The revised draft goes through the whole approval chain again, FU included.
      out.put("approvalSteps", approvalSteps(updated, CuStage.APPROVAL_CHAIN.stream().map(List::getFirst).toList()));
    }
    return out;
  }

  // ---------------------------------------------------------------- the municipalities' hearing

  /**
   * {@code rammeflow-cu-prepare-hearing}: the input of the hearing round among the 11 municipalities. The hearing
   * round checks its deadline against today, not against a historical case's timeline.
   */
  public Map<String, Object> prepareHearing(String caseId) {
    LocalDate today = clock.today();
    CuCase c = cases.require(caseId);
    String hearingId = "%s-hoering-%d".formatted(caseId, c.hearingCount() + 1);
    cases.update(caseId, k -> k.startHearing(hearingId));
    // The hearing round counts its deadline from today; a planned end still ahead of the minimum is kept.
    Integer hearingWorkingDays = c.settings().hearingWorkingDays();
    LocalDate minimum = hearingWorkingDays != null ? workingDays.addWorkingDays(today, hearingWorkingDays)
        : workingDays.nextWorkingDayOnOrAfter(today.plusWeeks(c.settings().hearingWeeks()));
    LocalDate deadline = minimum;
    Map<String, Object> planned = CuPlanning.row(c.plan(), CuStage.HEARING);
    if (!c.historical() && planned != null && planned.get("end") != null && LocalDate.parse((String) planned.get("end")).isAfter(minimum)) {
      deadline = LocalDate.parse((String) planned.get("end"));
    }
    List<String> questions = new ArrayList<>(c.questions());
    questions.add("Har jeres kommune bemærkninger til udkastet til den fælles besvarelse?");
    Map<String, Object> hearing = new LinkedHashMap<>();
    hearing.put("hearingId", hearingId);
    hearing.put("title", "Udkast til besvarelse af central udmelding om " + c.title());
    hearing.put("questions", questions);
    hearing.put("material", c.material());
    hearing.put("parties", municipalities());
    hearing.put("deadline", deadline.toString());
    hearing.put("caseWorker", c.caseWorker());
    return Map.of("municipalHearing", hearing);
  }

  private List<String> municipalities() {
    return reference.parties().stream().filter(p -> p.kind() == PartyKind.MUNICIPALITY).map(p -> p.id()).toList();
  }

  /** The hearing's result: its note joins the material, or its problems send the draft back to revision. */
  public Map<String, Object> recordHearing(String caseId, Object noteDocx, Object validationErrors) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> problems = validationErrors instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    if (!problems.isEmpty() || !(noteDocx instanceof Map<?, ?> note) || Inputs.plain(note.get("documentId")).isEmpty()) {
      out.put("hearingDone", false);
      out.put("hearingProblems", problems.isEmpty() ? List.of("Høringen blev ikke gennemført (annulleret).") : problems);
      return out;
    }
    Map<String, String> item = new LinkedHashMap<>();
    item.put("name", "Høringsnotat fra kommunernes høring");
    item.put("documentId", Inputs.plain(note.get("documentId")));
    item.put("url", materials.documentUrl(Inputs.plain(note.get("documentId"))));
    CuCase c = cases.update(caseId, k -> {
      k.hearingNote(item);
      k.stepDone(CuStage.HEARING);
    });
    out.put("hearingDone", true);
    out.put("hearingProblems", null);
    out.put("caseMaterial", c.material());
    return out;
  }

  // ---------------------------------------------------------------- political approval and submission

  /** Sends the approved response to the 11 councils with the due date of their approval. */
  public Map<String, Object> requestCouncilApproval(String caseId) {
    CuCase c = cases.require(caseId);
    LocalDate sendOn = c.submissionDate(clock.today());
    LocalDate due = workingDays.previousWorkingDayOnOrBefore(sendOn.plusWeeks(c.settings().councilApprovalWeeks()));
    LocalDate reminder = workingDays.workingDaysBefore(due, c.settings().councilReminderWorkingDays());
    List<Council> councils = reference.fora().stream()
        .filter(f -> f.kind() == ForumKind.COUNCIL && reference.party(f.party()).map(p -> p.kind() == PartyKind.MUNICIPALITY).orElse(false))
        .map(f -> new Council(f.id(), f.name(), f.party(), f.members().stream().map(ForumMember::email).toList(), null, null, List.of()))
        .toList();
    CuCase updated = cases.update(caseId, k -> k.startCouncilApproval(due, reminder, councils));
    String kkr = kkrText(updated);
    for (Council council : updated.councils()) {
      if (!council.approved()) {
        mails.councilRequest(updated, council, updated.draft(), kkr);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("councils", updated.councils().stream().map(k -> Map.of("id", k.id(), "name", k.name())).toList());
    out.put("councilDueDate", due.toString());
    out.put("councilDueDateText", DanishDates.formatWithWeekday(due));
    out.put("councilReminderDate", reminder.toString());
    return out;
  }

  private static String kkrText(CuCase c) {
    return c.forumSteps().stream()
        .filter(s -> s.round() == c.round() && s.step().equals(CuStage.KKR_APPROVAL) && s.meetingDate() != null)
        .reduce((a, b) -> b)
        .map(s -> "KKR Nordjylland godkendte besvarelsen den " + DanishDates.format(s.meetingDate()) + ".")
        .orElse(null);
  }

  /**
   * Sends the response to Socialstyrelsen, marked "med forbehold for politisk godkendelse" while not every council
   * has approved, and gives the process the periods until the councils' reminder and due date. They count from the
   * submission in the case's own time, so a historical case plays its summer of approvals forward from now.
   */
  public Map<String, Object> submit(String caseId, Object responseDocumentId) {
    String documentId = Inputs.plain(responseDocumentId);
    Optional<StoredDocument> response = documentId.isEmpty() ? Optional.empty() : documents.find(documentId);
    if (response.isEmpty()) {
      throw new CuException(documentId.isEmpty()
          ? "Vedhæft den endelige besvarelse (upload dokumentet og angiv dets id)."
          : "Dokumentet '%s' findes ikke. Upload den endelige besvarelse igen.".formatted(documentId));
    }
    CuCase c = cases.require(caseId);
    LocalDate sentOn = c.submissionDate(clock.today());
    List<String> approved = c.councils().stream().filter(Council::approved).map(Council::id).toList();
    boolean withReservation = approved.size() < c.councils().size() || c.councils().isEmpty();
    mails.submission(c, response.get(), sentOn, withReservation, approved.size(), kkrText(c));
    cases.update(caseId, k -> k.submit(new Submission(k.round(), sentOn, withReservation, approved, response.get().fileName(), clock.now().toInstant())));

    ZonedDateTime now = clock.now();
    ZonedDateTime caseNow = c.historical() ? sentOn.atTime(now.toLocalTime()).atZone(CalendarTime.ZONE) : now;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("submittedOn", sentOn.toString());
    out.put("withReservation", withReservation);
    out.put("councilReminderIn", until(caseNow, deadlines.reminderAt(c.councilReminderDate())));
    out.put("councilDueIn", until(caseNow, deadlines.deadlineAt(c.councilDueDate())));
    out.put("submitProblems", null);
    return out;
  }

  private static String until(ZonedDateTime from, ZonedDateTime to) {
    Duration duration = Duration.between(from, to);
    return (duration.isNegative() ? Duration.ZERO : duration).toString();
  }

  public boolean councilApproved(String caseId, String councilId) {
    return cases.require(caseId).council(councilId).map(Council::approved).orElse(false);
  }

  /**
   * {@code rammeflow-cu-record-council-approval}: records a council's approval from the message
   * {@code cu-council-approved} (the API checked it before it published the message). The first approval is kept.
   */
  public void recordCouncilApproval(String caseId, String councilId, Object approvedOn, Object note) {
    CuCase c = cases.require(caseId);
    LocalDate date = Inputs.plain(approvedOn).isEmpty() ? c.today(clock.today()) : LocalDate.parse(Inputs.plain(approvedOn).substring(0, 10));
    cases.update(caseId, k -> k.approve(councilId, date, Inputs.plain(note).isEmpty() ? null : Inputs.plain(note)));
    // The council's wait (once the response is submitted) ends; before that, the wait finds the approval recorded.
    messages.publish(CuMessages.COUNCIL_APPROVAL_RECORDED, caseId + "/" + councilId, "approved:%s/%s:%d".formatted(caseId, councilId, c.round()), Map.of());
  }

  /** A reminder to a council that has not approved, some working days before the due date. */
  public void remindCouncil(String caseId, String councilId) {
    CuCase c = cases.require(caseId);
    Council council = c.council(councilId).orElseThrow();
    if (council.approved()) {
      return;
    }
    mails.councilReminder(c, council, false);
    cases.update(caseId, k -> k.reminded(councilId, c.historical() ? c.councilReminderDate() : clock.today()));
  }

  /** The due date passed: a reminder to each council still missing, and the status table to the secretariat. */
  public Map<String, Object> councilDeadlinePassed(String caseId) {
    CuCase c = cases.require(caseId);
    LocalDate on = c.historical() ? workingDays.addWorkingDays(c.councilDueDate(), 1) : clock.today();
    List<String> missing = new ArrayList<>();
    for (Council council : c.councils()) {
      if (!council.approved()) {
        mails.councilReminder(c, council, true);
        cases.update(caseId, k -> k.reminded(council.id(), on));
        missing.add(council.id());
      }
    }
    mails.councilStatus(cases.require(caseId), false);
    return Map.of("councilsMissing", missing);
  }

  /** Every council has approved: the secretariat is told, and Socialstyrelsen when the response went with reservation. */
  public void allCouncilsApproved(String caseId) {
    CuCase c = cases.require(caseId);
    mails.councilStatus(c, true);
    if (c.currentSubmission().map(Submission::withReservation).orElse(false)) {
      mails.approvalNotice(c);
    }
  }

  // ---------------------------------------------------------------- after the submission

  /** {@code rammeflow-cu-answer-follow-up}: records the answer to a follow-up question and mails it to Socialstyrelsen. */
  public void answerFollowUp(String caseId, String followUpId, Object answer) {
    List<String> problems = new ArrayList<>();
    String text = Inputs.requiredText(answer, "Svaret", Inputs.MAX_TEXT, "Skriv svaret på spørgsmålet.", problems);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    CuCase c = cases.update(caseId, k -> k.answerFollowUp(followUpId, text, k.today(clock.today())));
    mails.followUpAnswer(c, c.followUp(followUpId).orElseThrow(() -> new CuException("Spørgsmålet '%s' findes ikke i sagen.".formatted(followUpId))));
  }

  /**
   * Socialstyrelsen's outcome: accepted or an operating order close the case; a renewed Central Udmelding starts
   * the next round with the new deadline (and document).
   */
  public Map<String, Object> close(String caseId, Object outcomeValue, Object text, Object newDeadline, Object newDocument) {
    AgencyOutcome outcome = AgencyOutcome.of(Inputs.plain(outcomeValue))
        .orElseThrow(() -> new CuException("Ukendt afgørelse '%s'.".formatted(Inputs.plain(outcomeValue))));
    CuCase c = cases.require(caseId);
    LocalDate today = c.today(clock.today());
    CuCase.Outcome registered = new CuCase.Outcome(c.round(), outcome.value(), outcome.label(), Inputs.plain(text), today);
    Map<String, Object> out = new LinkedHashMap<>();
    if (outcome == AgencyOutcome.RENEWED) {
      LocalDate deadline = LocalDate.parse(Inputs.plain(newDeadline).substring(0, 10));
      Map<String, String> document = newDocument instanceof Map<?, ?> map ? stringMap(map) : null;
      CuCase renewed = cases.update(caseId, k -> k.renew(registered, deadline, document));
      out.put("renewed", true);
      out.put("round", renewed.round());
      out.put("caseMaterial", renewed.material());
      out.put("hearingDone", false);
      out.put("approvalRejected", false);
      out.put("nextEarliestDate", renewed.nextEarliestDate().toString());
      return out;
    }
    cases.update(caseId, k -> k.close(registered, clock.now().toInstant()));
    out.put("renewed", false);
    return out;
  }

  private static Map<String, String> stringMap(Map<?, ?> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        out.put(String.valueOf(k), String.valueOf(v));
      }
    });
    return out;
  }
}
