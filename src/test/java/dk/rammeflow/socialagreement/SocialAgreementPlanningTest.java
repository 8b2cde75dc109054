package dk.rammeflow.socialagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.calendar.CalendarFixture;
import dk.rammeflow.socialagreement.SocialAgreementPlanning.AgreementPlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tidsplan of Nordjysk Socialaftale 2027–2028 on the real meeting calendar, against the plan in seed 002. */
class SocialAgreementPlanningTest {

  private final SocialAgreementPlanning planning = new SocialAgreementPlanning(CalendarFixture.standard().planner());
  private final SocialAgreementProperties properties = SocialAgreementProperties.defaults();

  private AgreementPlan plan2027(boolean electionYear) {
    return planning.plan("Nordjysk Socialaftale 2027-2028", 2027, electionYear, properties.supplyDemandReview(2027), LocalDate.of(2025, 8, 25));
  }

  private static String at(AgreementPlan plan, String key) {
    return key + " " + plan.row(key).get("start") + (plan.row(key).get("end").equals(plan.row(key).get("start")) ? "" : "–" + plan.row(key).get("end"));
  }

  @Test
  void the2027PlanHasTheSeedsDatesAndLeavesTheCouncilsTheirTime() {
    AgreementPlan plan = plan2027(properties.electionYear(2027));

    assertThat(plan.fits()).as(String.valueOf(plan.warnings())).isTrue();
    // Framing (seed 002): FU 11 Sep, DAS 2 Oct, KDK 10 Oct, KKR 24 Oct 2025.
    assertThat(List.of(at(plan, "framing-fu"), at(plan, "framing-das"), at(plan, "framing-kdk"), at(plan, "framing-kkr")))
        .containsExactly("framing-fu 2025-09-11", "framing-das 2025-10-02", "framing-kdk 2025-10-10", "framing-kkr 2025-10-24");
    // Target groups and capacity needs, January to March 2026, with the udbud og efterspørgsel review.
    assertThat(at(plan, "target-groups")).isEqualTo("target-groups 2026-01-08–2026-02-04");
    assertThat(at(plan, "capacity-qualification")).isEqualTo("capacity-qualification 2026-02-05–2026-03-18");
    assertThat(at(plan, "capacity-decision")).isEqualTo("capacity-decision 2026-03-26");
    // New initiatives in April and May; Socialpolitisk Dialogforum as late as possible in May.
    assertThat(at(plan, "initiative-proposals")).isEqualTo("initiative-proposals 2026-04-07–2026-04-16");
    assertThat(at(plan, "dialogforum")).isEqualTo("dialogforum 2026-04-17–2026-05-15");
    assertThat(at(plan, "initiatives-fu")).isEqualTo("initiatives-fu 2026-05-21");
    assertThat(at(plan, "socialpolitisk-dialogforum")).isEqualTo("socialpolitisk-dialogforum 2026-05-28");
    // Approval: FU May/Jun, DAS Jun/Aug, KDK Aug, KKR Sep 2026 — the meetings that leave the councils time.
    assertThat(List.of(at(plan, "approval-fu"), at(plan, "approval-das"), at(plan, "approval-kdk"), at(plan, "approval-kkr")))
        .containsExactly("approval-fu 2026-06-18", "approval-das 2026-08-20", "approval-kdk 2026-08-28", "approval-kkr 2026-09-11");
    assertThat(at(plan, "draft")).isEqualTo("draft 2026-05-29–2026-06-12");
    assertThat(at(plan, "finalize")).isEqualTo("finalize 2026-07-02–2026-08-12");
    assertThat(at(plan, "layout")).isEqualTo("layout 2026-09-22–2026-10-05");
    // Regionsrådet and all 11 councils by 1 December.
    assertThat(at(plan, "local-approval")).isEqualTo("local-approval 2026-10-06–2026-11-30");
    assertThat(plan.row("target")).containsEntry("start", "2026-12-01");
  }

  @Test
  void inTheElectionYear2025TheAgreementIsReadOnceAndTheFocusAreasStayCentral() {
    assertThat(properties.electionYear(2027)).isTrue();
    AgreementPlan plan = plan2027(true);

    assertThat(plan.rows()).extracting(r -> (String) r.get("key"))
        .doesNotContain("first-reading-das", "first-reading-kkr", "local-focus-areas")
        .contains("approval-das", "approval-kkr");
    assertThat(plan.row("approval-das")).containsEntry("label", "DAS godkender socialaftalen");
  }

  @Test
  void outsideAnElectionYearDasAndKkrReadItTwiceAndTheFocusAreasGoOutLocally() {
    assertThat(properties.electionYear(2029)).isFalse();
    AgreementPlan plan = plan2027(false);

    assertThat(plan.rows()).extracting(r -> (String) r.get("key"))
        .containsSubsequence("socialpolitisk-dialogforum", "local-focus-areas", "draft", "approval-fu", "first-reading-das", "first-reading-kkr",
            "finalize", "approval-das", "approval-kdk", "approval-kkr", "layout", "local-approval", "target");
    assertThat(plan.row("approval-das")).containsEntry("label", "DAS andenbehandler og godkender socialaftalen");
    assertThat(plan.row("local-focus-areas")).containsEntry("kind", "hearing");
    // The councils keep their eight weeks; KKR's second reading stays in September.
    assertThat(at(plan, "approval-kkr")).isEqualTo("approval-kkr 2026-09-11");
    assertThat(at(plan, "first-reading-kkr")).isEqualTo("first-reading-kkr 2026-06-26");
  }

  @Test
  void theReviewComesWithEveryOtherAgreement() {
    assertThat(properties.supplyDemandReview(2027)).isTrue();
    assertThat(properties.supplyDemandReview(2029)).isFalse();
    assertThat(properties.supplyDemandReview(2031)).isTrue();
    assertThat(SocialAgreementStage.steps(false, false)).extracting(SocialAgreementStage.Step::key)
        .contains("target-groups-working-group").doesNotContain("target-groups", "capacity-decision");
  }
}
