package dk.rammeflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Hearing periods (høringsperioder). The normal period is {@code rammeflow.calendar.hearing.default-weeks}
 * (4 weeks). Danish practice lengthens a hearing that crosses a holiday, so days inside these holiday
 * periods do not count towards its length:
 * <ul>
 *   <li>the summer holiday: ISO weeks 28–31 (Monday of the first to Sunday of the last, configurable);</li>
 *   <li>Easter: Palmesøndag to 2. påskedag;</li>
 *   <li>Christmas: 24 December to 1 January.</li>
 * </ul>
 * A computed deadline that falls on a non-working day moves to the next working day.
 */
@Component
public class HearingPeriods {

  private final WorkingDayCalendar calendar;
  private final CalendarProperties.Hearing rules;

  public HearingPeriods(WorkingDayCalendar calendar, CalendarProperties properties) {
    this.calendar = calendar;
    this.rules = properties.hearing();
  }

  public int defaultWeeks() {
    return rules.defaultWeeks();
  }

  public int minimumWeeks() {
    return rules.minimumWeeks();
  }

  /** The default deadline of a hearing sent on {@code start}: the default period, lengthened over holidays. */
  public LocalDate defaultDeadline(LocalDate start) {
    return deadlineFor(start, rules.defaultWeeks());
  }

  /** The deadline of a hearing of {@code weeks} weeks sent on {@code start}, lengthened over holidays. */
  public LocalDate deadlineFor(LocalDate start, int weeks) {
    if (weeks < 1) {
      throw new CalendarException("En høring skal vare mindst én uge (angivet: " + weeks + ").");
    }
    return extendedDeadline(start, weeks * 7L);
  }

  /**
   * The first working day on or after the day on which {@code countedDays} days after {@code start}
   * have passed that lie outside the holiday periods.
   */
  public LocalDate extendedDeadline(LocalDate start, long countedDays) {
    calendar.requireSupported(start);
    List<HolidayPeriod> holidays = holidayPeriodsAround(start, start.plusDays(countedDays * 3 + 60));
    LocalDate day = start;
    long counted = 0;
    while (counted < countedDays) {
      day = day.plusDays(1);
      if (!calendar.isSupported(day)) {
        throw new CalendarException("Høringsfristen for en høring fra " + DanishDates.format(start)
            + " ligger uden for kalenderens år (" + calendar.firstYear() + "–" + calendar.lastYear() + ").");
      }
      if (!inAny(holidays, day)) {
        counted++;
      }
    }
    return calendar.nextWorkingDayOnOrAfter(day);
  }

  /**
   * Checks a hearing from {@code start} to {@code deadline}. Warns when it is shorter than the minimum, when a
   * holiday (summer, Easter, Christmas) leaves fewer than the minimum days outside holidays, or when the deadline
   * is not a working day, and then proposes the earliest deadline that satisfies the rules: the minimum period
   * counted outside holidays, on a working day. A proposed (or default) deadline passes the check.
   */
  public HearingCheck check(LocalDate start, LocalDate deadline) {
    calendar.requireSupported(start);
    calendar.requireSupported(deadline);
    if (!deadline.isAfter(start)) {
      throw new CalendarException("Høringsfristen (" + DanishDates.format(deadline)
          + ") skal ligge efter høringens start (" + DanishDates.format(start) + ").");
    }
    long days = WorkingDayCalendar.daysBetween(start, deadline);
    long minimumDays = rules.minimumWeeks() * 7L;
    List<HolidayPeriod> overlaps = overlapping(start, deadline);
    long counted = days - overlaps.stream().mapToLong(h -> daysInside(h, start, deadline)).sum();
    List<String> warnings = new ArrayList<>();
    boolean tooShort = days < minimumDays;
    if (tooShort) {
      warnings.add("Høringsperioden er på " + describeLength(days) + "; den bør normalt være mindst "
          + weeks(rules.minimumWeeks()) + ".");
    }
    if (counted < minimumDays) {
      for (HolidayPeriod holiday : overlaps) {
        warnings.add("Høringsperioden går hen over " + holiday.describe()
            + ", og dagene i ferien tæller ikke med i høringsperioden.");
      }
    }
    if (!calendar.isWorkingDay(deadline)) {
      warnings.add("Høringsfristen " + DanishDates.format(deadline) + " er ikke en arbejdsdag ("
          + calendar.reasonClosed(deadline).orElse("lukket") + ").");
    }
    LocalDate proposal = null;
    if (!warnings.isEmpty()) {
      proposal = counted < minimumDays ? extendedDeadline(start, minimumDays) : calendar.nextWorkingDayOnOrAfter(deadline);
      if (proposal.isAfter(deadline)) {
        warnings.add("Foreslået senere høringsfrist: " + DanishDates.formatWithWeekday(proposal) + ".");
      } else {
        proposal = null;
      }
    }
    return new HearingCheck(start, deadline, days, tooShort, List.copyOf(overlaps), List.copyOf(warnings), proposal);
  }

