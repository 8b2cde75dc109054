package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TidsplanRendererTest {

  private final CalendarFixture fixture =
      CalendarFixture.on("classpath:calendar/spring-2023-meetings.yaml", LocalDate.of(2023, 1, 20));
  private final Plan plan = fixture.planner().plan(BackwardPlannerTest.centralUdmelding2023(LocalDate.of(2023, 1, 20)));

  @Test
  void csvHasDanishHeadingsAndOneLinePerStep() {
    String csv = TidsplanRenderer.csv(plan);
    List<String> lines = csv.lines().toList();
    assertThat(lines.getFirst()).isEqualTo("Nr.;Dato;Trin;Forum;Frist for materiale;Fra;Til;Bemærkninger");
    assertThat(lines).hasSize(13);
    assertThat(lines.get(2)).isEqualTo("2;6.–24. februar 2023;Første udkast til besvarelser udarbejdes;;;2023-02-06;2023-02-24;");
    assertThat(lines.get(4)).isEqualTo(
        "4;9. marts 2023;FU drøfter første udkast;Forretningsudvalget (FU);6. marts 2023;2023-03-09;2023-03-09;");
    assertThat(lines.get(7)).isEqualTo("7;15. april – 1. maj 2023;Udkastet tilrettes;;;2023-04-15;2023-05-01;");
    assertThat(lines.get(11)).isEqualTo("11;23. juni 2023;KKR;KKR Nordjylland;16. juni 2023;2023-06-23;2023-06-23;");
    assertThat(lines.get(12)).isEqualTo("12;1. juli 2023;Besvarelserne sendes til Socialstyrelsen med forbehold for politisk "
        + "godkendelse;;;2023-07-01;2023-07-01;\"1. juli 2023 er en lørdag; sidste arbejdsdag før er fredag den 30. juni 2023.\"");
    assertThat(csv).contains("\r\n");
  }

  @Test
  void csvQuotesCellsWithSeparators() {
    Plan quoted = fixture.planner().plan(new PlanRequest(null, PlanTarget.date("Sendes; \"endeligt\"", LocalDate.of(2023, 7, 3)),
        List.of(PlanStep.meeting("KKR", "kkr")), LocalDate.of(2023, 1, 20)));
    assertThat(TidsplanRenderer.csv(quoted)).contains(";\"Sendes; \"\"endeligt\"\"\";");
  }

  @Test
  void htmlIsADanishDocumentWithTheTableAndEscapedText() {
    String html = TidsplanRenderer.html(plan);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"da\">");
    assertThat(html).contains("<h1>Besvarelse af Central Udmelding 2023</h1>");
    assertThat(html).contains("<th>Nr.</th><th>Dato</th><th>Trin</th><th>Forum</th><th>Frist for materiale</th><th>Bemærkninger</th>");
    assertThat(html).contains("<td>KL&#39;s Koordinationsforum</td>");
    assertThat(html).contains("<td>1. juni 2023</td><td>Godkendelse på DAS-møde</td><td>Den Administrative Styregruppe (DAS)</td><td>24. maj 2023</td>");
    assertThat(html).contains("Mål: Besvarelserne sendes til Socialstyrelsen med forbehold for politisk godkendelse senest 1. juli 2023.");
    assertThat(html).doesNotContain("<ul class=\"advarsler\">");
  }

  @Test
  void aPlanThatDoesNotFitShowsWarningsAndTheEarliestPlan() {
    CalendarFixture year = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", LocalDate.of(2023, 5, 15));
    Plan late = year.planner().plan(new PlanRequest("Sen plan", PlanTarget.date("Sendes", LocalDate.of(2023, 7, 1)),
        List.of(PlanStep.meeting("FU <godkender>", "fu"), PlanStep.meeting("DAS", "das")), null));
    assertThat(late.fits()).isFalse();
    String html = TidsplanRenderer.html(late);
    assertThat(html).contains("<ul class=\"advarsler\">");
    assertThat(html).contains("<caption>Ønsket plan (seneste datoer)</caption>");
    assertThat(html).contains("<caption>Tidligst mulige plan</caption>");
    assertThat(html).contains("FU &lt;godkender&gt;").doesNotContain("FU <godkender>");
    String csv = TidsplanRenderer.csv(late);
    assertThat(csv).contains(";;Tidligst mulige plan;").contains(";;Advarsel;");
  }
}
