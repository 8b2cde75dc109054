package dk.rammeflow.socialagreement;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.calendar.MeetingSlot;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.forum.DecisionOutcome;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.reference.ForumKind;
import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.socialagreement.SocialAgreementCase.Council;
import dk.rammeflow.socialagreement.SocialAgreementCase.Initiative;
import dk.rammeflow.socialagreement.SocialAgreementCase.StatusReport;
import dk.rammeflow.socialagreement.SocialAgreementCase.StepRecord;
import dk.rammeflow.socialagreement.SocialAgreementPlanning.AgreementPlan;
import dk.rammeflow.socialagreement.SocialAgreementStage.Step;
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
 * The automated steps of {@code social-agreement}, for its job workers: each takes the step's variables, changes the
 * case in {@link SocialAgreementCases} and returns the process variables it produces. A case is written only here.
 */
@Component
public class SocialAgreementSteps {

  static final int COUNCIL_REMINDER_WORKING_DAYS = 10;
  static final int STATUS_REPORT_WORKING_DAYS = 5;
  static final int LOCAL_HEARING_WEEKS = 6;

  private final SocialAgreementInput input;
  private final SocialAgreementCases cases;
  private final SocialAgreementPlanning planning;
  private final SocialAgreementMails mails;
  private final MaterialReader materials;
  private final ReferenceData reference;
  private final WorkingDayCalendar workingDays;
  private final MeetingCalendar meetings;
  private final DeadlineService deadlines;
  private final CalendarTime clock;

