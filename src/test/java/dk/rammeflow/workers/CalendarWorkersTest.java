package dk.rammeflow.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.CalendarFixture;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.BpmnError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CalendarWorkersTest {

  private final CalendarFixture fixture = CalendarFixture.standard();
  private final CalendarWorkers worker = new CalendarWorkers(fixture.deadlines(), fixture.planner(), fixture.meetings(), fixture.time());

  @Test
  void listsEveryCalendarJobTypeOnce() {
    assertThat(Stream.of(CalendarWorkers.class.getMethods()).map(m -> m.getAnnotation(JobWorker.class)).filter(a -> a != null).map(JobWorker::type))
        .containsExactlyInAnyOrder("rammeflow-calendar-deadline", "rammeflow-calendar-next-meeting", "rammeflow-calendar-backward-plan");
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
  void aFixedDeadlineWithOneReminder() {
    Map<String, Object> out = worker.computeDeadline("2026-12-01", null, null, null, "2027-01-15", List.of(1), null);
    assertThat(out.get("deadline")).isEqualTo("2027-01-15");
    assertThat(out.get("reminders")).isEqualTo(List.of("2027-01-14T09:00:00+01:00"));
  }

  @Test
  void deadlineBadInputIsABpmnErrorWithADanishMessage() {
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
  void nextMeetingWithoutADateLooksFromToday() {
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
  void nextMeetingBadInputIsABpmnErrorWithADanishMessage() {
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

  /** The chain as a process would pass it: a FEEL list of contexts. */
  private static final List<Map<String, Object>> CU_2023_CHAIN = List.of(
      Map.of("label", "Dialogmøde", "workingDays", 1),
      Map.of("label", "Første udkast", "workingDays", 15, "gapWorkingDays", 4),
      Map.of("label", "Opfølgningsmøde", "workingDays", 1),
      Map.of("label", "FU drøfter første udkast", "forum", "fu"),
      Map.of("label", "DAS drøfter første udkast", "forum", "das"),
      Map.of("label", "KL's Koordinationsforum", "date", "2023-04-14"),
      Map.of("label", "Udkastet tilrettes", "days", 17),
      Map.of("label", "FU godkender", "forum", "fu"),
      Map.of("label", "DAS godkender", "forum", "das"),
      Map.of("label", "KDK", "forum", "kdk"),
      Map.of("label", "KKR", "forum", "kkr"));

  @Test
  @SuppressWarnings("unchecked")
  void producesThe2023TidsplanAsVariables() {
    Map<String, Object> out = worker.planBackwards(Map.of("date", "2023-07-01", "label", "Sendes til Socialstyrelsen"),
        CU_2023_CHAIN, "2023-01-20", "CU 2023");
    assertThat(out.get("fits")).isEqualTo(true);
    assertThat(out.get("warnings")).isEqualTo(List.of());
    assertThat(out.get("startBy")).isEqualTo("2023-02-03");
    List<Map<String, Object>> plan = (List<Map<String, Object>>) out.get("plan");
    assertThat(plan).extracting(row -> row.get("start")).containsExactly("2023-02-03", "2023-02-06", "2023-03-03",
        "2023-03-09", "2023-03-31", "2023-04-14", "2023-04-15", "2023-05-08", "2023-06-01", "2023-06-08", "2023-06-23",
        "2023-07-01");
    assertThat(plan.get(9)).containsEntry("forumName", "Kommunaldirektørkredsen (KDK)")
        .containsEntry("materialDeadline", "2023-06-02").containsEntry("dateText", "8. juni 2023");
    assertThat((String) out.get("planCsv")).startsWith("Nr.;Dato;Trin;Forum;Frist for materiale;Fra;Til;Bemærkninger");
    assertThat((String) out.get("planHtml")).contains("<h1>CU 2023</h1>");
    assertThat(out.get("earliestPlan")).isEqualTo(List.of());
    assertThat(out.get("earliestTarget")).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMeetingTargetAndAChainThatDoesNotFit() {
    // today is 22 November 2026; KKR 11 December 2026 has its material deadline on 4 December
    Map<String, Object> out = worker.planBackwards(Map.of("forum", "kkr", "date", "2026-12-11"),
        List.of(Map.of("label", "Høring", "kind", "hearing", "weeks", 4), Map.of("label", "DAS", "forum", "das")),
        null, null);
    assertThat(out.get("fits")).isEqualTo(false);
    assertThat((List<String>) out.get("warnings")).isNotEmpty();
    List<Map<String, Object>> earliest = (List<Map<String, Object>>) out.get("earliestPlan");
    assertThat(earliest).extracting(row -> row.get("kind")).containsExactly("hearing", "meeting", "target");
    assertThat(out.get("earliestTarget")).isEqualTo("2027-02-12");
  }

  @Test
  void backwardPlanBadInputIsABpmnErrorWithADanishMessage() {
    assertThatThrownBy(() -> worker.planBackwards("2023-07-01", List.of(), null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("CALENDAR_INVALID_INPUT");
          assertThat(e.getErrorMessage()).isEqualTo("Planen har ingen trin. Angiv mindst ét trin før målet.");
        });
    assertThatThrownBy(() -> worker.planBackwards(null, CU_2023_CHAIN, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).startsWith("Planen mangler et mål"));
    assertThatThrownBy(() -> worker.planBackwards("2023-07-01", List.of(Map.of("label", "X", "forum", "kb-aalborgg")), null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).startsWith("Ukendt forum 'kb-aalborgg'."));
    assertThatThrownBy(() -> worker.planBackwards(Map.of("forum", "kkr", "date", "2026-12-12"), CU_2023_CHAIN, null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage())
            .isEqualTo("KKR Nordjylland har intet møde den 12. december 2026 i mødekalenderen."));
    assertThatThrownBy(() -> worker.planBackwards("2023-07-01", "FU, DAS", null, null))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorMessage()).isEqualTo("chain skal være en liste af trin."));
  }
}
