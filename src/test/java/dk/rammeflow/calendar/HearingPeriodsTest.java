package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HearingPeriodsTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.withDefaults();
  private final HearingPeriods hearings = new HearingPeriods(calendar, CalendarProperties.defaults());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theDefaultPeriodIsFourWeeks() {
    assertThat(hearings.defaultWeeks()).isEqualTo(4);
    assertThat(hearings.defaultDeadline(d("2026-09-01"))).isEqualTo(d("2026-09-29"));
    HearingCheck check = hearings.check(d("2026-09-01"), d("2026-09-29"));
    assertThat(check.ok()).isTrue();
    assertThat(check.proposedDeadline()).isNull();
    assertThat(check.days()).isEqualTo(28);
  }

  @Test
  void theHearingOfAugustToSeptember2021FromTheSeedsIsLongEnough() {
    HearingCheck check = hearings.check(d("2021-08-24"), d("2021-09-27"));
    assertThat(check.ok()).isTrue();
    assertThat(check.warnings()).isEmpty();
  }

  @Test
  void aShortPeriodGetsAWarningAndAProposal() {
    // Cases sent to operators "for hearing", 23 August – 3 September 2021 (seed 000)
    HearingCheck check = hearings.check(d("2021-08-23"), d("2021-09-03"));
    assertThat(check.tooShort()).isTrue();
    assertThat(check.proposedDeadline()).isEqualTo(d("2021-09-20"));
    assertThat(check.warnings()).containsExactly(
        "Høringsperioden er på 1 uge og 4 dage; den bør normalt være mindst 4 uger.",
        "Foreslået senere høringsfrist: mandag den 20. september 2021.");
  }

  @Test
  void theSummerHolidayWeeks28To31LengthenAHearing() {
    // Weeks 28–31 of 2026: Monday 6 July – Sunday 2 August
    HearingCheck check = hearings.check(d("2026-06-22"), d("2026-07-20"));
    assertThat(check.tooShort()).isFalse();
    assertThat(check.holidays()).extracting(HolidayPeriod::first).containsExactly(d("2026-07-06"));
    assertThat(check.holidays()).extracting(HolidayPeriod::last).containsExactly(d("2026-08-02"));
    // 13 days before the holiday count (23 June – 5 July), the remaining 15 from 3 August: 17 August
    assertThat(check.proposedDeadline()).isEqualTo(d("2026-08-17"));
    assertThat(check.warnings().getFirst())
        .isEqualTo("Høringsperioden går hen over sommerferien (uge 28–31: 6. juli – 2. august 2026), "
            + "og dagene i ferien tæller ikke med i høringsperioden.");
    assertThat(hearings.defaultDeadline(d("2026-06-22"))).isEqualTo(d("2026-08-17"));
  }

  @Test
  void socialstyrelsensSummerHearingOf2021WouldBeProposedLonger() {
    // Socialstyrelsen's reports in hearing 9 July – 23 August 2021 (seed 000); summer 12 July – 8 August 2021
    HearingCheck check = hearings.check(d("2021-07-09"), d("2021-08-23"));
    assertThat(check.ok()).isFalse();
    assertThat(check.holidays()).hasSize(1);
    assertThat(check.proposedDeadline()).isAfter(d("2021-08-23"));
  }

  @Test
  void easterLengthensAHearing() {
    // Easter 2026: Palmesøndag 29 March – 2. påskedag 6 April (9 days)
    assertThat(hearings.deadlineFor(d("2026-03-23"), 4)).isEqualTo(d("2026-04-29"));
    HearingCheck check = hearings.check(d("2026-03-23"), d("2026-04-20"));
    assertThat(check.holidays()).extracting(HolidayPeriod::name).containsExactly("påsken");
    assertThat(check.proposedDeadline()).isEqualTo(d("2026-04-29"));
  }

  @Test
  void christmasLengthensAHearingAcrossTheYearEnd() {
    // Christmas 24 December 2026 – 1 January 2027 (9 days)
    assertThat(hearings.deadlineFor(d("2026-12-07"), 4)).isEqualTo(d("2027-01-13"));
    HearingCheck check = hearings.check(d("2026-12-07"), d("2027-01-04"));
    assertThat(check.holidays()).extracting(HolidayPeriod::name).containsExactly("julen");
    assertThat(check.proposedDeadline()).isEqualTo(d("2027-01-13"));
    // a hearing sent in the Christmas week still gets four full weeks after it
    assertThat(hearings.deadlineFor(d("2026-12-28"), 4)).isEqualTo(d("2027-01-29"));
  }

  @Test
  void aShortPeriodOverAHolidayGetsBothWarningsAndOneProposal() {
    HearingCheck check = hearings.check(d("2026-12-21"), d("2027-01-04"));
    assertThat(check.tooShort()).isTrue();
    assertThat(check.holidays()).hasSize(1);
    // 28 counted days after 21 December, Christmas not counted: 27 January 2027
    assertThat(check.proposedDeadline()).isEqualTo(d("2027-01-27"));
    assertThat(check.warnings()).hasSize(3);
  }

  @Test
  void aLongHearingAcrossChristmasSettles() {
    // 119 days from 1 October 2026 to 28 January 2027: Christmas takes 9 of them, 110 remain.
    HearingCheck check = hearings.check(d("2026-10-01"), d("2027-01-28"));
    assertThat(check.warnings()).isEmpty();
    assertThat(check.proposedDeadline()).isNull();
  }

  @Test
  void theProposedDeadlinePassesTheCheck() {
    for (String[] hearing : new String[][] {{"2026-12-07", "2027-01-04"}, {"2026-12-21", "2027-01-04"}, {"2026-06-22", "2026-07-20"},
        {"2021-07-09", "2021-08-23"}, {"2026-03-23", "2026-04-20"}}) {
      LocalDate proposal = hearings.check(d(hearing[0]), d(hearing[1])).proposedDeadline();
      assertThat(hearings.check(d(hearing[0]), proposal).warnings()).as("proposal %s for %s", proposal, hearing[0]).isEmpty();
    }
  }

  @Test
  void theDefaultDeadlinePassesTheCheckAcrossEveryHoliday() {
    for (String start : new String[] {"2026-12-07", "2026-12-28", "2026-06-22", "2026-03-23", "2027-03-15"}) {
      assertThat(hearings.check(d(start), hearings.defaultDeadline(d(start))).warnings()).as("default deadline from %s", start).isEmpty();
    }
  }

  @Test
  void aDeadlineOnANonWorkingDayIsFlagged() {
    HearingCheck check = hearings.check(d("2026-09-01"), d("2026-10-03"));
    assertThat(check.warnings()).contains("Høringsfristen 3. oktober 2026 er ikke en arbejdsdag (lørdag).");
    assertThat(check.proposedDeadline()).isEqualTo(d("2026-10-05"));
  }

  @Test
  void aDeadlineNotAfterTheStartIsBadInput() {
    assertThatThrownBy(() -> hearings.check(d("2026-09-01"), d("2026-09-01")))
        .isInstanceOf(CalendarException.class)
        .hasMessage("Høringsfristen (1. september 2026) skal ligge efter høringens start (1. september 2026).");
    assertThatThrownBy(() -> hearings.deadlineFor(d("2026-09-01"), 0)).isInstanceOf(CalendarException.class);
    assertThatThrownBy(() -> hearings.check(d("2026-09-01"), d("2045-01-01")))
        .isInstanceOf(CalendarException.class).hasMessageContaining("uden for kalenderens år");
  }

  @Test
  void summerWeeksAndMinimumAreConfigurable() {
    CalendarProperties properties = new CalendarProperties(2017, 2040, null, null, null, null, null,
        new CalendarProperties.Hearing(6, 6, 27, 32));
    HearingPeriods custom = new HearingPeriods(calendar, properties);
    assertThat(custom.check(d("2026-09-01"), d("2026-09-29")).tooShort()).isTrue();
    assertThat(custom.holidayPeriods(2026).get(1).first()).isEqualTo(d("2026-06-29"));
    assertThat(custom.holidayPeriods(2026).get(1).last()).isEqualTo(d("2026-08-09"));
  }
}
