package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DanishHolidaysTest {

  /**
   * The movable Danish holidays 2017–2035 as published in Danish calendars (Påskedag is the Western Easter
   * Sunday): Skærtorsdag, Langfredag, Påskedag, 2. påskedag, Store Bededag ("-" from 2024, abolished),
   * Kristi himmelfartsdag, Pinsedag, 2. pinsedag.
   */
  private static final String[] PUBLISHED = {
    "2017 04-13 04-14 04-16 04-17 05-12 05-25 06-04 06-05",
    "2018 03-29 03-30 04-01 04-02 04-27 05-10 05-20 05-21",
    "2019 04-18 04-19 04-21 04-22 05-17 05-30 06-09 06-10",
    "2020 04-09 04-10 04-12 04-13 05-08 05-21 05-31 06-01",
    "2021 04-01 04-02 04-04 04-05 04-30 05-13 05-23 05-24",
    "2022 04-14 04-15 04-17 04-18 05-13 05-26 06-05 06-06",
    "2023 04-06 04-07 04-09 04-10 05-05 05-18 05-28 05-29",
    "2024 03-28 03-29 03-31 04-01 - 05-09 05-19 05-20",
    "2025 04-17 04-18 04-20 04-21 - 05-29 06-08 06-09",
    "2026 04-02 04-03 04-05 04-06 - 05-14 05-24 05-25",
    "2027 03-25 03-26 03-28 03-29 - 05-06 05-16 05-17",
    "2028 04-13 04-14 04-16 04-17 - 05-25 06-04 06-05",
    "2029 03-29 03-30 04-01 04-02 - 05-10 05-20 05-21",
    "2030 04-18 04-19 04-21 04-22 - 05-30 06-09 06-10",
    "2031 04-10 04-11 04-13 04-14 - 05-22 06-01 06-02",
    "2032 03-25 03-26 03-28 03-29 - 05-06 05-16 05-17",
    "2033 04-14 04-15 04-17 04-18 - 05-26 06-05 06-06",
    "2034 04-06 04-07 04-09 04-10 - 05-18 05-28 05-29",
    "2035 03-22 03-23 03-25 03-26 - 05-03 05-13 05-14",
  };

  private static final String[] MOVABLE_NAMES = {
    "Skærtorsdag", "Langfredag", "Påskedag", "2. påskedag", "Store Bededag",
    "Kristi himmelfartsdag", "Pinsedag", "2. pinsedag"
  };

  static List<Integer> years() {
    return IntStream.rangeClosed(2017, 2035).boxed().toList();
  }

  private static Map<LocalDate, String> published(int year) {
    String row = null;
    for (String candidate : PUBLISHED) {
      if (candidate.startsWith(year + " ")) {
        row = candidate;
      }
    }
    assertThat(row).as("published row for %d", year).isNotNull();
    String[] cells = row.split(" ");
    Map<LocalDate, String> expected = new LinkedHashMap<>();
    expected.put(LocalDate.of(year, 1, 1), "Nytårsdag");
    for (int i = 0; i < MOVABLE_NAMES.length; i++) {
      String cell = cells[i + 1];
      if (!cell.equals("-")) {
        expected.put(LocalDate.parse(year + "-" + cell), MOVABLE_NAMES[i]);
      }
    }
    expected.put(LocalDate.of(year, 12, 25), "Juledag");
    expected.put(LocalDate.of(year, 12, 26), "2. juledag");
    return expected;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void holidaysOfEveryYearMatchThePublishedCalendar(int year) {
    Map<LocalDate, String> actual = new LinkedHashMap<>();
    for (Holiday holiday : DanishHolidays.of(year)) {
      assertThat(holiday.publicHoliday()).isTrue();
      actual.put(holiday.date(), holiday.name());
    }
    assertThat(actual).containsExactlyEntriesOf(published(year));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void easterSundayMatchesThePublishedDate(int year) {
    LocalDate published = published(year).entrySet().stream()
        .filter(e -> e.getValue().equals("Påskedag")).findFirst().orElseThrow().getKey();
    assertThat(DanishHolidays.easterSunday(year)).isEqualTo(published);
  }

  @Test
  void storeBededagIsAHolidayUpTo2023AndAbolishedFrom2024() {
    List<Integer> withStoreBededag = new ArrayList<>();
    for (int year = 2017; year <= 2035; year++) {
      if (DanishHolidays.of(year).stream().anyMatch(h -> h.name().equals("Store Bededag"))) {
        withStoreBededag.add(year);
      }
    }
    assertThat(withStoreBededag).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023);
    assertThat(DanishHolidays.of(2023)).extracting(Holiday::date).contains(LocalDate.of(2023, 5, 5));
    assertThat(DanishHolidays.of(2024)).extracting(Holiday::date).doesNotContain(LocalDate.of(2024, 4, 26));
  }

  @Test
  void everyYearHasElevenOrTenHolidaysInDateOrder() {
    for (int year = 2017; year <= 2035; year++) {
      List<Holiday> holidays = DanishHolidays.of(year);
      assertThat(holidays).hasSize(year <= 2023 ? 11 : 10);
      assertThat(holidays).extracting(Holiday::date).isSorted();
    }
  }
}
