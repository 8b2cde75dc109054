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

  /**
   * The winter 2022/23 case of seed 004 (pregnant women with harmful drug use): Socialstyrelsen asked on 27 September
   * 2022 for an answer by 1 December; no discussion round, the municipalities' comments go to the DAS meeting itself.
   */
  static CuCase winterCase() {
    return new CuCase("cu-gravide-2023", "Gravide med rusmiddelproblematikker", "Udsatte gravide kvinder med skadeligt rusmiddelbrug",
        List.of("Tema 1: Beskrivelse af aktuelle indsatser", "Tema 2: Forslag til fremadrettede indsatsmodeller"), LocalDate.of(2022, 12, 1),
        Map.of("name", "Anmodning", "url", "https://socialstyrelsen.example/anmodning-gravide.pdf"), "helle.hoejgaard@rammeaftale.example",
        LocalDate.of(2022, 9, 27), true,
        new CuCase.Settings(false, 1, 3, 1, 2, 13, 10, false, true, 2, 9, LocalDate.of(2022, 12, 19), LocalDate.of(2022, 12, 22)),
        Instant.parse("2026-11-22T09:00:00Z"));
  }

  @Test
  void theWinterCaseWithoutDiscussionRoundPlansOnTheSeedsDates() {
    CasePlan first = planning.plan(winterCase(), LocalDate.of(2022, 9, 27));
    assertThat(first.fits()).isFalse();
    assertThat(first.plan().earliestTarget()).isEqualTo(LocalDate.of(2023, 2, 13));
    assertThat(first.earliestRows()).extracting(r -> r.get("key") + " " + r.get("start") + " " + r.get("end"))
        .containsExactly("dialogue 2022-12-19 2022-12-19", "first-draft 2022-12-22 2022-12-22", "fu-approval 2023-01-05 2023-01-05",
            "revision 2023-01-06 2023-01-09", "hearing 2023-01-10 2023-01-20", "das-approval 2023-01-20 2023-01-20",
            "kdk-approval 2023-01-27 2023-01-27", "kkr-approval 2023-02-10 2023-02-10", "target 2023-02-13 2023-02-13");

    CuCase c = winterCase();
    c.agreeDeadline(LocalDate.of(2023, 2, 13));
    CasePlan plan = planning.plan(c, LocalDate.of(2022, 9, 27));
    assertThat(plan.fits()).as(String.valueOf(plan.plan().warnings())).isTrue();
    assertThat(plan.rows()).extracting(r -> r.get("key") + " " + r.get("start") + " " + r.get("end"))
        .containsExactly("dialogue 2022-12-19 2022-12-19", "first-draft 2022-12-22 2022-12-22", "fu-approval 2023-01-05 2023-01-05",
            "revision 2023-01-06 2023-01-09", "hearing 2023-01-10 2023-01-20", "das-approval 2023-01-20 2023-01-20",
            "kdk-approval 2023-01-27 2023-01-27", "kkr-approval 2023-02-10 2023-02-10", "target 2023-02-13 2023-02-13");
    assertThat(CuPlanning.row(plan.rows(), CuStage.HEARING).get("notes")).asList()
        .contains("Slutter senest på mødedagen 20. januar 2023: bemærkningerne går direkte til mødet.");
  }

  @Test
  void aHearingEndingOnTheMaterialDeadlineIsLateUnlessItsCommentsGoToTheMeeting() {
    CuCase late = new CuCase("cu-uden-moede", "Gravide", "Gravide", List.of("Tema 1"), LocalDate.of(2023, 2, 13),
        Map.of("name", "Anmodning", "url", "https://socialstyrelsen.example/a.pdf"), "helle.hoejgaard@rammeaftale.example",
        LocalDate.of(2022, 9, 27), true,
        new CuCase.Settings(false, 1, 3, 1, 2, 13, 10, false, false, 2, 9, LocalDate.of(2022, 12, 19), LocalDate.of(2022, 12, 22)),
        Instant.parse("2026-11-22T09:00:00Z"));
    CasePlan plan = planning.plan(late, LocalDate.of(2022, 9, 27));
    // Before DAS's material deadline (13 January) the hearing must end on 12 January, which leaves FU 5 January no room.
    assertThat(CuPlanning.row(plan.rows(), CuStage.HEARING)).containsEntry("end", "2023-01-12");
    assertThat(plan.fits()).isFalse();
  }

  @Test
  void withoutTheDiscussionRoundFuApprovesTheFirstDraftAndTheHearingFeedsDas() {
    assertThat(CuStage.sequence(winterCase().settings())).containsExactly("dialogue", "first-draft", "fu-approval", "revision", "hearing",
        "das-approval", "kdk-approval", "kkr-approval");
    assertThat(CuStage.chainSteps(winterCase().settings())).containsExactly("das-approval", "kdk-approval", "kkr-approval");
    assertThat(CuStage.sequence(signLanguageCase().settings())).isEqualTo(CuStage.ALL);
    assertThat(CuStage.remaining(List.of(CuStage.FU_APPROVAL), CuStage.WITHOUT_DISCUSSION)).first().isEqualTo(CuStage.REVISION);
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
