package dk.rammeflow.tariff;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarProperties;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.calendar.MeetingSlot;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.reference.ReferenceData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads and plans a round: the year, the submission deadline (a working day in the year before, after the summer
 * holiday), the first DAS meeting after it in the meeting calendar, the reminder and the DAS cut-off.
 */
@Component
class TariffRoundInput {

  /** Working days between the submission deadline and the day the secretariat prepares the DAS item. */
  static final int PREPARATION_WORKING_DAYS = 3;
  /** Working days before the deadline that late operators are reminded. */
  static final int REMINDER_WORKING_DAYS = 5;

  private final WorkingDayCalendar calendar;
  private final MeetingCalendar meetings;
  private final CalendarProperties calendarProperties;
  private final TariffOperators operators;
  private final ReferenceData reference;

  TariffRoundInput(WorkingDayCalendar calendar, MeetingCalendar meetings, CalendarProperties calendarProperties, TariffOperators operators,
      ReferenceData reference) {
    this.calendar = calendar;
    this.meetings = meetings;
    this.calendarProperties = calendarProperties;
    this.operators = operators;
    this.reference = reference;
  }

  /** A checked, planned round. */
  record Plan(String roundId, int year, LocalDate deadline, ZonedDateTime deadlineAt, ZonedDateTime reminderAt, ZonedDateTime cutoffAt,
      MeetingSlot das, List<TariffOperators.Known> operators, String caseWorker, List<String> warnings) {

    Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("roundId", roundId);
      v.put("year", year);
      v.put("deadline", deadline.toString());
      v.put("deadlineText", DanishDates.format(deadline));
      v.put("deadlineAt", CalendarTime.iso(deadlineAt));
      v.put("reminderAt", CalendarTime.iso(reminderAt));
      v.put("cutoffAt", CalendarTime.iso(cutoffAt));
      v.put("dasMeetingDate", das.date().toString());
      v.put("dasEarliestDate", cutoffAt.toLocalDate().toString());
      v.put("operatorList", operators.stream().map(o -> Map.<String, Object>of("operatorId", o.operatorId(), "name", o.name(), "party", o.party())).toList());
      v.put("roundCaseWorker", caseWorker);
      v.put("warnings", warnings);
      return v;
    }
  }

  /** The round's plan; every problem (Danish) at once. */
  Plan read(Map<String, Object> input) {
    List<String> problems = new ArrayList<>();
    int year = Inputs.integer(input.get("year"), 0, calendar.firstYear() + 1, calendar.lastYear(), "Takståret", problems);
    if (input.get("year") == null || "".equals(input.get("year"))) {
      problems.add("Angiv takståret (f.eks. 2027).");
    }
    LocalDate deadline = Inputs.date(input.get("submissionDeadline"), "Fristen for indberetning", problems);
    if (deadline == null && problems.stream().noneMatch(p -> p.startsWith("Fristen"))) {
      problems.add("Angiv fristen for indberetning.");
    }
    List<String> operatorIds = Inputs.idList(input.get("operators"), "Driftsherrer", problems);
    List<TariffOperators.Known> asked = new ArrayList<>();
    for (String id : operatorIds) {
      operators.find(id).ifPresentOrElse(asked::add, () -> problems.add("Driftsherren '%s' findes ikke.".formatted(id)));
    }
    if (operatorIds.isEmpty()) {
      asked.addAll(operators.all());
    }
    String caseWorker = Inputs.plain(input.get("caseWorker"));
    if (caseWorker.isEmpty()) {
      caseWorker = reference.requireForum("sekretariatet").members().getFirst().email();
    } else if (!Inputs.isEmail(caseWorker)) {
      problems.add("Sagsbehandlerens mailadresse '%s' er ikke gyldig.".formatted(caseWorker));
    }
    List<String> warnings = new ArrayList<>();
    MeetingSlot das = null;
    ZonedDateTime cutoffAt = null;
    if (year > 0 && deadline != null) {
      if (deadline.getYear() != year - 1) {
        problems.add("Fristen %s skal ligge i året før takståret %d (taksterne indberettes mellem sommerferien og december)."
            .formatted(DanishDates.format(deadline), year));
      } else if (!calendar.isWorkingDay(deadline)) {
        problems.add("Fristen %s er ikke en arbejdsdag.".formatted(DanishDates.format(deadline)));
      } else {
        if (deadline.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) <= 31) {
          warnings.add("Fristen %s ligger før sommerferien er slut.".formatted(DanishDates.format(deadline)));
        }
        try {
          LocalDate prepared = calendar.addWorkingDays(deadline, PREPARATION_WORKING_DAYS);
          das = meetings.findNextMeeting(meetings.forum("das"), prepared).orElse(null);
          if (das == null) {
            problems.add("Mødekalenderen har intet DAS-møde efter fristen %s; tilføj efterårets DAS-møde.".formatted(DanishDates.format(deadline)));
          } else {
            LocalDate cutoff = calendar.workingDaysBefore(das.materialDeadline(), 2);
            if (cutoff.isBefore(prepared)) {
              cutoff = prepared;
            }
            cutoffAt = CalendarTime.at(cutoff, LocalTime.parse(calendarProperties.reminderTime()));
            if (das.date().getYear() != year - 1 || das.date().getMonthValue() < 9) {
              warnings.add("DAS-mødet %s er ikke et efterårsmøde i %d; taksterne bør godkendes i efteråret før takståret."
                  .formatted(DanishDates.format(das.date()), year - 1));
            }
          }
        } catch (CalendarException e) {
          problems.add(e.danishMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    ZonedDateTime deadlineAt = CalendarTime.at(deadline, LocalTime.parse(calendarProperties.deadlineTime()));
    ZonedDateTime reminderAt = CalendarTime.at(calendar.workingDaysBefore(deadline, REMINDER_WORKING_DAYS), LocalTime.parse(calendarProperties.reminderTime()));
    return new Plan("takster-" + year, year, deadline, deadlineAt, reminderAt, cutoffAt, das, List.copyOf(asked), caseWorker, List.copyOf(warnings));
  }

  /** Deadline and reminder of a revision: {@code workingDays} from today. */
  Map<String, Object> revisionDeadline(LocalDate today, int workingDays) {
    LocalDate deadline = calendar.addWorkingDays(today, workingDays);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("deadline", deadline.toString());
    v.put("deadlineText", DanishDates.format(deadline));
    v.put("deadlineAt", CalendarTime.iso(CalendarTime.at(deadline, LocalTime.parse(calendarProperties.deadlineTime()))));
    v.put("reminderAt", CalendarTime.iso(CalendarTime.at(calendar.workingDaysBefore(deadline, 2), LocalTime.parse(calendarProperties.reminderTime()))));
    return v;
  }
}
