package dk.rammeflow.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.CalendarFixture;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.BpmnError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineWorkerTest {

  private final DeadlineWorker worker = new DeadlineWorker(CalendarFixture.standard().deadlines());

  @Test
  void isTheWorkerOfItsJobType() throws NoSuchMethodException {
    JobWorker annotation = DeadlineWorker.class.getMethod("computeDeadline", Object.class, Object.class, Object.class,
        Object.class, Object.class, Object.class, Object.class).getAnnotation(JobWorker.class);
    assertThat(annotation.type()).isEqualTo("rammeflow-calendar-deadline");
  }

  @Test
  void computesAHearingDeadlineWithRemindersAsIsoValues() {
    Map<String, Object> out = worker.computeDeadline("2027-06-21", null, 4, null, null, List.of(5, 1), "warn");
    // 4 weeks from 21 June 2027 end 19 July, in the summer weeks 28–31 (12 July – 8 August 2027)
    assertThat(out.get("deadline")).isEqualTo("2027-07-19");
    assertThat(out.get("deadlineAt")).isEqualTo("2027-07-19T23:59:59+02:00");
    assertThat(out.get("deadlineText")).isEqualTo("mandag den 19. juli 2027");
    assertThat(out.get("reminders")).isEqualTo(List.of("2027-07-12T09:00:00+02:00", "2027-07-16T09:00:00+02:00"));
    assertThat(out.get("reminderTexts")).isEqualTo(List.of("12. juli 2027 kl. 09.00", "16. juli 2027 kl. 09.00"));
    assertThat(out.get("proposedDeadline")).isEqualTo("2027-08-16");
    assertThat(out.get("proposedDeadlineText")).isEqualTo("mandag den 16. august 2027");
    assertThat((List<?>) out.get("warnings")).hasSize(2);
  }

  @Test
  void extendsWhenAskedAndAcceptsLooseVariableTypes() {
    Map<String, Object> out = worker.computeDeadline("2027-06-21T08:00:00+02:00", null, 4L, null, null, "5,1", "extend");
    assertThat(out.get("deadline")).isEqualTo("2027-08-16");
    assertThat(out.get("reminders")).isEqualTo(List.of("2027-08-09T09:00:00+02:00", "2027-08-13T09:00:00+02:00"));
  }

  @Test
  void withNoInputsGivesTheDefaultHearingDeadlineFromToday() {
    Map<String, Object> out = worker.computeDeadline(null, null, null, null, null, null, null);
    assertThat(out.get("startDate")).isEqualTo("2026-11-22");
    // Sunday 22 November + 4 weeks = Sunday 20 December, moved to Monday 21 December
    assertThat(out.get("deadline")).isEqualTo("2026-12-21");
    assertThat(out.get("reminders")).isEqualTo(List.of("2026-12-14T09:00:00+01:00", "2026-12-18T09:00:00+01:00"));
  }

  @Test
  void aFixedDeadline() {
    Map<String, Object> out = worker.computeDeadline("2026-12-01", null, null, null, "2027-01-15", List.of(1), null);
    assertThat(out.get("deadline")).isEqualTo("2027-01-15");
    assertThat(out.get("reminders")).isEqualTo(List.of("2027-01-14T09:00:00+01:00"));
  }

  @Test
  void badInputIsABpmnErrorWithADanishMessage() {
    assertThatThrownBy(() -> worker.computeDeadline("1. juli 2027", null, 4, null, null, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("CALENDAR_INVALID_INPUT");
          assertThat(e.getErrorMessage()).isEqualTo("startDate: '1. juli 2027' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01.");
        });
    assertThatThrownBy(() -> worker.computeDeadline("2027-01-01", 10, 4, null, null, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).startsWith("Angiv kun én af"));
    assertThatThrownBy(() -> worker.computeDeadline("2050-01-01", null, 4, null, null, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage())
            .isEqualTo("Datoen 1. januar 2050 ligger uden for kalenderens år (2017–2040)."));
    assertThatThrownBy(() -> worker.computeDeadline("2027-01-01", null, "fire", null, null, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).isEqualTo("periodWeeks: 'fire' er ikke et helt tal."));
    assertThatThrownBy(() -> worker.computeDeadline("2027-01-01", null, 4, null, null, List.of("x"), null))
        .isInstanceOf(BpmnError.class);
    assertThatThrownBy(() -> worker.computeDeadline("2027-01-01", null, 4, null, null, null, "strict"))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).startsWith("hearingRules: 'strict' er ukendt."));
  }
}
