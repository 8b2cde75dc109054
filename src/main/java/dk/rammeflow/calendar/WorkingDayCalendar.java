package dk.rammeflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secretariat's working days in Europe/Copenhagen: Monday to Friday except Danish public holidays
 * ({@link DanishHolidays}) and the configured closed days ({@code rammeflow.calendar.closed-days}).
 *
 * <p>Every method accepts only dates within the supported years ({@code first-year}..{@code last-year})
 * and throws {@link CalendarException} with a Danish message otherwise, also when arithmetic would
 * leave that range.
 */
@Component
public class WorkingDayCalendar {

  private static final Map<MonthDay, String> KNOWN_CLOSED_DAY_NAMES = Map.of(
      MonthDay.of(6, 5), "Grundlovsdag",
      MonthDay.of(12, 24), "Juleaftensdag",
      MonthDay.of(12, 31), "Nytårsaftensdag",
      MonthDay.of(5, 1), "1. maj");

  private final int firstYear;
  private final int lastYear;
  private final LocalDate firstDate;
  private final LocalDate lastDate;
  private final Map<LocalDate, Holiday> closed = new HashMap<>();

  @Autowired
  public WorkingDayCalendar(CalendarProperties properties) {
    this.firstYear = properties.firstYear();
    this.lastYear = properties.lastYear();
    this.firstDate = LocalDate.of(firstYear, 1, 1);
    this.lastDate = LocalDate.of(lastYear, 12, 31);
    for (int year = firstYear; year <= lastYear; year++) {
      for (Holiday holiday : DanishHolidays.of(year)) {
        closed.put(holiday.date(), holiday);
      }
    }
    List<String> closedDays = properties.closedDays();
    for (int i = 0; i < closedDays.size(); i++) {
      addClosedDay(closedDays.get(i).trim(), "rammeflow.calendar.closed-days[" + i + "]");
    }
  }

  public static WorkingDayCalendar withDefaults() {
    return new WorkingDayCalendar(CalendarProperties.defaults());
  }

  private void addClosedDay(String value, String key) {
    if (value.startsWith("--")) {
      MonthDay monthDay;
      try {
        monthDay = MonthDay.parse(value);
      } catch (DateTimeParseException e) {
        throw closedDayError(value, key);
      }
      String name = KNOWN_CLOSED_DAY_NAMES.getOrDefault(monthDay, "Lukkedag");
      for (int year = firstYear; year <= lastYear; year++) {
        if (monthDay.isValidYear(year)) {
          LocalDate date = monthDay.atYear(year);
          closed.putIfAbsent(date, new Holiday(date, name, false));
        }
      }
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw closedDayError(value, key);
    }
    closed.putIfAbsent(date, new Holiday(date, "Lukkedag", false));
  }

  private static IllegalArgumentException closedDayError(String value, String key) {
    return new IllegalArgumentException(key + ": '" + value
        + "' is neither --MM-DD (closed every year, e.g. --06-05) nor YYYY-MM-DD (one date)");
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  /** Throws a Danish {@link CalendarException} when the date lies outside the supported years. */
  public LocalDate requireSupported(LocalDate date) {
    if (date == null) {
      throw new CalendarException("Der mangler en dato.");
    }
    if (date.isBefore(firstDate) || date.isAfter(lastDate)) {
      throw new CalendarException("Datoen " + DanishDates.format(date) + " ligger uden for kalenderens år ("
          + firstYear + "–" + lastYear + ").");
    }
    return date;
  }

  public boolean isSupported(LocalDate date) {
    return !date.isBefore(firstDate) && !date.isAfter(lastDate);
  }

  public boolean isWorkingDay(LocalDate date) {
    requireSupported(date);
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closed.containsKey(date);
  }

  /** The public holiday or closed day on this date, if any (weekends are not listed). */
  public Optional<Holiday> closedDay(LocalDate date) {
    requireSupported(date);
    return Optional.ofNullable(closed.get(date));
  }

  /** Public holidays and configured closed days of a year, in date order. */
  public List<Holiday> closedDays(int year) {
    requireSupported(LocalDate.of(year, 1, 1));
    List<Holiday> days = new ArrayList<>();
    for (Holiday holiday : closed.values()) {
      if (holiday.date().getYear() == year) {
        days.add(holiday);
      }
    }
    days.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(days);
  }

  /** Why a day is not a working day, in Danish ("lørdag", "Langfredag"), or empty for a working day. */
  public Optional<String> reasonClosed(LocalDate date) {
    Optional<Holiday> holiday = closedDay(date);
    if (holiday.isPresent()) {
      return Optional.of(holiday.get().name());
    }
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return Optional.of(DanishDates.weekday(day));
    }
    return Optional.empty();
  }

  /**
   * Working-day arithmetic. {@code days > 0}: the {@code days}-th working day after {@code from};
   * {@code days < 0}: the |days|-th working day before {@code from}; {@code 0}: {@code from} itself.
   * {@code from} is never counted, whether or not it is a working day.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    requireSupported(from);
    int step = days >= 0 ? 1 : -1;
    int remaining = Math.abs(days);
    LocalDate date = from;
    while (remaining > 0) {
      date = date.plusDays(step);
      if (!isSupported(date)) {
        throw outOfRange(from, days);
      }
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** The {@code days}-th working day before {@code date} ("N arbejdsdage før"); {@code days >= 0}. */
  public LocalDate workingDaysBefore(LocalDate date, int days) {
    if (days < 0) {
      throw new CalendarException("Antallet af arbejdsdage må ikke være negativt (" + days + ").");
    }
    return addWorkingDays(date, -days);
  }

  /** {@code date} when it is a working day, else the first working day after it. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    requireSupported(date);
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
      if (!isSupported(day)) {
        throw new CalendarException("Der er ingen arbejdsdag efter " + DanishDates.format(date)
            + " inden for kalenderens år (" + firstYear + "–" + lastYear + ").");
      }
    }
    return day;
  }

  /** {@code date} when it is a working day, else the last working day before it. */
  public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
    requireSupported(date);
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
      if (!isSupported(day)) {
        throw new CalendarException("Der er ingen arbejdsdag før " + DanishDates.format(date)
            + " inden for kalenderens år (" + firstYear + "–" + lastYear + ").");
      }
    }
    return day;
  }

  /** Working days in the half-open interval ({@code from}, {@code to}]; negative when {@code to} is before {@code from}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    requireSupported(from);
    requireSupported(to);
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Calendar days from {@code from} to {@code to}. */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  private CalendarException outOfRange(LocalDate from, int days) {
    String direction = days >= 0 ? "efter" : "før";
    return new CalendarException(Math.abs(days) + " arbejdsdage " + direction + " " + DanishDates.format(from)
        + " ligger uden for kalenderens år (" + firstYear + "–" + lastYear + ").");
  }
}