  SocialAgreementSteps(SocialAgreementInput input, SocialAgreementCases cases, SocialAgreementPlanning planning, SocialAgreementMails mails,
      MaterialReader materials, ReferenceData reference, WorkingDayCalendar workingDays, MeetingCalendar meetings, DeadlineService deadlines,
      CalendarTime clock) {
    this.input = input;
    this.cases = cases;
    this.planning = planning;
    this.mails = mails;
    this.materials = materials;
    this.reference = reference;
    this.workingDays = workingDays;
    this.meetings = meetings;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- start and plan

  /**
   * {@code rammeflow-social-agreement-register}: checks the start input, plans the agreement and registers the case.
   *
   * @throws SocialAgreementException with every problem (Danish) when the input is bad
   */
  public Map<String, Object> register(Map<String, Object> variables, long processInstanceKey) {
    SocialAgreementCase read = input.read(variables, clock.today(), clock.now().toInstant());
    read.runBy(processInstanceKey);
    AgreementPlan plan = plan(read);
    read.replan(plan.rows(), plan.fits(), plan.warnings());
    SocialAgreementCase c = cases.createIfAbsent(read);
    if (c.processInstanceKey() != processInstanceKey) {
      throw new SocialAgreementException("Sagen '%s' findes allerede.".formatted(c.caseId()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("caseId", c.caseId());
    out.put("title", c.title());
    out.put("historical", c.historical());
    out.put("electionYear", c.electionYear());
    out.put("supplyDemandReview", c.supplyDemandReview());
    out.put("planFits", plan.fits());
    out.put("nextEarliestDate", c.nextEarliestDate().toString());
    out.put("agreementMaterial", c.material());
    out.put("agreementSteps", SocialAgreementStage.steps(c.electionYear(), c.supplyDemandReview()).stream().map(s -> stepVariable(c, s)).toList());
    return out;
  }

  AgreementPlan plan(SocialAgreementCase c) {
    return planning.plan(c.title(), c.firstYear(), c.electionYear(), c.supplyDemandReview(), c.startDate());
  }

  private Map<String, Object> stepVariable(SocialAgreementCase c, Step step) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", step.key());
    m.put("label", step.label());
    m.put("kind", step.kind().name().toLowerCase());
    m.put("forum", step.forum());
    m.put("approval", step.approval());
    m.put("recommendation", step.kind() == SocialAgreementStage.Kind.FORUM ? recommendation(c, step) : null);
    Map<String, Object> row = c.plan().stream().filter(r -> step.key().equals(r.get("key"))).findFirst().orElse(Map.of());
    m.put("plannedStart", row.get("start"));
    m.put("plannedEnd", row.get("end"));
    return m;
  }

  private String recommendation(SocialAgreementCase c, Step step) {
    String forum = Optional.ofNullable(reference.requireForum(step.forum()).shortName()).orElse(step.forum().toUpperCase());
    return switch (step.key()) {
      case "framing-fu" -> "Det indstilles, at %s drøfter rammerne for %s: fokusområder, overskrift og inddragelse af de relevante aktører.".formatted(forum, c.title());
      case "framing-das", "framing-kdk", "framing-kkr" ->
          "Det indstilles, at %s godkender rammerne for %s: fokusområderne (%s), overskriften og inddragelsen af de relevante aktører som angivet i tidsplanen."
              .formatted(forum, c.title(), String.join(", ", c.focusAreas()));
      case SocialAgreementStage.CAPACITY_DECISION ->
          "Det indstilles, at %s på baggrund af arbejdsgruppens kvalificering beslutter, om der skal arbejdes videre med kapaciteten for de udpegede målgrupper (go/no-go)."
              .formatted(forum);
      case "initiatives-fu" -> "Det indstilles, at %s drøfter forslagene til nye initiativer under fokusområderne i %s.".formatted(forum, c.title());
      case "first-reading-das", "first-reading-kkr" -> "Det indstilles, at %s førstebehandler udkastet til %s og giver input.".formatted(forum, c.title());
      default -> "Det indstilles, at %s godkender %s.".formatted(forum, c.title());
    };
  }

  /** {@code rammeflow-social-agreement-notify-invalid}: tells the case worker why the agreement could not be registered. */
  public void notifyInvalid(long processInstanceKey, Object caseWorker, Object period, Object problems) {
    List<String> reasons = problems instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.invalid(processInstanceKey, Inputs.plain(caseWorker), Inputs.plain(period), reasons);
  }

  /** {@code rammeflow-social-agreement-send-plan}: mails the tidsplan to the case worker. */
  public void sendPlan(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    mails.plan(c, plan(c));
  }

  // ---------------------------------------------------------------- steps

  /** What a forum decided on a step; an approval step not approved sends the draft back for revision. */
  public Map<String, Object> recordForumStep(String caseId, String stepKey, Map<String, Object> decision) {
    String outcome = Inputs.plain(decision.get("outcome"));
    String meetingDate = Inputs.plain(decision.get("meetingDate"));
    List<?> postponements = decision.get("postponements") instanceof List<?> list ? list : List.of();
    SocialAgreementCase c = cases.require(caseId);
    Optional<Step> step = SocialAgreementStage.steps(c.electionYear(), c.supplyDemandReview()).stream().filter(s -> s.key().equals(stepKey)).findFirst();
    LocalDate held = meetingDate.isEmpty() || outcome.equals("ikke-behandlet") ? null : LocalDate.parse(meetingDate.substring(0, 10));
    String forum = step.map(Step::forum).orElse(stepKey.endsWith("-fu") ? "fu" : stepKey.endsWith("-das") ? "das" : null);
    String label = step.map(Step::label).orElse(switch (stepKey) {
      case "action-plan-fu" -> "FU godkender handleplanen";
      case "action-plan-das" -> "DAS godkender handleplanen";
      default -> stepKey;
    });
    StepRecord recorded = new StepRecord(stepKey, label, "forum", forum,
        Inputs.plain(decision.get("decisionId")), held, outcome, Inputs.plain(decision.get("outcomeLabel")), Inputs.plain(decision.get("decisionText")),
        Boolean.TRUE.equals(decision.get("writtenProcedure")), postponements.size());
    boolean approved = DecisionOutcome.of(outcome).map(DecisionOutcome::approves).orElse(false);
    SocialAgreementCase updated = cases.update(caseId, k -> {
      k.recordStep(recorded, held == null ? null : held.plusDays(1));
      if (stepKey.equals(SocialAgreementStage.CAPACITY_DECISION)) {
        k.capacityDecision(approved ? "go" : "no-go");
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nextEarliestDate", updated.nextEarliestDate().toString());
    out.put("stepRejected", step.map(Step::approval).orElse(false) && !approved);
    return out;
  }

  /**
   * A task of the secretariat done (or a revision after a forum did not approve): the date it was done and its
   * document, which joins the material.
   */
  public Map<String, Object> recordTaskStep(String caseId, String stepKey, Object completedOn, Object stepNote, Object documentReference) {
    SocialAgreementCase c = cases.require(caseId);
    List<String> problems = new ArrayList<>();
    LocalDate done = Inputs.date(completedOn, "Datoen", problems);
    String note = Inputs.text(stepNote, "Bemærkningen", Inputs.MAX_TEXT, problems);
    String label = SocialAgreementStage.steps(c.electionYear(), c.supplyDemandReview()).stream().filter(s -> s.key().equals(stepKey))
        .map(Step::label).findFirst().orElse(stepKey.endsWith("-revision") ? "Udkastet revideres" : stepKey);
    Optional<Map<String, String>> document = materials.reference(documentName(stepKey, c), documentReference, problems);
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    LocalDate on = done == null ? c.today(clock.today()) : done;
    SocialAgreementCase updated = cases.update(caseId, k -> {
      k.recordStep(new StepRecord(stepKey, label, "task", null, null, on, "udfoert", "Udført", note, false, 0), on.plusDays(1));
      document.ifPresent(k::addMaterial);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nextEarliestDate", updated.nextEarliestDate().toString());
    out.put("agreementMaterial", updated.material());
    return out;
  }

  private static String documentName(String stepKey, SocialAgreementCase c) {
    return switch (stepKey) {
      case "draft", "finalize", "layout" -> "Udkast til " + c.title();
      default -> stepKey.endsWith("-revision") ? "Udkast til " + c.title() : "Materiale: " + stepKey;
    };
  }

  /** {@code rammeflow-social-agreement-prepare-hearing}: the focus areas to Regionsrådet and the 11 municipalities for local political treatment. */
  public Map<String, Object> prepareHearing(String caseId, String stepKey) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate today = clock.today();
    LocalDate deadline = workingDays.nextWorkingDayOnOrAfter(today.plusWeeks(LOCAL_HEARING_WEEKS));
    Map<String, Object> row = c.plan().stream().filter(r -> stepKey.equals(r.get("key"))).findFirst().orElse(Map.of());
    if (!c.historical() && row.get("end") != null && LocalDate.parse((String) row.get("end")).isAfter(deadline)) {
      deadline = LocalDate.parse((String) row.get("end"));
    }
    Map<String, Object> hearing = new LinkedHashMap<>();
    hearing.put("hearingId", "%s-%s".formatted(caseId, stepKey));
    hearing.put("title", "Fokusområderne i %s til lokal politisk behandling".formatted(c.title()));
    hearing.put("questions", List.of("Har kommunalbestyrelsen/byrådet eller regionsrådet bemærkninger til fokusområderne: " + String.join(", ", c.focusAreas()) + "?"));
    hearing.put("material", c.material());
    hearing.put("parties", reference.parties().stream().map(p -> p.id()).toList());
    hearing.put("deadline", deadline.toString());
    hearing.put("caseWorker", c.caseWorker());
    return Map.of("localHearing", hearing);
  }

  /** The hearing's note joins the material; the step is done at the hearing's deadline (a historical case: its planned end). */
  public Map<String, Object> recordHearing(String caseId, String stepKey, Object hearingNoteDocx, Object hearingValidationErrors) {
    SocialAgreementCase c = cases.require(caseId);
    List<String> problems = hearingValidationErrors instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    Map<String, Object> row = c.plan().stream().filter(r -> stepKey.equals(r.get("key"))).findFirst().orElse(Map.of());
    LocalDate on = c.historical() && row.get("end") != null ? LocalDate.parse((String) row.get("end")) : clock.today();
    String documentId = hearingNoteDocx instanceof Map<?, ?> note ? Inputs.plain(note.get("documentId")) : "";
    SocialAgreementCase updated = cases.update(caseId, k -> {
      k.recordStep(new StepRecord(stepKey, "Fokusområderne til lokal politisk behandling", "hearing", null, null, on,
          problems.isEmpty() ? "hoert" : "ikke-gennemfoert", problems.isEmpty() ? "Hørt" : "Ikke gennemført", String.join(" ", problems), false, 0), on.plusDays(1));
      if (!documentId.isEmpty()) {
        k.addMaterial(Map.of("name", "Høringsnotat: fokusområderne", "documentId", documentId, "url", materials.documentUrl(documentId)));
      }
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nextEarliestDate", updated.nextEarliestDate().toString());
    out.put("agreementMaterial", updated.material());
    return out;
  }

  // ---------------------------------------------------------------- local political approval

  /**
   * {@code rammeflow-social-agreement-request-local-approval}: the agreement to Regionsrådet and the 11 councils, due
   * by the last working day before 1 December; the periods until the reminder and the due date count from the case's
   * today, so a historical case plays its autumn of approvals forward from now.
   */
  public Map<String, Object> requestLocalApproval(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate sendOn = c.today(clock.today());
    LocalDate due = workingDays.previousWorkingDayOnOrBefore(SocialAgreementStage.deadline(c.firstYear()).minusDays(1));
    LocalDate reminder = workingDays.workingDaysBefore(due, COUNCIL_REMINDER_WORKING_DAYS);
    List<Council> councils = reference.fora().stream().filter(f -> f.kind() == ForumKind.COUNCIL)
        .map(f -> new Council(f.id(), f.name(), f.members().stream().map(ForumMember::email).toList(), null, null, null, List.of()))
        .toList();
    SocialAgreementCase updated = cases.update(caseId, k -> k.startLocalApproval(due, reminder, councils));
    for (Council council : updated.councils()) {
      mails.councilRequest(updated, council);
    }
    ZonedDateTime now = clock.now();
    ZonedDateTime caseNow = c.historical() ? sendOn.atTime(now.toLocalTime()).atZone(CalendarTime.ZONE) : now;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("councils", updated.councils().stream().map(k -> Map.of("id", k.id(), "name", k.name())).toList());
    out.put("councilDueDate", due.toString());
    out.put("councilReminderIn", until(caseNow, deadlines.reminderAt(reminder)));
    out.put("councilDueIn", until(caseNow, deadlines.deadlineAt(due)));
    return out;
  }

  private static String until(ZonedDateTime from, ZonedDateTime to) {
    Duration duration = Duration.between(from, to);
    return (duration.isNegative() ? Duration.ZERO : duration).toString();
  }

  /** {@code rammeflow-social-agreement-record-council-decision}: a council's decision (checked by the API); the first one is kept. */
  public void recordCouncilDecision(String caseId, String councilId, Object decidedOn, Object approved, Object decisionNote) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate on = Inputs.plain(decidedOn).isEmpty() ? c.today(clock.today()) : LocalDate.parse(Inputs.plain(decidedOn).substring(0, 10));
    String note = Inputs.plain(decisionNote);
    cases.update(caseId, k -> k.decide(councilId, on, !Boolean.FALSE.equals(approved) && !"false".equals(Inputs.plain(approved)), note.isEmpty() ? null : note));
  }

  /** {@code rammeflow-social-agreement-remind-council}: a reminder to a council that has not decided, before the due date. */
  public void remindCouncil(String caseId, String councilId) {
    SocialAgreementCase c = cases.require(caseId);
    Council council = c.council(councilId).orElseThrow();
    if (council.decided()) {
      return;
    }
    mails.councilReminder(c, council, false);
    cases.update(caseId, k -> k.reminded(councilId, c.historical() ? c.councilReminderDate() : clock.today()));
  }

  /** {@code rammeflow-social-agreement-local-deadline-passed}: a rykker to each council still missing, and the status table. */
  public Map<String, Object> localDeadlinePassed(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate on = c.historical() ? workingDays.addWorkingDays(c.councilDueDate(), 1) : clock.today();
    List<String> missing = new ArrayList<>();
    for (Council council : c.councils()) {
      if (!council.decided()) {
        mails.councilReminder(c, council, true);
        cases.update(caseId, k -> k.reminded(council.id(), on));
        missing.add(council.id());
      }
    }
    mails.councilStatus(cases.require(caseId), false);
    return Map.of("councilsMissing", missing);
  }

  /**
   * {@code rammeflow-social-agreement-adopt}: every council and Regionsrådet has decided: the agreement is adopted on
   * the last decision, the status table goes to the secretariat, and the handleplan task gets its focus areas.
   */
  public Map<String, Object> adopt(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate last = c.councils().stream().map(Council::decidedOn).filter(d -> d != null).max(LocalDate::compareTo).orElse(c.today(clock.today()));
    SocialAgreementCase adopted = cases.update(caseId, k -> k.adopt(last));
    mails.councilStatus(adopted, true);
    StringBuilder draft = new StringBuilder();
    for (String area : adopted.focusAreas()) {
      draft.append(area).append(": \n");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("adoptedOn", last.toString());
    out.put("nextEarliestDate", adopted.nextEarliestDate().toString());
    out.put("actionPlan", draft.toString());
    out.put("rejectedBy", adopted.councils().stream().filter(k -> Boolean.FALSE.equals(k.approved())).map(Council::name).toList());
    return out;
  }

  // ---------------------------------------------------------------- handleplan

  /**
   * {@code rammeflow-social-agreement-register-action-plan}: the handleplan, one initiative a line as
   * {@code Fokusområde: initiativ}; the focus area is one of the agreement's (by name or number).
   */
  public Map<String, Object> registerActionPlan(String caseId, Object actionPlan, Object completedOn) {
    SocialAgreementCase c = cases.require(caseId);
    List<String> problems = new ArrayList<>();
    List<String> lines = Inputs.lines(actionPlan, "Handleplanen", problems);
    LocalDate done = Inputs.date(completedOn, "Datoen", problems);
    List<Initiative> initiatives = new ArrayList<>();
    List<String> areas = c.focusAreas();
    for (String line : lines) {
      int colon = line.indexOf(':');
      String area = colon < 0 ? "" : line.substring(0, colon).trim();
      String title = colon < 0 ? line.trim() : line.substring(colon + 1).trim();
      if (title.isEmpty()) {
        continue;
      }
      int number = areas.indexOf(area) + 1;
      if (number == 0 && area.matches("\\d+") && Integer.parseInt(area) >= 1 && Integer.parseInt(area) <= areas.size()) {
        number = Integer.parseInt(area);
      }
      if (number == 0) {
        problems.add("'%s': skriv initiativet efter sit fokusområde, f.eks. '%s: %s'.".formatted(line, areas.isEmpty() ? "1" : areas.getFirst(), title));
        continue;
      }
      int n = number;
      long index = initiatives.stream().filter(i -> i.focusArea() == n).count() + 1;
      initiatives.add(new Initiative("i%d-%d".formatted(number, index), number, title, "Ikke påbegyndt", null, null, null));
    }
    if (initiatives.isEmpty() && problems.isEmpty()) {
      problems.add("Handleplanen skal have mindst ét initiativ under et fokusområde.");
    }
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    LocalDate on = done == null ? c.today(clock.today()) : done;
    SocialAgreementCase updated = cases.update(caseId, k -> {
      k.actionPlan(initiatives);
      k.recordStep(new StepRecord("action-plan", "Sekretariatet udarbejder handleplanen", "task", null, null, on, "udfoert", "Udført", null, false, 0), on.plusDays(1));
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("initiatives", initiativeOptions(updated));
    out.put("nextEarliestDate", updated.nextEarliestDate().toString());
    out.put("actionPlanRecommendation", "Det indstilles, at forummet godkender handleplanen for udmøntning af %s med %d initiativer.".formatted(c.title(), initiatives.size()));
    out.put("actionPlanProblems", null);
    return out;
  }

  private static List<Map<String, String>> initiativeOptions(SocialAgreementCase c) {
    return c.initiatives().stream().filter(i -> !i.implemented()).map(i -> Map.of("value", i.id(), "label", i.title() + " (" + i.status() + ")")).toList();
  }

  /**
   * {@code rammeflow-social-agreement-plan-status-report}: the next DAS meeting for a status on the handleplan, and
   * when the secretariat's status task opens ({@value #STATUS_REPORT_WORKING_DAYS} working days before its material deadline).
   */
  public Map<String, Object> planStatusReport(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    MeetingSlot slot = meetings.nextMeeting("das", c.today(clock.today()));
    LocalDate opens = workingDays.workingDaysBefore(slot.materialDeadline(), STATUS_REPORT_WORKING_DAYS);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("statusReportAt", CalendarTime.iso(deadlines.reminderAt(opens)));
    out.put("statusMeetingDate", slot.date().toString());
    out.put("statusEarliestDate", slot.materialDeadline().toString());
    out.put("statusNumber", c.statusReports().size() + 1);
    out.put("initiativeOptions", initiativeOptions(c));
    return out;
  }

  /** {@code rammeflow-social-agreement-record-status-report}: the status for DAS, with the initiatives proposed as implemented. */
  public Map<String, Object> recordStatusReport(String caseId, Object statusSummary, Object proposedImplemented) {
    SocialAgreementCase c = cases.require(caseId);
    List<String> problems = new ArrayList<>();
    String summary = Inputs.requiredText(statusSummary, "Status", Inputs.MAX_TEXT, "Skriv status på udmøntningen.", problems);
    List<String> proposed = Inputs.idList(proposedImplemented, "Initiativerne", problems).stream().filter(id -> c.initiative(id).isPresent()).toList();
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    SocialAgreementCase updated = cases.update(caseId, k -> k.statusReport(new StatusReport(k.statusReports().size() + 1, summary, proposed, null, null)));
    List<String> titles = proposed.stream().map(id -> updated.initiative(id).orElseThrow().title()).toList();
    String recommendation = "Det indstilles, at DAS tager orienteringen om status på udmøntningen af %s til efterretning".formatted(c.title())
        + (titles.isEmpty() ? "." : ", og at følgende initiativer betragtes som udmøntet: " + String.join("; ", titles) + ".");
    return Map.of("statusRecommendation", recommendation);
  }

  /** {@code rammeflow-social-agreement-record-status-decision}: DAS took note (or approved): the proposed initiatives are implemented. */
  public Map<String, Object> recordStatusDecision(String caseId, Map<String, Object> decision) {
    String outcome = Inputs.plain(decision.get("outcome"));
    String meetingDate = Inputs.plain(decision.get("meetingDate"));
    LocalDate held = meetingDate.isEmpty() || outcome.equals("ikke-behandlet") ? null : LocalDate.parse(meetingDate.substring(0, 10));
    boolean accepted = outcome.equals("taget-til-efterretning") || DecisionOutcome.of(outcome).map(DecisionOutcome::approves).orElse(false);
    SocialAgreementCase updated = cases.update(caseId, k -> {
      k.statusDecided(held, Inputs.plain(decision.get("outcomeLabel")), accepted);
      k.recordStep(new StepRecord("status-" + k.statusReports().size(), "DAS: status på udmøntningen", "forum", "das", Inputs.plain(decision.get("decisionId")),
          held, outcome, Inputs.plain(decision.get("outcomeLabel")), Inputs.plain(decision.get("decisionText")), Boolean.TRUE.equals(decision.get("writtenProcedure")), 0),
          held == null ? null : held.plusDays(1));
    });
    return Map.of("allImplemented", updated.allInitiativesImplemented(), "nextEarliestDate", updated.nextEarliestDate().toString());
  }

  /** {@code rammeflow-social-agreement-record-initiative-status}: an initiative's status between DAS meetings (checked by the API). */
  public void recordInitiativeStatus(String caseId, String initiativeId, Object initiativeStatus, Object statusNote, Object statusOn) {
    SocialAgreementCase c = cases.require(caseId);
    LocalDate on = Inputs.plain(statusOn).isEmpty() ? c.today(clock.today()) : LocalDate.parse(Inputs.plain(statusOn).substring(0, 10));
    String note = Inputs.plain(statusNote);
    cases.update(caseId, k -> k.initiativeStatus(initiativeId, Inputs.plain(initiativeStatus), note.isEmpty() ? null : note, on));
  }

  static String dateText(LocalDate date) {
    return date == null ? "–" : DanishDates.format(date);
  }
}
