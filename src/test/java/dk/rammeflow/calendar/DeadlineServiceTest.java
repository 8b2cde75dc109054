package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineServiceTest {

  private final CalendarFixture fixture = CalendarFixture.standard();
  private final DeadlineService deadlines = fixture.deadlines();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<String> iso(Deadline deadline) {
    return deadline.reminders().stream().map(CalendarTime::iso).toList();
  }

  @Test
  void aFourWeekPeriodWithRemindersFiveAndOneWorkingDayBefore() {
    Deadline deadline = deadlines.compute(DeadlineRequest.weeks(d("2027-02-01"), 4));
    assertThat(deadline.deadline()).isEqualTo(d("2027-03-01"));
    assertThat(CalendarTime.iso(deadline.deadlineAt())).isEqualTo("2027-03-01T23:59:59+01:00");
    assertThat(deadline.deadlineText()).isEqualTo("mandag den 1. marts 2027");
    assertThat(iso(deadline)).containsExactly("2027-02-22T09:00:00+01:00", "2027-02-26T09:00:00+01:00");
    assertThat(deadline.warnings()).isEmpty();
  }

  @Test
  void withoutAPeriodTheDefaultHearingPeriodApplies() {
    Deadline deadline = deadlines.compute(new DeadlineRequest(d("2027-02-01"), null, null, null, null, null, null));
    assertThat(deadline.deadline()).isEqualTo(d("2027-03-01"));
  }

  @Test
  void withoutAStartTheCountStartsToday() {
    Deadline deadline = deadlines.compute(new DeadlineRequest(null, 10, null, null, null, null, null));
    assertThat(deadline.start()).isEqualTo(d("2026-11-22"));
    assertThat(deadline.deadline()).isEqualTo(d("2026-12-02"));
  }

  @Test
  void aComputedDeadlineOnAHolidayMovesToTheNextWorkingDay() {
    // 26 February 2027 + 4 weeks = Langfredag 26 March; Easter weekend and 2. påskedag 29 March follow
    Deadline deadline = deadlines.compute(DeadlineRequest.weeks(d("2027-02-26"), 4));
    assertThat(deadline.deadline()).isEqualTo(d("2027-03-30"));
    assertThat(deadline.warnings()).containsExactly("Fristen faldt på fredag den 26. marts 2027 (Langfredag) og er "
        + "flyttet til første arbejdsdag, tirsdag den 30. marts 2027.");
    // reminders count working days back over Easter (Skærtorsdag 25 March, Langfredag 26 March);
    // the deadline itself is in summer time after 28 March
    assertThat(iso(deadline)).containsExactly("2027-03-18T09:00:00+01:00", "2027-03-24T09:00:00+01:00");
    assertThat(CalendarTime.iso(deadline.deadlineAt())).isEqualTo("2027-03-30T23:59:59+02:00");
  }

  @Test
  void workingDaysAcrossChristmasAndTheYearEnd() {
    Deadline deadline = deadlines.compute(new DeadlineRequest(d("2026-12-21"), null, null, 6, null, List.of(1), null));
    assertThat(deadline.deadline()).isEqualTo(d("2027-01-04"));
    assertThat(iso(deadline)).containsExactly("2026-12-30T09:00:00+01:00");
  }

  @Test
  void hearingRulesWarnOrExtend() {
    DeadlineRequest request = DeadlineRequest.weeks(d("2026-12-07"), 4);
    Deadline plain = deadlines.compute(request);
    assertThat(plain.deadline()).isEqualTo(d("2027-01-04"));
    assertThat(plain.warnings()).isEmpty();

    Deadline warned = deadlines.compute(request.withHearingRules(DeadlineRequest.HearingRules.WARN));
    assertThat(warned.deadline()).isEqualTo(d("2027-01-04"));
    assertThat(warned.proposedDeadline()).isEqualTo(d("2027-01-13"));
    assertThat(warned.warnings()).anyMatch(w -> w.contains("julen"));

    Deadline extended = deadlines.compute(request.withHearingRules(DeadlineRequest.HearingRules.EXTEND));
    assertThat(extended.deadline()).isEqualTo(d("2027-01-13"));
    assertThat(extended.proposedDeadline()).isNull();
    assertThat(extended.warnings()).contains("Fristen er flyttet fra 4. januar 2027 til 13. januar 2027.");
    assertThat(iso(extended)).containsExactly("2027-01-06T09:00:00+01:00", "2027-01-12T09:00:00+01:00");
  }

  @Test
  void anExplicitDeadlineIsKeptEvenOnASaturday() {
    Deadline deadline = deadlines.compute(new DeadlineRequest(d("2027-06-01"), null, null, null, d("2027-07-03"), null, null));
    assertThat(deadline.deadline()).isEqualTo(d("2027-07-03"));
    assertThat(CalendarTime.iso(deadline.deadlineAt())).isEqualTo("2027-07-03T23:59:59+02:00");
    assertThat(deadline.warnings()).containsExactly("Fristen lørdag den 3. juli 2027 er ikke en arbejdsdag (lørdag).");
  }

  @Test
  void remindersBeforeTheStartOrInThePastAreLeftOut() {
    Deadline shortPeriod = deadlines.compute(new DeadlineRequest(d("2027-03-01"), null, null, 3, null, List.of(5, 1), null));
    assertThat(iso(shortPeriod)).containsExactly("2027-03-03T09:00:00+01:00");
    assertThat(shortPeriod.warnings()).containsExactly(
        "Påmindelsen 5 arbejdsdage før fristen (25. februar 2027) ligger ikke efter starten 1. marts 2027 og udelades.");

    // today is 22 November 2026 10:00; a reminder on 20 November is in the past
    Deadline late = deadlines.compute(new DeadlineRequest(d("2026-11-02"), null, 4, null, null, List.of(10, 1), null));
    assertThat(late.deadline()).isEqualTo(d("2026-11-30"));
    assertThat(iso(late)).containsExactly("2026-11-27T09:00:00+01:00");
    assertThat(late.warnings())
        .containsExactly("Påmindelsen 10 arbejdsdage før fristen (16. november 2026) ligger i fortiden og udelades.");
  }

  @Test
  void badInputGivesDanishMessages() {
    assertThatThrownBy(() -> deadlines.compute(new DeadlineRequest(d("2027-01-01"), 3, 2, null, null, null, null)))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Angiv kun én af");
    assertThatThrownBy(() -> deadlines.compute(new DeadlineRequest(d("2027-01-01"), -3, null, null, null, null, null)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("mellem 0 og");
    assertThatThrownBy(() -> deadlines.compute(new DeadlineRequest(d("2027-02-01"), null, null, null, d("2027-01-01"), null, null)))
        .isInstanceOf(CalendarException.class).hasMessage("Fristen 1. januar 2027 ligger før starten 1. februar 2027.");
    assertThatThrownBy(() -> deadlines.compute(new DeadlineRequest(d("2027-02-01"), null, 2, null, null, List.of(-1), null)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("påmindelse");
    assertThatThrownBy(() -> deadlines.compute(DeadlineRequest.weeks(d("2040-12-10"), 4)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("uden for kalenderens år (2017–2040)");
  }
}
