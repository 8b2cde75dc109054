package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Deadlines and reminder instants for processes (hearings, material, submissions): used by the
 * {@code rammeflow-calendar-deadline} job worker, the REST API and other capabilities' workers.
 *
 * <p>A deadline computed from a period that falls on a weekend, public holiday or closed day moves to the
 * next working day; an explicit deadline is kept (with a warning when it is not a working day).
 */
@Component
public class DeadlineService {

  static final int MAX_PERIOD_DAYS = 3 * 366;
  static final int MAX_REMINDER_WORKING_DAYS = 250;

  private final WorkingDayCalendar calendar;
  private final HearingPeriods hearings;
  private final CalendarTime time;
  private final LocalTime deadlineTime;
  private final LocalTime reminderTime;

  public DeadlineService(WorkingDayCalendar calendar, HearingPeriods hearings, CalendarTime time, CalendarProperties properties) {
    this.calendar = calendar;
    this.hearings = hearings;
    this.time = time;
    this.deadlineTime = CalendarTime.parseConfiguredTime(properties.deadlineTime(), "rammeflow.calendar.deadline-time");
    this.reminderTime = CalendarTime.parseConfiguredTime(properties.reminderTime(), "rammeflow.calendar.reminder-time");
  }

  public Deadline compute(DeadlineRequest request) {
    LocalDate start = request.start() == null ? time.today() : request.start();
    calendar.requireSupported(start);
    List<String> warnings = new ArrayList<>();
    LocalDate deadline = deadline(request, start, warnings);
    LocalDate proposed = null;
    if (request.hearingRules() != DeadlineRequest.HearingRules.IGNORE) {
      HearingCheck check = hearings.check(start, deadline);
      warnings.addAll(check.warnings());
      proposed = check.proposedDeadline();
      if (proposed != null && request.hearingRules() == DeadlineRequest.HearingRules.EXTEND) {
        warnings.add("Fristen er flyttet fra " + DanishDates.format(deadline) + " til " + DanishDates.format(proposed) + ".");
        deadline = proposed;
        proposed = null;
      }
    }
    List<ZonedDateTime> reminders = reminders(request.reminderWorkingDays(), start, deadline, warnings);
    return new Deadline(start, deadline, deadlineAt(deadline), DanishDates.formatWithWeekday(deadline), reminders,
        warnings, proposed);
  }

  /** The instant a deadline on {@code date} expires ({@code rammeflow.calendar.deadline-time} in Europe/Copenhagen). */
  public ZonedDateTime deadlineAt(LocalDate date) {
    return CalendarTime.at(date, deadlineTime);
  }

  /** The reminder instant on {@code date} ({@code rammeflow.calendar.reminder-time}). */
  public ZonedDateTime reminderAt(LocalDate date) {
    return CalendarTime.at(date, reminderTime);
  }

  private LocalDate deadline(DeadlineRequest request, LocalDate start, List<String> warnings) {
    int given = count(request.days()) + count(request.weeks()) + count(request.workingDays()) + count(request.deadline());
    if (given > 1) {
      throw new CalendarException("Angiv kun én af: antal dage, antal uger, antal arbejdsdage eller en fast frist.");
    }
    if (request.deadline() != null) {
      LocalDate deadline = calendar.requireSupported(request.deadline());
      if (deadline.isBefore(start)) {
        throw new CalendarException("Fristen " + DanishDates.format(deadline) + " ligger før starten "
            + DanishDates.format(start) + ".");
      }
      if (!calendar.isWorkingDay(deadline)) {
        warnings.add("Fristen " + DanishDates.formatWithWeekday(deadline) + " er ikke en arbejdsdag ("
            + calendar.reasonClosed(deadline).orElse("lukket") + ").");
      }
      return deadline;
    }
    if (request.workingDays() != null) {
      requirePeriod(request.workingDays(), "arbejdsdage", MAX_PERIOD_DAYS * 5 / 7);
      return calendar.addWorkingDays(start, request.workingDays());
    }
    LocalDate raw;
    if (request.days() != null) {
      requirePeriod(request.days(), "dage", MAX_PERIOD_DAYS);
      raw = start.plusDays(request.days());
    } else if (request.weeks() != null) {
      requirePeriod(request.weeks(), "uger", MAX_PERIOD_DAYS / 7);
      raw = start.plusWeeks(request.weeks());
    } else {
      raw = start.plusWeeks(hearings.defaultWeeks());
    }
    calendar.requireSupported(raw);
    LocalDate deadline = calendar.nextWorkingDayOnOrAfter(raw);
    if (!deadline.equals(raw)) {
      warnings.add("Fristen faldt på " + DanishDates.formatWithWeekday(raw) + " ("
          + calendar.reasonClosed(raw).orElse("lukket") + ") og er flyttet til første arbejdsdag, "
          + DanishDates.formatWithWeekday(deadline) + ".");
    }
    return deadline;
  }

  private List<ZonedDateTime> reminders(List<Integer> workingDaysBefore, LocalDate start, LocalDate deadline, List<String> warnings) {
    ZonedDateTime now = time.now();
    TreeSet<ZonedDateTime> reminders = new TreeSet<>();
    for (Integer n : workingDaysBefore) {
      if (n == null || n < 0 || n > MAX_REMINDER_WORKING_DAYS) {
        throw new CalendarException("En påmindelse angives som et antal arbejdsdage før fristen mellem 0 og "
            + MAX_REMINDER_WORKING_DAYS + " (angivet: " + n + ").");
      }
      LocalDate day = calendar.workingDaysBefore(deadline, n);
      ZonedDateTime at = reminderAt(day);
      String what = "Påmindelsen " + (n == 1 ? "1 arbejdsdag" : n + " arbejdsdage") + " før fristen ("
          + DanishDates.format(day) + ")";
      if (!day.isAfter(start)) {
        warnings.add(what + " ligger ikke efter starten " + DanishDates.format(start) + " og udelades.");
      } else if (!at.isAfter(now)) {
        warnings.add(what + " ligger i fortiden og udelades.");
      } else {
        reminders.add(at);
      }
    }
    return List.copyOf(reminders);
  }

  private static void requirePeriod(int value, String unit, int max) {
    if (value < 0 || value > max) {
      throw new CalendarException("Perioden skal være mellem 0 og " + max + " " + unit + " (angivet: " + value + ").");
    }
  }

  private static int count(Object value) {
    return value == null ? 0 : 1;
  }
}
