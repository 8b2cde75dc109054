package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.calendar.Meeting;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.forum.ForumDecisionRecord.Decision;
import dk.rammeflow.forum.ForumDecisionRecord.Postponement;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.reference.Forum;
import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules of a forum decision, without the engine: which meeting an item goes on, the variables the
 * {@code forum-decision} process works with, the written procedure, and registering the decision.
 *
 * <p>An item goes on the first meeting of the forum whose material deadline is on or after the earliest
 * date. When that meeting is cancelled in the meeting calendar, the forum decides in writing instead
 * (written procedure among its members), as DAS did when its meeting of 16 January 2017 was cancelled.
 * A postponed item (udsat) goes on the next meeting after the one that postponed it.
 */
@Component
class ForumDecisions {

  private static final int MAX_TEXT = Inputs.MAX_TEXT;
  /** Working days the members get to answer a written procedure. */
  static final int WRITTEN_PROCEDURE_WORKING_DAYS = 10;

  private final ReferenceData reference;
  private final MeetingCalendar meetings;
  private final WorkingDayCalendar workingDays;
  private final DeadlineService deadlines;
  private final MaterialReader materials;
  private final ForumDecisionRecords records;

  ForumDecisions(ReferenceData reference, MeetingCalendar meetings, WorkingDayCalendar workingDays, DeadlineService deadlines,
      MaterialReader materials, ForumDecisionRecords records) {
    this.reference = reference;
    this.meetings = meetings;
    this.workingDays = workingDays;
    this.deadlines = deadlines;
    this.materials = materials;
    this.records = records;
  }

  /** A meeting an item can go on; {@code cancelled} when the meeting calendar lists it as cancelled. */
  record Slot(String forumId, String forumName, LocalDate date, ZonedDateTime at, LocalDate materialDeadline, ZonedDateTime materialSendAt, boolean cancelled) {}

  // ---------------------------------------------------------------- scheduling

