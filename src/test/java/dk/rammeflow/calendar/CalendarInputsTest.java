package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarInputsTest {

  @Test
  void readsDatesFromIsoDatesAndDateTimes() {
    assertThat(CalendarInputs.date("2026-07-01", "x")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(CalendarInputs.date(" 2026-07-01 ", "x")).isEqualTo(LocalDate.of(2026, 7, 1));
    // 23:30 UTC on 30 June is 1 July in Copenhagen
    assertThat(CalendarInputs.date("2026-06-30T23:30:00Z", "x")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(CalendarInputs.date("2026-07-01T10:00:00+02:00[Europe/Copenhagen]", "x")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(CalendarInputs.date("2026-07-01T10:00", "x")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(CalendarInputs.date(null, "x")).isNull();
    assertThat(CalendarInputs.date("", "x")).isNull();
    assertThatThrownBy(() -> CalendarInputs.date("1. juli 2026", "startDate"))
        .isInstanceOf(CalendarException.class)
        .hasMessage("startDate: '1. juli 2026' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01.");
    assertThatThrownBy(() -> CalendarInputs.date(20260701, "startDate"))
        .isInstanceOf(CalendarException.class).hasMessage("startDate skal være en dato (ÅÅÅÅ-MM-DD).");
  }

  @Test
  void readsWholeNumbersAndLists() {
    assertThat(CalendarInputs.integer(4, "x")).isEqualTo(4);
    assertThat(CalendarInputs.integer(4L, "x")).isEqualTo(4);
    assertThat(CalendarInputs.integer(4.0, "x")).isEqualTo(4);
    assertThat(CalendarInputs.integer("4", "x")).isEqualTo(4);
    assertThatThrownBy(() -> CalendarInputs.integer(4.5, "periodWeeks"))
        .isInstanceOf(CalendarException.class).hasMessage("periodWeeks: '4.5' er ikke et helt tal.");
    assertThatThrownBy(() -> CalendarInputs.integer("fire", "periodWeeks")).isInstanceOf(CalendarException.class);
    assertThat(CalendarInputs.integers(List.of(5, 1), "x")).containsExactly(5, 1);
    assertThat(CalendarInputs.integers("5, 1", "x")).containsExactly(5, 1);
    assertThat(CalendarInputs.integers(3, "x")).containsExactly(3);
    assertThat(CalendarInputs.integers(null, "x")).isNull();
  }

  @Test
  void readsAPlanRequest() {
    PlanRequest request = CalendarInputs.planRequest(Map.of(
        "title", "CU 2023",
        "target", Map.of("date", "2023-07-01", "label", "Sendes"),
        "notBefore", "2023-01-20",
        "chain", List.of(
            Map.of("label", "Udkast", "workingDays", 15, "gapWorkingDays", 4),
            Map.of("label", "Høring", "kind", "hearing", "weeks", 4),
            Map.of("label", "FU", "forum", "FU"),
            Map.of("label", "Byråd", "forums", "kb-aalborg, kb-rebild"),
            Map.of("label", "Koordinationsforum", "date", "2023-04-14"))));
    assertThat(request.title()).isEqualTo("CU 2023");
    assertThat(request.target()).isEqualTo(PlanTarget.date("Sendes", LocalDate.of(2023, 7, 1)));
    assertThat(request.notBefore()).isEqualTo(LocalDate.of(2023, 1, 20));
    assertThat(request.chain()).containsExactly(
        PlanStep.period("Udkast", PlanStep.Length.workingDays(15)).withGap(4),
        PlanStep.hearing("Høring", 4),
        PlanStep.meeting("FU", "fu"),
        PlanStep.meeting("Byråd", "kb-aalborg", "kb-rebild"),
        PlanStep.fixed("Koordinationsforum", LocalDate.of(2023, 4, 14)));
    assertThat(CalendarInputs.target("2023-07-01")).isEqualTo(PlanTarget.date(null, LocalDate.of(2023, 7, 1)));
    assertThat(CalendarInputs.target(Map.of("forum", "KKR", "date", "2023-06-23")))
        .isEqualTo(PlanTarget.meeting(null, "kkr", LocalDate.of(2023, 6, 23)));
  }

  @Test
  void badPlanInputNamesTheStepAndField() {
    assertThatThrownBy(() -> CalendarInputs.planRequest(Map.of("target", "2023-07-01", "chain", List.of(), "steps", List.of())))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Planen: ukendt felt 'steps'.");
    assertThatThrownBy(() -> CalendarInputs.planRequest(Map.of("chain", List.of())))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Planen mangler et mål");
    assertThatThrownBy(() -> CalendarInputs.planRequest(Map.of("target", "2023-07-01")))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Planen har ingen trin");
    assertThatThrownBy(() -> CalendarInputs.chain("FU, DAS"))
        .isInstanceOf(CalendarException.class).hasMessage("chain skal være en liste af trin.");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("forum", "fu"))))
        .isInstanceOf(CalendarException.class).hasMessage("Trin 1 mangler en tekst (label).");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "FU", "forum", "fu"), Map.of("label", "X", "workingdays", 3))))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Trin 2: ukendt felt 'workingdays'.");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "X", "weeks", 2, "days", 3))))
        .isInstanceOf(CalendarException.class).hasMessage("Trin 1 (X): angiv kun én af weeks, days og workingDays.");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "X"))))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Trin 1 (X): angiv enten forum");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "X", "forum", "fu", "weeks", 2))))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Trin 1 (X): angiv enten forum");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "X", "kind", "meeting", "weeks", 2))))
        .isInstanceOf(CalendarException.class).hasMessage("Trin 1 (X): felterne passer ikke til et trin af slagsen meeting.");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of(Map.of("label", "X", "kind", "workshop"))))
        .isInstanceOf(CalendarException.class).hasMessageContaining("ukendt slags trin 'workshop'");
    assertThatThrownBy(() -> CalendarInputs.chain(List.of("FU")))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Trin 1 skal være et objekt");
    assertThatThrownBy(() -> CalendarInputs.target(Map.of("forum", "kkr")))
        .isInstanceOf(CalendarException.class).hasMessage("target.date mangler.");
    assertThatThrownBy(() -> CalendarInputs.hearingRules("maybe"))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("hearingRules: 'maybe' er ukendt.");
  }
}
