package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.withDefaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Easter 2026: Skærtorsdag 2/4, Langfredag 3/4, weekend, 2. påskedag 6/4
    "2026-04-01, 1, 2026-04-07",
    "2026-04-07, -1, 2026-04-01",
    "2026-03-30, 5, 2026-04-09",
    // Easter 2024 spans March/April: Skærtorsdag 28/3 .. 2. påskedag 1/4
    "2024-03-27, 1, 2024-04-02",
    // Christmas 2026: 24/12 closed, 25/12 Juledag, 26–27 weekend
    "2026-12-23, 1, 2026-12-28",
    // Year end 2026/27: 31/12 closed, 1/1 Nytårsdag (Friday), weekend
    "2026-12-30, 1, 2027-01-04",
    "2027-01-04, -1, 2026-12-30",
    "2026-12-22, 5, 2027-01-04",
    "2027-01-04, -5, 2026-12-22",
    "2026-12-29, 3, 2027-01-05",
    // Year end 2023/24 across a Sunday 31/12 and Monday 1/1
    "2023-12-29, 1, 2024-01-02",
    // Store Bededag 5/5/2023 was a holiday ...
    "2023-05-04, 1, 2023-05-08",
    "2023-05-08, -3, 2023-05-02",
    // ... and 26/4/2024, the first year without it, is a working day
    "2024-04-25, 1, 2024-04-26",
    "2024-04-29, -1, 2024-04-26",
    // Pinse 2023 (28–29/5) and Kristi himmelfart (18/5): one week before DAS 1 June 2023
    "2023-06-01, -5, 2023-05-24",
    // Grundlovsdag 5/6/2023 is a configured closed day
    "2023-06-08, -3, 2023-06-02",
    // zero: the day itself, even when it is not a working day
    "2026-04-04, 0, 2026-04-04",
    // from a non-working day: the next working day counts as the first
    "2026-04-04, 1, 2026-04-07",
  })
  void addsAndSubtractsWorkingDays(String from, int days, String expected) {
    assertThat(calendar.addWorkingDays(d(from), days)).isEqualTo(d(expected));
  }

  @Test
  void workingDaysBeforeIsTheNthWorkingDayBefore() {
    assertThat(calendar.workingDaysBefore(d("2023-03-31"), 5)).isEqualTo(d("2023-03-24"));
    assertThat(calendar.workingDaysBefore(d("2026-01-05"), 1)).isEqualTo(d("2026-01-02"));
    assertThatThrownBy(() -> calendar.workingDaysBefore(d("2026-01-05"), -1))
        .isInstanceOf(CalendarException.class).hasMessageContaining("negativt");
  }

  @ParameterizedTest(name = "next working day on or after {0} = {1}")
  @CsvSource({
    "2026-11-23, 2026-11-23",
    "2026-11-21, 2026-11-23",
    "2026-04-02, 2026-04-07",
    "2026-12-24, 2026-12-28",
    "2026-12-31, 2027-01-04",
    "2023-05-05, 2023-05-08",
    "2024-04-26, 2024-04-26",
    "2026-06-05, 2026-06-08",
  })
  void nextWorkingDayOnOrAfter(String date, String expected) {
    assertThat(calendar.nextWorkingDayOnOrAfter(d(date))).isEqualTo(d(expected));
  }

  @Test
  void previousWorkingDayOnOrBefore() {
    assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-04-06"))).isEqualTo(d("2026-04-01"));
    assertThat(calendar.previousWorkingDayOnOrBefore(d("2027-01-03"))).isEqualTo(d("2026-12-30"));
    assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-11-23"))).isEqualTo(d("2026-11-23"));
  }

  @Test
  void countsWorkingDaysBetween() {
    assertThat(calendar.workingDaysBetween(d("2026-12-18"), d("2027-01-08"))).isEqualTo(11);
    assertThat(calendar.workingDaysBetween(d("2027-01-08"), d("2026-12-18"))).isEqualTo(-11);
    assertThat(calendar.workingDaysBetween(d("2026-11-23"), d("2026-11-23"))).isZero();
  }

  @Test
  void namesWhyADayIsClosed() {
    assertThat(calendar.reasonClosed(d("2026-04-03"))).contains("Langfredag");
    assertThat(calendar.reasonClosed(d("2026-06-05"))).contains("Grundlovsdag");
    assertThat(calendar.reasonClosed(d("2026-12-24"))).contains("Juleaftensdag");
    assertThat(calendar.reasonClosed(d("2026-12-31"))).contains("Nytårsaftensdag");
    assertThat(calendar.reasonClosed(d("2026-11-22"))).contains("søndag");
    assertThat(calendar.reasonClosed(d("2026-11-23"))).isEmpty();
  }

  @Test
  void closedDaysOfAYearListHolidaysAndConfiguredDays() {
    List<Holiday> days = calendar.closedDays(2026);
    assertThat(days).extracting(Holiday::name).containsExactly(
        "Nytårsdag", "Skærtorsdag", "Langfredag", "Påskedag", "2. påskedag", "Kristi himmelfartsdag",
        "Pinsedag", "2. pinsedag", "Grundlovsdag", "Juleaftensdag", "Juledag", "2. juledag", "Nytårsaftensdag");
    assertThat(days).filteredOn(h -> !h.publicHoliday()).extracting(Holiday::date)
        .containsExactly(d("2026-06-05"), d("2026-12-24"), d("2026-12-31"));
  }

  @Test
  void closedDaysAreConfigurable() {
    WorkingDayCalendar open = new WorkingDayCalendar(CalendarProperties.defaults().withClosedDays(List.of()));
    assertThat(open.isWorkingDay(d("2026-06-05"))).isTrue();
    assertThat(open.isWorkingDay(d("2026-12-24"))).isTrue();
    assertThat(open.isWorkingDay(d("2026-12-25"))).isFalse();

    WorkingDayCalendar withBridgeDay = new WorkingDayCalendar(
        CalendarProperties.defaults().withClosedDays(List.of("--06-05", "2026-05-15", "--05-01")));
    assertThat(withBridgeDay.isWorkingDay(d("2026-05-15"))).isFalse();
    assertThat(withBridgeDay.isWorkingDay(d("2027-05-14"))).isTrue();
    assertThat(withBridgeDay.reasonClosed(d("2026-05-01"))).contains("1. maj");
    assertThat(withBridgeDay.isWorkingDay(d("2026-12-24"))).isTrue();
    assertThat(withBridgeDay.addWorkingDays(d("2026-05-13"), 1)).isEqualTo(d("2026-05-18"));
  }

  @Test
  void aMalformedClosedDayNamesTheKey() {
    assertThatThrownBy(() -> new WorkingDayCalendar(CalendarProperties.defaults().withClosedDays(List.of("--06-05", "06-05"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rammeflow.calendar.closed-days[1]")
        .hasMessageContaining("'06-05'");
  }

  @Test
  void datesOutsideTheSupportedYearsGiveADanishMessage() {
    assertThatThrownBy(() -> calendar.isWorkingDay(d("2041-01-02")))
        .isInstanceOf(CalendarException.class)
        .hasMessage("Datoen 2. januar 2041 ligger uden for kalenderens år (2017–2040).");
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2016-12-30"), 1))
        .isInstanceOf(CalendarException.class).hasMessageContaining("30. december 2016");
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2040-12-27"), 5))
        .isInstanceOf(CalendarException.class)
        .hasMessage("5 arbejdsdage efter 27. december 2040 ligger uden for kalenderens år (2017–2040).");
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2017-01-03"), -2))
        .isInstanceOf(CalendarException.class).hasMessageContaining("før 3. januar 2017");
    assertThatThrownBy(() -> calendar.nextWorkingDayOnOrAfter(null))
        .isInstanceOf(CalendarException.class).hasMessage("Der mangler en dato.");
  }

  @Test
  void theSupportedYearsAreConfigurable() {
    WorkingDayCalendar narrow = new WorkingDayCalendar(CalendarProperties.defaults().withYears(2025, 2027));
    assertThat(narrow.isWorkingDay(d("2025-01-02"))).isTrue();
    assertThatThrownBy(() -> narrow.isWorkingDay(d("2024-12-31")))
        .isInstanceOf(CalendarException.class).hasMessageContaining("(2025–2027)");
    assertThatThrownBy(() -> CalendarProperties.defaults().withYears(2030, 2020))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-year");
  }
}