  /**
   * Checks the input of a forum decision completely and finds its meeting. Every problem is reported at once
   * (Danish), so nothing starts with bad input.
   *
   * @param today the default earliest date
   * @return the process variables of the scheduled item
   */
  Map<String, Object> schedule(Map<String, Object> input, LocalDate today) {
    List<String> problems = new ArrayList<>();
    String decisionId = Ids.optional(input.get("decisionId"), "Forumsagens id", problems);
    String caseId = Ids.optional(input.get("caseId"), "Sagens id", problems);
    String forumId = Inputs.text(input.get("forum"), "Forummet", problems).toLowerCase();
    Forum forum = null;
    if (forumId.isEmpty()) {
      problems.add("Angiv forummet (fx fu, das, kdk eller kkr).");
    } else if (reference.forum(forumId).isEmpty() || !meetings.hasForum(forumId)) {
      problems.add("Ukendt forum '%s'. Kendte fora med møder i mødekalenderen: %s.".formatted(forumId,
          String.join(", ", meetings.forums().stream().map(dk.rammeflow.calendar.Forum::id).filter(id -> reference.forum(id).isPresent()).toList())));
    } else {
      forum = reference.requireForum(forumId);
    }
    String caseTitle = Inputs.requiredText(input.get("caseTitle"), "Sagens titel", 300, "Sagen mangler en titel.", problems);
    String recommendation = Inputs.requiredText(input.get("recommendation"), "Indstillingen", MAX_TEXT,
        "Sagen mangler en indstilling (hvad forummet skal beslutte).", problems);
    String caseWorker = Inputs.email(input.get("caseWorker"), "Sagsbehandlerens mailadresse", "Angiv den ansvarlige sagsbehandler.", problems);
    List<Map<String, String>> material = materials.read(input.get("material"), problems);
    LocalDate given = Inputs.date(input.get("earliestDate"), "Tidligste dato", problems);
    LocalDate earliest = given == null ? today : given;
    Slot slot = null;
    if (forum != null && problems.isEmpty()) {
      try {
        slot = firstSlot(forumId, earliest).orElse(null);
        if (slot == null) {
          meetings.nextMeeting(forumId, earliest);
          problems.add("Mødekalenderen har intet møde i %s efter %s.".formatted(forum.name(), DanishDates.format(earliest)));
        }
      } catch (CalendarException e) {
        problems.add(e.danishMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ForumException(problems);
    }

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decisionId", decisionId.isEmpty() ? Ids.newId("fb", today) : decisionId);
    variables.put("forum", forumId);
    variables.put("forumName", forum.name());
    variables.put("forumShortName", forum.shortName() == null ? forum.name() : forum.shortName());
    variables.put("members", forum.members().stream().map(ForumDecisions::member).toList());
    variables.put("caseId", caseId.isEmpty() ? null : caseId);
    variables.put("caseTitle", caseTitle);
    variables.put("recommendation", recommendation);
    variables.put("material", material);
    variables.put("materialItems", material);
    variables.put("forumId", forumId);
    variables.put("caseWorker", caseWorker);
    variables.put("earliestDate", earliest.toString());
    variables.put("postponements", List.of());
    variables.put("writtenProcedure", false);
    variables.putAll(slotVariables(slot));
    return variables;
  }

  /** The inputs of {@link #schedule} that the process keeps as given; a worker returns only the rest. */
  static final List<String> INPUTS = List.of("forum", "caseTitle", "recommendation", "material", "earliestDate", "caseWorker");

  /** Registers a scheduled item for its process instance (idempotent: a retried job finds the first registration). */
  ForumDecisionRecord register(Map<String, Object> variables, long processInstanceKey, Instant now) {
    LocalDate meetingDate = LocalDate.parse((String) variables.get("meetingDate"));
    return records.createIfAbsent(new ForumDecisionRecord(
        (String) variables.get("decisionId"), processInstanceKey, (String) variables.get("forum"), (String) variables.get("forumName"),
        (String) variables.get("caseId"), (String) variables.get("caseTitle"), (String) variables.get("recommendation"),
        (String) variables.get("caseWorker"), ForumDecisionRecord.Status.SCHEDULED, meetingDate,
        LocalDate.parse((String) variables.get("materialDeadline")), false, List.of(), List.of(), null, now)
        .atMeeting(meetingDate, LocalDate.parse((String) variables.get("materialDeadline")), Boolean.TRUE.equals(variables.get("meetingCancelled"))));
  }

  /** The first meeting (held or cancelled) whose material deadline is on or after {@code onOrAfter}. */
  Optional<Slot> firstSlot(String forumId, LocalDate onOrAfter) {
    dk.rammeflow.calendar.Forum forum = meetings.forum(forumId);
    workingDays.requireSupported(onOrAfter);
    for (Meeting meeting : forum.meetings()) {
      if (!meetings.materialDeadline(forum, meeting.date()).isBefore(onOrAfter)) {
        return Optional.of(slot(forum, meeting));
      }
    }
    return Optional.empty();
  }

  /** The first meeting (held or cancelled) after {@code date}. */
  Optional<Slot> slotAfter(String forumId, LocalDate date) {
    dk.rammeflow.calendar.Forum forum = meetings.forum(forumId);
    for (Meeting meeting : forum.meetings()) {
      if (meeting.date().isAfter(date)) {
        return Optional.of(slot(forum, meeting));
      }
    }
    return Optional.empty();
  }

  private Slot slot(dk.rammeflow.calendar.Forum forum, Meeting meeting) {
    LocalDate deadline = meetings.materialDeadline(forum, meeting.date());
    return new Slot(forum.id(), forum.name(), meeting.date(), CalendarTime.at(meeting.date(), meeting.time()), deadline,
        deadlines.reminderAt(deadline), meeting.cancelled());
  }

  /** The meeting variables of the process: dates ISO, instants ISO-8601 with offset (for timers), texts Danish. */
  static Map<String, Object> slotVariables(Slot slot) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("meetingDate", slot.date().toString());
    variables.put("meetingAt", CalendarTime.iso(slot.at()));
    variables.put("meetingText", DanishDates.formatWithWeekday(slot.date()) + " kl. " + DanishDates.formatTime(slot.at()));
    variables.put("materialDeadline", slot.materialDeadline().toString());
    variables.put("materialDeadlineText", DanishDates.formatWithWeekday(slot.materialDeadline()));
    variables.put("materialSendAt", CalendarTime.iso(slot.materialSendAt()));
    variables.put("meetingCancelled", slot.cancelled());
    return variables;
  }

  private static Map<String, Object> member(ForumMember member) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", member.id());
    m.put("name", member.name());
    m.put("role", member.role());
    m.put("party", member.party());
    m.put("email", member.email());
    return m;
  }

  // ---------------------------------------------------------------- written procedure

  /**
   * The input of the hearing round that replaces a cancelled meeting: the forum's members are asked whether
   * they can agree to the recommendation, with a short deadline.
   */
  Map<String, Object> writtenProcedure(String decisionId, LocalDate today) {
    ForumDecisionRecord record = records.update(decisionId, ForumDecisionRecord::inWriting);
    Forum forum = reference.requireForum(record.forumId());
    String shortName = forum.shortName() == null ? forum.name() : forum.shortName();
    Map<String, Object> hearing = new LinkedHashMap<>();
    hearing.put("hearingId", decisionId + "-skriftlig-" + record.meetingDate());
    hearing.put("title", "Skriftlig procedure i " + shortName + ": " + record.caseTitle());
    hearing.put("questions", List.of(
        "Mødet i " + forum.name() + " den " + DanishDates.format(record.meetingDate()) + " er aflyst, så sagen afgøres skriftligt. Indstilling: " + record.recommendation(),
        "Kan du tilslutte dig indstillingen? Skriv eventuelle bemærkninger."));
    hearing.put("parties", forum.members().stream().map(ForumMember::id).toList());
    LocalDate deadline = workingDays.addWorkingDays(today, WRITTEN_PROCEDURE_WORKING_DAYS);
    hearing.put("deadline", deadline.toString());
    hearing.put("reminderOffsets", List.of(2));
    hearing.put("caseWorker", record.caseWorker());
    return hearing;
  }

