package dk.rammeflow.cu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.CalendarFixture;
import dk.rammeflow.cu.CuPlanning.CasePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tidsplan of a CU case against the real meeting calendar, with the 2023 sign-language case. */
class CuPlanningTest {

  private final CuPlanning planning = new CuPlanning(CalendarFixture.standard().planner());

  static CuCase signLanguageCase() {
    return new CuCase("cu-tegnsprog-2023", "Børn og unge med høretab, der har behov for tegnsprog", "Døve og hørehæmmede børn",
        List.of("Tema 1: Koordination og samarbejde", "Tema 2: Fremadrettet tilrettelæggelse"), LocalDate.of(2023, 3, 31),
        Map.of("name", "Central udmelding", "url", "https://socialstyrelsen.example/cu-tegnsprog.pdf"), "helle.hoejgaard@rammeaftale.example",
        LocalDate.of(2023, 1, 20), true, new CuCase.Settings(true, 1, 3, 1, 2, 13, 10), Instant.parse("2026-11-22T09:00:00Z"));
  }

  @Test
  void socialstyrelsensDeadlineCannotBeMetAndTheEarliestPlanIsGiven() {
    CasePlan plan = planning.plan(signLanguageCase(), LocalDate.of(2023, 1, 20));

    assertThat(plan.fits()).isFalse();
    assertThat(plan.plan().warnings()).anyMatch(w -> w.contains("kan målet tidligst nås"));
    assertThat(plan.earliestRows()).extracting(r -> r.get("key") + " " + r.get("start"))
        .contains("fu-discussion 2023-03-09", "das-discussion 2023-03-31", "kkr-approval 2023-06-23");
    assertThat(plan.csv()).contains("Tidligst mulige plan");
  }

  @Test
  void theNegotiatedDeadlineOfFirstJulyFitsTheMeetingsOf2023() {
    CuCase c = signLanguageCase();
    c.agreeDeadline(LocalDate.of(2023, 7, 1));
    CasePlan plan = planning.plan(c, LocalDate.of(2023, 1, 20));

    assertThat(plan.fits()).as(String.valueOf(plan.plan().warnings())).isTrue();
    assertThat(plan.rows()).extracting(r -> r.get("key") + " " + r.get("start"))
        .contains("fu-discussion 2023-03-09", "das-discussion 2023-03-31", "fu-approval 2023-05-08", "das-approval 2023-06-01",
            "kdk-approval 2023-06-08", "kkr-approval 2023-06-23", "target 2023-07-01");
    assertThat(CuPlanning.row(plan.rows(), CuStage.HEARING)).containsEntry("kind", "hearing");
  }

  @Test
  void aReplanCoversOnlyWhatIsLeft() {
    CuCase c = signLanguageCase();
    c.agreeDeadline(LocalDate.of(2023, 7, 1));
    c.recordForumStep(new CuCase.ForumStep(1, CuStage.DAS_DISCUSSION, "das", "fb-1", LocalDate.of(2023, 3, 31), "taget-til-efterretning",
        "Taget til efterretning", "Drøftet.", false, 0));
    CasePlan plan = planning.plan(c, c.nextEarliestDate());

    assertThat(plan.rows()).extracting(r -> r.get("key"))
        .containsExactly("revision", "hearing", "fu-approval", "das-approval", "kdk-approval", "kkr-approval", "target");
    assertThat(CuStage.remaining(List.of(CuStage.FIRST_DRAFT))).first().isEqualTo(CuStage.FU_DISCUSSION);
  }

  @Test
  void aTargetOutsideTheCalendarIsRefusedClearly() {
    CuCase c = signLanguageCase();
    c.agreeDeadline(LocalDate.of(2041, 1, 1));
    assertThatThrownBy(() -> planning.plan(c, LocalDate.of(2023, 1, 20)))
        .isInstanceOf(CuException.class).hasMessageStartingWith("Tidsplanen kan ikke beregnes: ");
  }

  @Test
  void aHistoricalCaseRunsOnItsOwnTimeline() {
    CuCase c = signLanguageCase();
    LocalDate realToday = LocalDate.of(2026, 11, 22);
    assertThat(c.today(realToday)).isEqualTo(LocalDate.of(2023, 1, 20));
    c.agreeDeadline(LocalDate.of(2023, 7, 1));
    c.recordForumStep(new CuCase.ForumStep(1, CuStage.KKR_APPROVAL, "kkr", "fb-2", LocalDate.of(2023, 6, 23), "godkendt", "Godkendt", "Godkendt.", false, 0));
    assertThat(c.nextEarliestDate()).isEqualTo(LocalDate.of(2023, 6, 24));
    assertThat(c.submissionDate(realToday)).isEqualTo(LocalDate.of(2023, 7, 1));
  }
}
