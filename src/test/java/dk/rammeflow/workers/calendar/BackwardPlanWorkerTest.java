package dk.rammeflow.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.CalendarFixture;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.BpmnError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackwardPlanWorkerTest {

  private final BackwardPlanWorker worker = new BackwardPlanWorker(CalendarFixture.standard().planner());

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
  void isTheWorkerOfItsJobType() throws NoSuchMethodException {
    assertThat(BackwardPlanWorker.class.getMethod("planBackwards", Object.class, Object.class, Object.class, Object.class)
        .getAnnotation(JobWorker.class).type()).isEqualTo("rammeflow-calendar-backward-plan");
  }

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
  void badInputIsABpmnErrorWithADanishMessage() {
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