  // ---------------------------------------------------------------- the decision

  /** The registered decision and, after a postponement, the next meeting. */
  record Registered(ForumDecisionRecord record, DecisionOutcome outcome, String decisionText, Slot nextMeeting) {

    public boolean postponed() {
      return outcome == DecisionOutcome.UDSAT;
    }
  }

  /**
   * Registers what the forum decided on the item at the meeting of {@code meetingDate}. A postponement moves
   * the item to the next meeting and keeps the history; any other outcome is final. A second registration for
   * the same meeting is refused with a Danish message, except an identical one (a retried job), which returns
   * the first.
   */
  Registered registerDecision(String decisionId, LocalDate meetingDate, Object outcomeValue, Object decisionTextValue, Instant now) {
    ForumDecisionRecord record = records.require(decisionId);
    List<String> problems = new ArrayList<>();
    String outcomeText = Inputs.text(outcomeValue, "Beslutningen", problems);
    Optional<DecisionOutcome> outcome = DecisionOutcome.of(outcomeText);
    if (outcome.isEmpty() && problems.isEmpty()) {
      problems.add(outcomeText.isEmpty()
          ? "Vælg forummets beslutning."
          : "Ukendt beslutning '%s'. Brug en af: %s.".formatted(outcomeText, DecisionOutcome.allowedValues()));
    }
    String text = Inputs.requiredText(decisionTextValue, "Beslutningsteksten", MAX_TEXT, "Skriv beslutningen, som den står i referatet.", problems);
    if (!problems.isEmpty()) {
      throw new ForumException(problems);
    }

    Optional<Registered> earlier = earlierRegistration(record, meetingDate, outcome.get(), text);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (record.decision() != null || !record.meetingDate().equals(meetingDate)) {
      throw alreadyRegistered(record, meetingDate);
    }
    if (outcome.get() == DecisionOutcome.UDSAT) {
      Slot next = slotAfter(record.forumId(), meetingDate).orElseThrow(() -> new ForumException(
          "Sagen kan ikke udsættes: mødekalenderen har intet møde i %s efter %s. Tilføj flere mødedatoer i mødekalenderen."
              .formatted(record.forumName(), DanishDates.format(meetingDate))));
      ForumDecisionRecord updated = records.update(decisionId, r -> r
          .withPostponement(new Postponement(meetingDate, r.cancelledMeeting(), text, now))
          .atMeeting(next.date(), next.materialDeadline(), next.cancelled()));
      return new Registered(updated, outcome.get(), text, next);
    }
    ForumDecisionRecord updated = records.update(decisionId, r -> r.withDecision(
        new Decision(outcome.get().value(), outcome.get().label(), text, meetingDate, r.cancelledMeeting(), now)));
    return new Registered(updated, outcome.get(), text, null);
  }

  private Optional<Registered> earlierRegistration(ForumDecisionRecord record, LocalDate meetingDate, DecisionOutcome outcome, String text) {
    if (outcome == DecisionOutcome.UDSAT) {
      return record.postponements().stream()
          .filter(p -> p.meetingDate().equals(meetingDate) && p.decisionText().equals(text))
          .findFirst()
          .flatMap(p -> slotAfter(record.forumId(), meetingDate))
          .map(next -> new Registered(record, outcome, text, next));
    }
    Decision decision = record.decision();
    if (decision != null && decision.meetingDate().equals(meetingDate) && decision.outcome().equals(outcome.value()) && decision.decisionText().equals(text)) {
      return Optional.of(new Registered(record, outcome, text, null));
    }
    return Optional.empty();
  }

  private static ForumException alreadyRegistered(ForumDecisionRecord record, LocalDate meetingDate) {
    if (record.decision() != null) {
      Decision d = record.decision();
      return new ForumException("Beslutningen om '%s' i %s er allerede registreret: %s (%s den %s). Den kan ikke registreres igen."
          .formatted(record.caseTitle(), record.forumName(), d.outcomeLabel(), d.writtenProcedure() ? "skriftlig procedure" : "mødet",
              DanishDates.format(d.meetingDate())));
    }
    return new ForumException("Sagen '%s' blev udsat på mødet den %s og står nu på mødet den %s i %s; beslutningen for mødet den %s er allerede registreret."
        .formatted(record.caseTitle(), DanishDates.format(meetingDate), DanishDates.format(record.meetingDate()), record.forumName(), DanishDates.format(meetingDate)));
  }

  /** The postponement history as process variables. */
  static List<Map<String, Object>> postponementVariables(ForumDecisionRecord record) {
    return record.postponements().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("meetingDate", p.meetingDate().toString());
      m.put("meetingDateText", DanishDates.format(p.meetingDate()));
      m.put("writtenProcedure", p.writtenProcedure());
      m.put("decisionText", p.decisionText());
      m.put("registeredAt", p.registeredAt().toString());
      return m;
    }).toList();
  }
}
