package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DanishDatesTest {

  @Test
  void writesDatesTheDanishWay() {
    assertThat(DanishDates.format(LocalDate.of(2026, 7, 1))).isEqualTo("1. juli 2026");
    assertThat(DanishDates.format(LocalDate.of(2023, 3, 31))).isEqualTo("31. marts 2023");
    assertThat(DanishDates.format(LocalDate.of(2026, 5, 14))).isEqualTo("14. maj 2026");
    assertThat(DanishDates.formatWithWeekday(LocalDate.of(2026, 7, 1))).isEqualTo("onsdag den 1. juli 2026");
    assertThat(DanishDates.formatWithWeekday(LocalDate.of(2026, 11, 21))).isEqualTo("lørdag den 21. november 2026");
    assertThat(DanishDates.formatWithWeekday(LocalDate.of(2026, 11, 22))).isEqualTo("søndag den 22. november 2026");
  }

  @Test
  void writesRangesLikeTheSecretariatsTidsplan() {
    assertThat(DanishDates.formatRange(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 24))).isEqualTo("6.–24. februar 2023");
    assertThat(DanishDates.formatRange(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 1))).isEqualTo("15. april – 1. maj 2023");
    assertThat(DanishDates.formatRange(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 4)))
        .isEqualTo("20. december 2026 – 4. januar 2027");
    assertThat(DanishDates.formatRange(LocalDate.of(2023, 3, 9), LocalDate.of(2023, 3, 9))).isEqualTo("9. marts 2023");
  }

  @Test
  void writesTimesWithAPeriod() {
    ZonedDateTime at = ZonedDateTime.of(LocalDate.of(2023, 3, 31), LocalTime.of(9, 0), CalendarTime.ZONE);
    assertThat(DanishDates.formatDateTime(at)).isEqualTo("31. marts 2023 kl. 09.00");
  }

  @Test
  void isoDateTimesCarrySecondsAndTheCopenhagenOffset() {
    assertThat(CalendarTime.iso(CalendarTime.at(LocalDate.of(2026, 7, 1), LocalTime.of(23, 59, 59))))
        .isEqualTo("2026-07-01T23:59:59+02:00");
    assertThat(CalendarTime.iso(CalendarTime.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0))))
        .isEqualTo("2026-12-01T09:00:00+01:00");
  }
}