  /** The hearing days ({@code start}, {@code deadline}] inside the holiday. */
  private static long daysInside(HolidayPeriod holiday, LocalDate start, LocalDate deadline) {
    LocalDate first = holiday.first().isAfter(start) ? holiday.first() : start.plusDays(1);
    LocalDate last = holiday.last().isBefore(deadline) ? holiday.last() : deadline;
    return last.isBefore(first) ? 0 : WorkingDayCalendar.daysBetween(first, last) + 1;
  }

  /** The holiday periods that share at least one day with the hearing days ({@code start}, {@code deadline}]. */
  public List<HolidayPeriod> overlapping(LocalDate start, LocalDate deadline) {
    List<HolidayPeriod> result = new ArrayList<>();
    LocalDate firstDay = start.plusDays(1);
    for (HolidayPeriod holiday : holidayPeriodsAround(start, deadline)) {
      if (!holiday.last().isBefore(firstDay) && !holiday.first().isAfter(deadline)) {
        result.add(holiday);
      }
    }
    return result;
  }

  /** The summer holiday, Easter and Christmas of a year (Christmas runs into the next year), in date order. */
  public List<HolidayPeriod> holidayPeriods(int year) {
    LocalDate easter = DanishHolidays.easterSunday(year);
    LocalDate summerStart = LocalDate.of(year, 7, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, rules.summerFirstWeek()).with(DayOfWeek.MONDAY);
    LocalDate summerEnd = LocalDate.of(year, 7, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, rules.summerLastWeek()).with(DayOfWeek.SUNDAY);
    return List.of(
        new HolidayPeriod("påsken", easter.minusDays(7), easter.plusDays(1)),
        new HolidayPeriod("sommerferien (uge " + rules.summerFirstWeek() + "–" + rules.summerLastWeek() + ")",
            summerStart, summerEnd),
        new HolidayPeriod("julen", LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 1)));
  }

  private List<HolidayPeriod> holidayPeriodsAround(LocalDate from, LocalDate to) {
    List<HolidayPeriod> result = new ArrayList<>();
    for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
      result.addAll(holidayPeriods(year));
    }
    return result;
  }

  private static boolean inAny(List<HolidayPeriod> holidays, LocalDate day) {
    for (HolidayPeriod holiday : holidays) {
      if (holiday.contains(day)) {
        return true;
      }
    }
    return false;
  }

  static String weeks(long n) {
    return n == 1 ? "1 uge" : n + " uger";
  }

  static String describeLength(long days) {
    long w = days / 7;
    long d = days % 7;
    String dayText = d == 1 ? "1 dag" : d + " dage";
    if (w == 0) {
      return dayText;
    }
    return d == 0 ? weeks(w) : weeks(w) + " og " + dayText;
  }
}
