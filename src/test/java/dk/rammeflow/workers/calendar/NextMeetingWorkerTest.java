package dk.rammeflow.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.CalendarFixture;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.BpmnError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextMeetingWorkerTest {

  private final CalendarFixture fixture = CalendarFixture.standard();
  private final NextMeetingWorker worker = new NextMeetingWorker(fixture.meetings(), fixture.time());

  @Test
  void isTheWorkerOfItsJobType() throws NoSuchMethodException {
    assertThat(NextMeetingWorker.class.getMethod("findNextMeeting", Object.class, Object.class)
        .getAnnotation(JobWorker.class).type()).isEqualTo("rammeflow-calendar-next-meeting");
  }

  @Test
  void findsTheNextMeetingThatTheMaterialCanReach() {
    Map<String, Object> out = worker.findNextMeeting("das", "2023-05-25");
    assertThat(out.get("meetingDate")).isEqualTo("2023-08-21");
    Map<String, Object> inTime = worker.findNextMeeting("das", "2023-05-24");
    assertThat(inTime.get("forum")).isEqualTo("das");
    assertThat(inTime.get("forumName")).isEqualTo("Den Administrative Styregruppe (DAS)");
    assertThat(inTime.get("meetingDate")).isEqualTo("2023-06-01");
    assertThat(inTime.get("meetingAt")).isEqualTo("2023-06-01T12:00:00+02:00");
    assertThat(inTime.get("meetingText")).isEqualTo("torsdag den 1. juni 2023 kl. 12.00");
    assertThat(inTime.get("materialDeadline")).isEqualTo("2023-05-24");
    assertThat(inTime.get("materialDeadlineAt")).isEqualTo("2023-05-24T23:59:59+02:00");
    assertThat(inTime.get("materialDeadlineText")).isEqualTo("onsdag den 24. maj 2023");
    assertThat(inTime.get("warnings")).isEqualTo(List.of());
  }

  @Test
  void withoutADateItLooksFromToday() {
    Map<String, Object> out = worker.findNextMeeting("kkr", null);
    assertThat(LocalDate.parse((String) out.get("meetingDate"))).isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void reportsCancelledMeetingsItSkips() {
    Map<String, Object> out = worker.findNextMeeting("das", "2017-01-02");
    assertThat(out.get("meetingDate")).isEqualTo("2017-03-02");
    assertThat(out.get("skippedCancelled")).isEqualTo(List.of("2017-01-16"));
    assertThat(out.get("warnings")).isEqualTo(List.of("Mødet i Den Administrative Styregruppe (DAS) den 16. januar 2017 er aflyst."));
  }

  @Test
  void badInputIsABpmnErrorWithADanishMessage() {
    assertThatThrownBy(() -> worker.findNextMeeting("byraad", "2026-12-01"))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("CALENDAR_INVALID_INPUT");
          assertThat(e.getErrorMessage()).startsWith("Ukendt forum 'byraad'. Mødekalenderen kender: fu, das,");
        });
    assertThatThrownBy(() -> worker.findNextMeeting(null, "2026-12-01"))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).isEqualTo("Der mangler et forum."));
    assertThatThrownBy(() -> worker.findNextMeeting("das", "2041-01-01"))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).contains("uden for kalenderens år"));
    assertThatThrownBy(() -> worker.findNextMeeting("das", "2027-11-19"))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage())
            .startsWith("Mødekalenderen har intet møde i Den Administrative Styregruppe (DAS), som materiale fra 19. november 2027 kan nå frem til."));
  }
}
