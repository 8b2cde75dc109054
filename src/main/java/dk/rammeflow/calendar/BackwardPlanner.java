package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Backward planning ("baglæns planlægning"): from a target and an ordered chain of steps, the latest date
 * of every step with the real meeting dates of the meeting calendar — the tidsplan of the secretariat.
 *
 * <p>Walking from the target backwards, each step is placed as late as it can be while it is finished
 * before the next step's input date (see {@link PlanStep}). A meeting step takes the latest held meeting
 * of its forum that lies before that date; the meeting's material deadline then becomes the input date
 * for the step before it. When the chain does not fit (no meeting early enough, a fixed date too late, a
 * start before {@code notBefore}), the plan says so in Danish warnings and also gives the earliest plan
 * that the meeting calendar allows from {@code notBefore} on.
 *
 * <p>A period or hearing marked {@link PlanStep#endsAtMeeting()} in front of a meeting may end on the meeting
 * day itself (its result goes to the meeting, not into the material sent before it).
 */
@Component
public class BackwardPlanner {

  static final int MAX_STEPS = 100;
  static final int MAX_LENGTH_DAYS = 366;
  static final int MAX_GAP_WORKING_DAYS = 250;

  private final WorkingDayCalendar calendar;
  private final MeetingCalendar meetings;
  private final HearingPeriods hearings;
  private final CalendarTime time;

  public BackwardPlanner(WorkingDayCalendar calendar, MeetingCalendar meetings, HearingPeriods hearings, CalendarTime time) {
    this.calendar = calendar;
    this.meetings = meetings;
    this.hearings = hearings;
    this.time = time;
  }

  public Plan plan(PlanRequest request) {
    request = withDefaultHearingLengths(request);
    validate(request);
    LocalDate notBefore = request.notBefore() == null ? time.today() : request.notBefore();
    calendar.requireSupported(notBefore);
    List<PlanStep> chain = request.chain();
    ResolvedTarget target = resolveTarget(request.target(), chain.size() + 1);

    List<String> warnings = new ArrayList<>();
    PlannedStep[] rows = new PlannedStep[chain.size()];
    boolean fits = true;
    LocalDate input = target.input();
    LocalDate nextMeeting = target.forum() == null ? null : target.row().start();
    for (int i = chain.size() - 1; i >= 0; i--) {
      PlanStep step = chain.get(i);
      int number = i + 1;
      if (input == null) {
        rows[i] = unplaced(number, step, List.of());
        continue;
      }
      try {
        Placement placement = placeBackwards(number, step, input, nextMeeting);
        rows[i] = placement.row();
        nextMeeting = step.kind() == StepKind.MEETING ? placement.row().start() : null;
        if (placement.warning() != null) {
          warnings.add(placement.warning());
          fits = false;
        }
        input = placement.input();
      } catch (CalendarException e) {
        warnings.add("Trin " + number + " (" + step.label() + "): " + e.danishMessage());
        rows[i] = unplaced(number, step, List.of());
        fits = false;
        input = null;
        nextMeeting = null;
      }
    }
    List<PlannedStep> steps = new ArrayList<>(List.of(rows));
    steps.add(target.row());

    if (target.date().isBefore(notBefore)) {
      warnings.add("Målet (" + DanishDates.format(target.date()) + ") ligger før planens tidligste start "
          + DanishDates.format(notBefore) + ".");
      fits = false;
    } else if (fits && steps.getFirst().start().isBefore(notBefore)) {
      warnings.add("Planen skulle være begyndt " + DanishDates.format(steps.getFirst().start())
          + " for at nå målet " + DanishDates.format(target.date()) + ", men kan tidligst begynde "
          + DanishDates.format(notBefore) + ".");
      fits = false;
    }

    List<PlannedStep> earliest = List.of();
    LocalDate earliestTarget = null;
    if (!fits) {
      Forward forward = planForwards(chain, request.target(), target, notBefore);
      if (forward.failure() == null) {
        earliest = forward.rows();
        earliestTarget = forward.reached();
        warnings.add("Med de nuværende mødedatoer kan målet tidligst nås " + DanishDates.format(earliestTarget)
            + "; se den tidligst mulige plan.");
      } else {
        warnings.add("Der findes ingen plan fra " + DanishDates.format(notBefore)
            + ", som passer med mødekalenderen: " + forward.failure());
      }
    }
    String title = request.title() == null || request.title().isBlank() ? "Tidsplan" : request.title().trim();
    return new Plan(title, request.target(), notBefore, steps, fits, warnings, earliest, earliestTarget);
  }

  // ---------------------------------------------------------------- validation

  private PlanRequest withDefaultHearingLengths(PlanRequest request) {
    List<PlanStep> chain = new ArrayList<>();
    for (PlanStep step : request.chain()) {
      if (step.kind() == StepKind.HEARING && step.length() == null) {
        step = new PlanStep(step.label(), step.kind(), step.forums(), PlanStep.Length.weeks(hearings.defaultWeeks()),
            step.date(), step.gapWorkingDays(), step.endsAtMeeting());
      }
      chain.add(step);
    }
    return new PlanRequest(request.title(), request.target(), chain, request.notBefore());
  }

  void validate(PlanRequest request) {
    if (request.target() == null || request.target().date() == null) {
      throw new CalendarException("Planen mangler et mål: en dato eller et møde i et forum.");
    }
    calendar.requireSupported(request.target().date());
    List<PlanStep> chain = request.chain();
    if (chain.isEmpty()) {
      throw new CalendarException("Planen har ingen trin. Angiv mindst ét trin før målet.");
    }
    if (chain.size() > MAX_STEPS) {
      throw new CalendarException("Planen har " + chain.size() + " trin; højst " + MAX_STEPS + " er tilladt.");
    }
    for (int i = 0; i < chain.size(); i++) {
      PlanStep step = chain.get(i);
      String where = "Trin " + (i + 1);
      if (step.label() == null || step.label().isBlank()) {
        throw new CalendarException(where + " mangler en tekst (label).");
      }
      where = where + " (" + step.label().trim() + ")";
      if (step.kind() == null || step.kind() == StepKind.TARGET) {
        throw new CalendarException(where + ": ukendt slags trin. Brug meeting, period, hearing eller fixed.");
      }
      if (step.endsAtMeeting() && step.kind() != StepKind.PERIOD && step.kind() != StepKind.HEARING) {
        throw new CalendarException(where + ": kun en periode eller en høring kan slutte på næste trins mødedag.");
      }
      if (step.gapWorkingDays() < 0 || step.gapWorkingDays() > MAX_GAP_WORKING_DAYS) {
        throw new CalendarException(where + ": afstanden til næste trin skal være mellem 0 og "
            + MAX_GAP_WORKING_DAYS + " arbejdsdage.");
      }
      switch (step.kind()) {
        case MEETING -> {
          if (step.forums().isEmpty()) {
            throw new CalendarException(where + ": angiv det forum, der behandler sagen.");
          }
          for (String forum : step.forums()) {
            meetings.requireMeetings(meetings.forum(forum));
          }
        }
        case PERIOD, HEARING -> {
          if (step.length() == null || step.length().amount() < 1) {
            throw new CalendarException(where + ": angiv periodens længde (mindst 1).");
          }
          if (step.kind() == StepKind.HEARING && step.length().unit() != PlanStep.Unit.WEEKS) {
            throw new CalendarException(where + ": en høringsperiode angives i uger.");
          }
          int days = switch (step.length().unit()) {
            case DAYS -> step.length().amount();
            case WEEKS -> step.length().amount() * 7;
            case WORKING_DAYS -> step.length().amount() * 7 / 5;
          };
          if (days > MAX_LENGTH_DAYS) {
            throw new CalendarException(where + ": perioden er længere end et år.");
          }
        }
        case FIXED -> {
          if (step.date() == null) {
            throw new CalendarException(where + ": angiv datoen.");
          }
          calendar.requireSupported(step.date());
        }
        default -> throw new IllegalStateException("unreachable");
      }
    }
  }

  // ---------------------------------------------------------------- target

  private record ResolvedTarget(LocalDate date, LocalDate input, PlannedStep row, Forum forum) {}

  private ResolvedTarget resolveTarget(PlanTarget target, int number) {
    if (target.isMeeting()) {
      Forum forum = meetings.forum(target.forum());
      Meeting meeting = meetings.meetingOn(forum, target.date());
      if (meeting.cancelled()) {
        throw new CalendarException("Mødet i " + forum.name() + " den " + DanishDates.format(target.date())
            + " er aflyst og kan ikke være planens mål.");
      }
      MeetingSlot slot = meetings.slot(forum, meeting, List.of());
      String label = blankToDefault(target.label(), "Møde i " + forum.name());
      PlannedStep row = new PlannedStep(number, label, StepKind.TARGET, List.of(forum.id()), forum.name(),
          slot.date(), slot.date(), slot.materialDeadline(), List.of());
      return new ResolvedTarget(target.date(), slot.materialDeadline(), row, forum);
    }
    List<String> notes = new ArrayList<>();
    if (!calendar.isWorkingDay(target.date())) {
      notes.add(DanishDates.format(target.date()) + " er en " + calendar.reasonClosed(target.date()).orElse("lukkedag")
          + "; sidste arbejdsdag før er " + DanishDates.formatWithWeekday(calendar.addWorkingDays(target.date(), -1)) + ".");
    }
    PlannedStep row = new PlannedStep(number, blankToDefault(target.label(), "Mål"), StepKind.TARGET, List.of(), null,
        target.date(), target.date(), null, notes);
    return new ResolvedTarget(target.date(), target.date(), row, null);
  }

  // ---------------------------------------------------------------- backwards

  private record Placement(PlannedStep row, LocalDate input, String warning) {}

  /** The last day a step may end on to leave {@code gap} free working days before {@code input}. */
  private LocalDate latestEnd(LocalDate input, int gap) {
    LocalDate anchor = gap == 0 ? input : calendar.workingDaysBefore(input, gap);
    return calendar.requireSupported(anchor.minusDays(1));
  }

  /** @param nextMeeting the meeting day of the next step, when it is a meeting (or the target is one) */
  private Placement placeBackwards(int number, PlanStep step, LocalDate input, LocalDate nextMeeting) {
    boolean atMeeting = step.endsAtMeeting() && nextMeeting != null;
    LocalDate bound = latestEnd(atMeeting ? nextMeeting.plusDays(1) : input, step.gapWorkingDays());
    List<String> meetingNote = atMeeting ? List.of(endsAtMeetingNote(nextMeeting)) : List.of();
    String label = step.label().trim();
    return switch (step.kind()) {
      case MEETING -> {
        List<MeetingSlot> slots = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String forumId : step.forums()) {
          Forum forum = meetings.forum(forumId);
          Optional<MeetingSlot> slot = meetings.latestMeetingOnOrBefore(forum, bound);
          if (slot.isEmpty()) {
            String first = forum.heldMeetings().isEmpty() ? ""
                : " Første møde i kalenderen er " + DanishDates.format(forum.heldMeetings().getFirst().date()) + ".";
            String warning = "Trin " + number + " (" + label + "): " + forum.name() + " har intet møde senest "
                + DanishDates.format(bound) + " i mødekalenderen." + first;
            yield new Placement(unplaced(number, step, List.of()), null, warning);
          }
          slots.add(slot.get());
          skippedNotes(slot.get(), notes);
        }
        yield meetingPlacement(number, step, slots, notes);
      }
      case PERIOD -> {
        LocalDate end = calendar.previousWorkingDayOnOrBefore(bound);
        LocalDate start = switch (step.length().unit()) {
          case DAYS -> end.minusDays(step.length().amount() - 1L);
          case WEEKS -> end.minusDays(step.length().amount() * 7L - 1);
          case WORKING_DAYS -> calendar.addWorkingDays(end, -(step.length().amount() - 1));
        };
        calendar.requireSupported(start);
        yield new Placement(row(number, step, start, end, null, meetingNote), start, null);
      }
      case HEARING -> {
        LocalDate deadline = calendar.previousWorkingDayOnOrBefore(bound);
        int weeks = step.length().amount();
        LocalDate start = calendar.previousWorkingDayOnOrBefore(deadline.minusDays(weeks * 7L));
        while (hearings.deadlineFor(start, weeks).isAfter(deadline)) {
          start = calendar.previousWorkingDayOnOrBefore(start.minusDays(1));
        }
        List<String> notes = new ArrayList<>(hearingNotes(start, deadline, weeks));
        notes.addAll(meetingNote);
        yield new Placement(row(number, step, start, deadline, null, notes), start, null);
      }
      case FIXED -> {
        String warning = null;
        if (step.date().isAfter(bound)) {
          warning = "Trin " + number + " (" + label + ") ligger fast den " + DanishDates.format(step.date())
              + ", men skal senest ligge " + DanishDates.format(bound) + " for at nå det næste trin.";
        }
        yield new Placement(row(number, step, step.date(), step.date(), null, List.of()), step.date(), warning);
      }
      default -> throw new IllegalStateException("unreachable");
    };
  }

  private Placement meetingPlacement(int number, PlanStep step, List<MeetingSlot> slots, List<String> notes) {
    LocalDate start = slots.stream().map(MeetingSlot::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate end = slots.stream().map(MeetingSlot::date).max(LocalDate::compareTo).orElseThrow();
    LocalDate material = slots.stream().map(MeetingSlot::materialDeadline).min(LocalDate::compareTo).orElseThrow();
    List<String> allNotes = new ArrayList<>();
    if (slots.size() > 1) {
      for (MeetingSlot slot : slots) {
        allNotes.add(slot.forumName() + ": " + DanishDates.format(slot.date()) + " (materiale senest "
            + DanishDates.format(slot.materialDeadline()) + ").");
      }
    }
    allNotes.addAll(notes);
    return new Placement(row(number, step, start, end, material, allNotes), material, null);
  }

  private static void skippedNotes(MeetingSlot slot, List<String> notes) {
    for (LocalDate cancelled : slot.skippedCancelled()) {
      notes.add("Mødet i " + slot.forumName() + " den " + DanishDates.format(cancelled)
          + " er aflyst; en beslutning dér kræver skriftlig høring.");
    }
  }

  private static String endsAtMeetingNote(LocalDate meeting) {
    return "Slutter senest på mødedagen " + DanishDates.format(meeting) + ": bemærkningerne går direkte til mødet.";
  }

  private List<String> hearingNotes(LocalDate start, LocalDate deadline, int weeks) {
    List<String> notes = new ArrayList<>();
    for (HolidayPeriod holiday : hearings.overlapping(start, deadline)) {
      notes.add("Høringen er forlænget over " + holiday.describe() + ".");
    }
    if (notes.isEmpty() && WorkingDayCalendar.daysBetween(start, deadline) > weeks * 7L + 6) {
      notes.add("Høringsperioden er længere end " + HearingPeriods.weeks(weeks) + ".");
    }
    return notes;
  }

  // ---------------------------------------------------------------- forwards (earliest plan)

  private record Forward(List<PlannedStep> rows, LocalDate reached, String failure) {}

  private Forward planForwards(List<PlanStep> chain, PlanTarget target, ResolvedTarget resolved, LocalDate notBefore) {
    List<PlannedStep> rows = new ArrayList<>();
    try {
      LocalDate earliest = calendar.nextWorkingDayOnOrAfter(notBefore);
      // After a step that ends at the next meeting: that meeting may not lie before the step's end.
      LocalDate meetingNotBefore = null;
      for (int i = 0; i < chain.size(); i++) {
        PlanStep step = chain.get(i);
        int number = i + 1;
        String label = step.label().trim();
        LocalDate end;
        switch (step.kind()) {
          case MEETING -> {
            List<MeetingSlot> slots = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String forumId : step.forums()) {
              Forum forum = meetings.forum(forumId);
              Optional<MeetingSlot> slot = nextMeetingFrom(forum, earliest, meetingNotBefore);
              if (slot.isEmpty()) {
                return new Forward(rows, null, "trin " + number + " (" + label + ") kræver et møde i " + forum.name()
                    + " med frist for materiale tidligst " + DanishDates.format(earliest)
                    + ", og det findes ikke i mødekalenderen.");
              }
              slots.add(slot.get());
              skippedNotes(slot.get(), notes);
            }
            Placement placement = meetingPlacement(number, step, slots, notes);
            rows.add(placement.row());
            end = placement.row().end();
          }
          case PERIOD -> {
            LocalDate start = earliest;
            end = switch (step.length().unit()) {
              case DAYS -> start.plusDays(step.length().amount() - 1L);
              case WEEKS -> start.plusDays(step.length().amount() * 7L - 1);
              case WORKING_DAYS -> calendar.addWorkingDays(start, step.length().amount() - 1);
            };
            calendar.requireSupported(end);
            rows.add(row(number, step, start, end, null, List.of()));
          }
          case HEARING -> {
            LocalDate start = earliest;
            int weeks = step.length().amount();
            end = hearings.deadlineFor(start, weeks);
            rows.add(row(number, step, start, end, null, hearingNotes(start, end, weeks)));
          }
          case FIXED -> {
            if (step.date().isBefore(earliest)) {
              return new Forward(rows, null, "trin " + number + " (" + label + ") ligger fast den "
                  + DanishDates.format(step.date()) + ", men kan tidligst nås " + DanishDates.format(earliest) + ".");
            }
            end = step.date();
            rows.add(row(number, step, end, end, null, List.of()));
          }
          default -> throw new IllegalStateException("unreachable");
        }
        earliest = calendar.addWorkingDays(end, step.gapWorkingDays() + 1);
        meetingNotBefore = null;
        if (step.endsAtMeeting() && (i + 1 < chain.size() ? chain.get(i + 1).kind() == StepKind.MEETING : resolved.forum() != null)) {
          // The material (the draft) goes out when the step begins; the meeting only has to come after it ends.
          LocalDate start = rows.getLast().start();
          earliest = calendar.nextWorkingDayOnOrAfter(start);
          meetingNotBefore = end;
        }
      }
      int number = chain.size() + 1;
      if (resolved.forum() != null) {
        Optional<MeetingSlot> slot = nextMeetingFrom(resolved.forum(), earliest, meetingNotBefore);
        if (slot.isEmpty()) {
          return new Forward(rows, null, "der er intet møde i " + resolved.forum().name()
              + " med frist for materiale tidligst " + DanishDates.format(earliest) + " i mødekalenderen.");
        }
        PlannedStep targetRow = resolved.row();
        rows.add(new PlannedStep(number, targetRow.label(), StepKind.TARGET, targetRow.forums(), targetRow.forumName(),
            slot.get().date(), slot.get().date(), slot.get().materialDeadline(), List.of()));
        return new Forward(rows, slot.get().date(), null);
      }
      rows.add(new PlannedStep(number, resolved.row().label(), StepKind.TARGET, List.of(), null, earliest, earliest,
          null, List.of()));
      return new Forward(rows, earliest, null);
    } catch (CalendarException e) {
      return new Forward(rows, null, e.danishMessage());
    }
  }

  /** The next meeting whose material deadline is on or after {@code earliest}, held on or after {@code notBefore} (if given). */
  private Optional<MeetingSlot> nextMeetingFrom(Forum forum, LocalDate earliest, LocalDate notBefore) {
    Optional<MeetingSlot> slot = meetings.findNextMeeting(forum, earliest);
    while (notBefore != null && slot.isPresent() && slot.get().date().isBefore(notBefore)) {
      slot = meetings.findNextMeeting(forum, slot.get().materialDeadline().plusDays(1));
    }
    return slot;
  }

  // ---------------------------------------------------------------- rows

  private PlannedStep row(int number, PlanStep step, LocalDate start, LocalDate end, LocalDate material, List<String> notes) {
    return new PlannedStep(number, step.label().trim(), step.kind(), step.forums(), forumName(step), start, end, material, notes);
  }

  private PlannedStep unplaced(int number, PlanStep step, List<String> notes) {
    return new PlannedStep(number, step.label().trim(), step.kind(), step.forums(), forumName(step), null, null, null, notes);
  }

  private String forumName(PlanStep step) {
    if (step.forums().isEmpty()) {
      return null;
    }
    if (step.forums().size() == 1) {
      return meetings.forum(step.forums().getFirst()).name();
    }
    return step.forums().size() + " fora";
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
