package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The Danish public holidays (helligdage) of any year, computed from the Gregorian Easter date.
 * Store Bededag is a public holiday up to and including 2023; it was abolished from 2024.
 */
public final class DanishHolidays {

  /** The last year in which Store Bededag was a public holiday. */
  public static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

  private DanishHolidays() {}

  /** Easter Sunday (Påskedag) of the given year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** The public holidays of the year in date order, with their Danish names. */
  public static List<Holiday> of(int year) {
    LocalDate easter = easterSunday(year);
    List<Holiday> holidays = new ArrayList<>();
    holidays.add(holiday(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag"));
    holidays.add(holiday(easter.minusDays(3), "Skærtorsdag"));
    holidays.add(holiday(easter.minusDays(2), "Langfredag"));
    holidays.add(holiday(easter, "Påskedag"));
    holidays.add(holiday(easter.plusDays(1), "2. påskedag"));
    if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
      holidays.add(holiday(easter.plusDays(26), "Store Bededag"));
    }
    holidays.add(holiday(easter.plusDays(39), "Kristi himmelfartsdag"));
    holidays.add(holiday(easter.plusDays(49), "Pinsedag"));
    holidays.add(holiday(easter.plusDays(50), "2. pinsedag"));
    holidays.add(holiday(LocalDate.of(year, Month.DECEMBER, 25), "Juledag"));
    holidays.add(holiday(LocalDate.of(year, Month.DECEMBER, 26), "2. juledag"));
    return List.copyOf(holidays);
  }

  private static Holiday holiday(LocalDate date, String name) {
    return new Holiday(date, name, true);
  }
}
