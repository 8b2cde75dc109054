package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.calendar.PlanStep.Length;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackwardPlannerTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * The chain of the 2023 Central Udmelding response (DOMAIN.md, seeds 001/004), in the order the work
   * happens; lengths as in the secretariat's plan.
   */
  static List<PlanStep> centralUdmelding2023Chain() {
    return List.of(
        PlanStep.period("Dialogmøde med kommunale eksperter (fokusgruppeinterview)", Length.workingDays(1)),
        PlanStep.period("Første udkast til besvarelser udarbejdes", Length.workingDays(15)).withGap(4),
        PlanStep.period("Opfølgningsmøde: udkastet kvalificeres", Length.workingDays(1)),
        PlanStep.meeting("FU drøfter første udkast", "fu"),
        PlanStep.meeting("DAS drøfter første udkast", "das"),
        PlanStep.fixed("KL's Koordinationsforum", d("2023-04-14")),
        PlanStep.period("Udkastet tilrettes", Length.days(17)),
        PlanStep.meeting("Godkendelse på FU-møde", "fu"),
        PlanStep.meeting("Godkendelse på DAS-møde", "das"),
        PlanStep.meeting("KDK", "kdk"),
        PlanStep.meeting("KKR", "kkr"));
  }

  static PlanRequest centralUdmelding2023(LocalDate notBefore) {
    return new PlanRequest("Besvarelse af Central Udmelding 2023", PlanTarget.date(
        "Besvarelserne sendes til Socialstyrelsen med forbehold for politisk godkendelse", d("2023-07-01")),
        centralUdmelding2023Chain(), notBefore);
  }

  private static void assertThe2023Plan(Plan plan) {
    assertThat(plan.fits()).isTrue();
    assertThat(plan.warnings()).isEmpty();
    List<PlannedStep> steps = plan.steps();
    assertThat(steps).hasSize(12);
    assertThat(steps).extracting(PlannedStep::label).containsExactly(
        "Dialogmøde med kommunale eksperter (fokusgruppeinterview)",
        "Første udkast til besvarelser udarbejdes",
        "Opfølgningsmøde: udkastet kvalificeres",
        "FU drøfter første udkast",
        "DAS drøfter første udkast",
        "KL's Koordinationsforum",
        "Udkastet tilrettes",
        "Godkendelse på FU-møde",
        "Godkendelse på DAS-møde",
        "KDK",
        "KKR",
        "Besvarelserne sendes til Socialstyrelsen med forbehold for politisk godkendelse");
    // week 5
    assertThat(steps.get(0).start()).isEqualTo(d("2023-02-03"));
    // 6–24 February
    assertThat(steps.get(1).start()).isEqualTo(d("2023-02-06"));
    assertThat(steps.get(1).end()).isEqualTo(d("2023-02-24"));
    // 3 March
    assertThat(steps.get(2).start()).isEqualTo(d("2023-03-03"));
    // the meetings of the plan: FU 9 Mar → DAS 31 Mar → (14 Apr) → FU 8 May → DAS 1 Jun → KDK 8 Jun → KKR 23 Jun
    assertThat(steps).extracting(PlannedStep::kind).containsExactly(StepKind.PERIOD, StepKind.PERIOD,
        StepKind.PERIOD, StepKind.MEETING, StepKind.MEETING, StepKind.FIXED, StepKind.PERIOD, StepKind.MEETING,
        StepKind.MEETING, StepKind.MEETING, StepKind.MEETING, StepKind.TARGET);
    assertThat(steps).filteredOn(s -> s.kind() == StepKind.MEETING).extracting(PlannedStep::start).containsExactly(
        d("2023-03-09"), d("2023-03-31"), d("2023-05-08"), d("2023-06-01"), d("2023-06-08"), d("2023-06-23"));
    assertThat(steps).filteredOn(s -> s.kind() == StepKind.MEETING).extracting(PlannedStep::forums)
        .containsExactly(List.of("fu"), List.of("das"), List.of("fu"), List.of("das"), List.of("kdk"), List.of("kkr"));
    // material deadlines: FU 3, DAS 5, KDK 3, KKR 5 working days (Store Bededag 5 May, Pinse, Grundlovsdag)
    assertThat(steps).filteredOn(s -> s.kind() == StepKind.MEETING).extracting(PlannedStep::materialDeadline)
        .containsExactly(d("2023-03-06"), d("2023-03-24"), d("2023-05-02"), d("2023-05-24"), d("2023-06-02"),
            d("2023-06-16"));
    assertThat(steps.get(5).start()).isEqualTo(d("2023-04-14"));
    // 15 April – 1 May
    assertThat(steps.get(6).start()).isEqualTo(d("2023-04-15"));
    assertThat(steps.get(6).end()).isEqualTo(d("2023-05-01"));
    // 1 July
    assertThat(steps.get(11).start()).isEqualTo(d("2023-07-01"));
    assertThat(steps.get(11).kind()).isEqualTo(StepKind.TARGET);
    assertThat(steps.get(11).notes()).containsExactly(
        "1. juli 2023 er en lørdag; sidste arbejdsdag før er fredag den 30. juni 2023.");
    // and every step lies before the next
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i - 1).end()).isBefore(steps.get(i).start().plusDays(1));
    }
    assertThat(plan.startBy()).isEqualTo(d("2023-02-03"));
  }

  @Test
  void reproducesThe2023CentralUdmeldingPlanFromTheSpring2023MeetingDates() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/spring-2023-meetings.yaml", d("2023-01-20"));
    assertThe2023Plan(fixture.planner().plan(centralUdmelding2023(d("2023-01-20"))));
  }

  @Test
  void reproducesThe2023CentralUdmeldingPlanFromTheShippedMeetingCalendar() {
    CalendarFixture fixture = CalendarFixture.standard();
    assertThe2023Plan(fixture.planner().plan(centralUdmelding2023(d("2023-01-20"))));
  }

  @Test
  void aMeetingTargetPlansBeforeItsMaterialDeadline() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/spring-2023-meetings.yaml", d("2023-01-20"));
    List<PlanStep> chain = new ArrayList<>(centralUdmelding2023Chain());
    chain.removeLast();
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.meeting(null, "kkr", d("2023-06-23")), chain,
        d("2023-01-20")));
    assertThat(plan.fits()).isTrue();
    assertThat(plan.title()).isEqualTo("Tidsplan");
    PlannedStep target = plan.steps().getLast();
    assertThat(target.label()).isEqualTo("Møde i KKR Nordjylland");
    assertThat(target.start()).isEqualTo(d("2023-06-23"));
    assertThat(target.materialDeadline()).isEqualTo(d("2023-06-16"));
    assertThat(plan.steps()).filteredOn(s -> s.kind() == StepKind.MEETING).extracting(PlannedStep::start)
        .containsExactly(d("2023-03-09"), d("2023-03-31"), d("2023-05-08"), d("2023-06-01"), d("2023-06-08"));
  }

  @Test
  void aChainThatStartsTooLateDoesNotFitAndNoEarlierPlanExistsInTheSpringCalendar() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/spring-2023-meetings.yaml", d("2023-02-10"));
    Plan plan = fixture.planner().plan(centralUdmelding2023(null));
    assertThat(plan.notBefore()).isEqualTo(d("2023-02-10"));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.warnings()).containsExactly(
        "Planen skulle være begyndt 3. februar 2023 for at nå målet 1. juli 2023, men kan tidligst begynde 10. februar 2023.",
        "Der findes ingen plan fra 10. februar 2023, som passer med mødekalenderen: trin 6 (KL's Koordinationsforum) "
            + "ligger fast den 14. april 2023, men kan tidligst nås 2. juni 2023.");
    assertThat(plan.earliestSteps()).isEmpty();
    assertThat(plan.earliestTarget()).isNull();
  }

  @Test
  void aForumWithoutAMeetingEarlyEnoughLeavesTheStepUnplaced() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", d("2023-01-02"));
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.date("Sendes", d("2023-02-01")), List.of(
        PlanStep.period("Udkast", Length.weeks(1)),
        PlanStep.meeting("KKR", "kkr")), null));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.steps()).extracting(PlannedStep::placed).containsExactly(false, false, true);
    assertThat(plan.warnings()).containsExactly(
        "Trin 2 (KKR): KKR Nordjylland har intet møde senest 31. januar 2023 i mødekalenderen. "
            + "Første møde i kalenderen er 10. februar 2023.",
        "Med de nuværende mødedatoer kan målet tidligst nås 13. februar 2023; se den tidligst mulige plan.");
    // forwards from 2 January: the draft 2–8 January, KKR 10 February, sent the next working day
    assertThat(plan.earliestSteps()).extracting(PlannedStep::start)
        .containsExactly(d("2023-01-02"), d("2023-02-10"), d("2023-02-13"));
    assertThat(plan.earliestTarget()).isEqualTo(d("2023-02-13"));
  }

  private static List<PlanStep> draftFuDasKdkKkr() {
    return List.of(
        PlanStep.period("Udkast", Length.weeks(2)),
        PlanStep.meeting("FU", "fu"),
        PlanStep.meeting("DAS", "das"),
        PlanStep.meeting("KDK", "kdk"),
        PlanStep.meeting("KKR", "kkr"));
  }

  @Test
  void whenTheChainStartsTooLateTheEarliestPossiblePlanIsGiven() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", d("2023-05-15"));
    Plan plan = fixture.planner().plan(new PlanRequest("Test", PlanTarget.date("Sendes", d("2023-07-01")),
        draftFuDasKdkKkr(), null));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.steps()).extracting(PlannedStep::start).containsExactly(
        d("2023-04-18"), d("2023-05-08"), d("2023-06-01"), d("2023-06-08"), d("2023-06-23"), d("2023-07-01"));
    assertThat(plan.warnings().getFirst())
        .isEqualTo("Planen skulle være begyndt 18. april 2023 for at nå målet 1. juli 2023, men kan tidligst begynde 15. maj 2023.");
    // forwards from 15 May: draft 15–28 May; FU 8 May is gone, FU 26 Jun (material 21 Jun); DAS 21 Aug;
    // KDK 1 Sep (material 29 Aug); KKR 15 Sep; sent the next working day
    assertThat(plan.earliestSteps()).extracting(PlannedStep::start).containsExactly(
        d("2023-05-15"), d("2023-06-26"), d("2023-08-21"), d("2023-09-01"), d("2023-09-15"), d("2023-09-18"));
    assertThat(plan.earliestSteps().get(0).end()).isEqualTo(d("2023-05-28"));
    assertThat(plan.earliestTarget()).isEqualTo(d("2023-09-18"));
    assertThat(plan.warnings().getLast())
        .isEqualTo("Med de nuværende mødedatoer kan målet tidligst nås 18. september 2023; se den tidligst mulige plan.");
  }

  @Test
  void theEarliestPlanSkipsCancelledMeetings() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", d("2023-07-03"));
    Plan plan = fixture.planner().plan(new PlanRequest("Test", PlanTarget.date("Sendes", d("2023-10-01")),
        draftFuDasKdkKkr(), null));
    assertThat(plan.fits()).isFalse();
    // forwards from 3 July: draft 3–16 July; FU 7 Sep; DAS 5 Oct is cancelled, so DAS 23 Nov; KDK 1 Dec; KKR 15 Dec
    assertThat(plan.earliestSteps()).extracting(PlannedStep::start).containsExactly(
        d("2023-07-03"), d("2023-09-07"), d("2023-11-23"), d("2023-12-01"), d("2023-12-15"), d("2023-12-18"));
    assertThat(plan.earliestSteps().get(2).notes()).containsExactly(
        "Mødet i Den Administrative Styregruppe (DAS) den 5. oktober 2023 er aflyst; en beslutning dér kræver skriftlig høring.");
  }

  @Test
  void aBackwardPlanNotesCancelledMeetingsItPassesOver() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", d("2023-01-02"));
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.meeting(null, "kdk", d("2023-12-01")),
        List.of(PlanStep.meeting("DAS", "das")), null));
    // KDK 1 Dec: material 28 Nov; DAS 23 Nov fits
    assertThat(plan.steps().getFirst().start()).isEqualTo(d("2023-11-23"));
    Plan earlier = fixture.planner().plan(new PlanRequest(null, PlanTarget.date(null, d("2023-11-01")),
        List.of(PlanStep.meeting("DAS", "das")), null));
    assertThat(earlier.steps().getFirst().start()).isEqualTo(d("2023-08-21"));
    assertThat(earlier.steps().getFirst().notes()).containsExactly(
        "Mødet i Den Administrative Styregruppe (DAS) den 5. oktober 2023 er aflyst; en beslutning dér kræver skriftlig høring.");
  }

  @Test
  void aFixedDateThatIsTooLateBreaksThePlan() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/spring-2023-meetings.yaml", d("2023-01-02"));
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.date(null, d("2023-07-01")), List.of(
        PlanStep.fixed("Temadag", d("2023-06-20")),
        PlanStep.meeting("KKR", "kkr")), d("2023-01-02")));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.warnings().getFirst()).isEqualTo(
        "Trin 1 (Temadag) ligger fast den 20. juni 2023, men skal senest ligge 15. juni 2023 for at nå det næste trin.");
  }

  @Test
  void aHearingIsPlannedLongEnoughAndLengthenedOverTheSummer() {
    CalendarFixture fixture = CalendarFixture.standard();
    Plan plan = fixture.planner().plan(new PlanRequest("Nordjysk Socialaftale 2027–28",
        PlanTarget.meeting("KKR godkender socialaftalen", "kkr", d("2027-09-10")), List.of(
            PlanStep.hearing("Høring af parterne", 4),
            PlanStep.meeting("FU", "fu"),
            PlanStep.meeting("DAS", "das"),
            PlanStep.meeting("KDK", "kdk")), d("2027-01-01")));
    assertThat(plan.fits()).isTrue();
    // KKR 10 Sep 2027 (material 3 Sep) ← KDK 27 Aug (material 24 Aug) ← DAS 19 Aug (material 12 Aug) ← FU 5 Aug
    // (material 2 Aug); the hearing must end by 30 July and lose the summer weeks 28–31 (12 Jul – 8 Aug 2027)
    assertThat(plan.steps()).extracting(PlannedStep::start).containsExactly(
        d("2027-06-11"), d("2027-08-05"), d("2027-08-19"), d("2027-08-27"), d("2027-09-10"));
    PlannedStep hearing = plan.steps().getFirst();
    assertThat(hearing.end()).isEqualTo(d("2027-07-30"));
    assertThat(fixture.hearings().deadlineFor(hearing.start(), 4)).isBeforeOrEqualTo(hearing.end());
    assertThat(fixture.hearings().deadlineFor(fixture.calendar().addWorkingDays(hearing.start(), 1), 4))
        .isAfter(hearing.end());
    assertThat(hearing.notes()).containsExactly(
        "Høringen er forlænget over sommerferien (uge 28–31: 12. juli – 8. august 2027).");
  }

  @Test
  void aStepAtSeveralForaTakesEachForumsLatestMeeting() {
    CalendarFixture fixture = CalendarFixture.standard();
    List<String> councils = List.of("kb-aalborg", "kb-broenderslev", "kb-frederikshavn", "kb-hjoerring", "kb-jammerbugt",
        "kb-laesoe", "kb-mariagerfjord", "kb-morsoe", "kb-rebild", "kb-thisted", "kb-vesthimmerland", "regionsraadet");
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.date("Socialaftalen er godkendt", d("2027-12-01")),
        List.of(
            PlanStep.meeting("KKR", "kkr"),
            new PlanStep("Godkendelse i byråd, kommunalbestyrelser og Regionsrådet", StepKind.MEETING, councils, null, null, 0)),
        null));
    assertThat(plan.fits()).isTrue();
    PlannedStep approval = plan.steps().get(1);
    assertThat(approval.forumName()).isEqualTo("12 fora");
    assertThat(approval.end()).isBefore(d("2027-12-01"));
    assertThat(approval.notes()).hasSize(12).allMatch(n -> n.contains("(materiale senest "));
    for (String council : councils) {
      LocalDate latest = fixture.meetings().latestMeetingOnOrBefore(fixture.meetings().forum(council), d("2027-11-30"))
          .orElseThrow().date();
      assertThat(latest).isBetween(approval.start(), approval.end());
    }
    PlannedStep kkr = plan.steps().getFirst();
    assertThat(kkr.start()).isBefore(approval.materialDeadline());
  }

  @Test
  void badInputGivesDanishMessages() {
    CalendarFixture fixture = CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", d("2023-01-02"));
    BackwardPlanner planner = fixture.planner();
    PlanTarget july = PlanTarget.date(null, d("2023-07-01"));
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july, List.of(), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Planen har ingen trin. Angiv mindst ét trin før målet.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, null, List.of(PlanStep.meeting("DAS", "das")), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Planen mangler et mål: en dato eller et møde i et forum.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july, List.of(PlanStep.meeting("DAS", "das-social")), null)))
        .isInstanceOf(CalendarException.class).hasMessageStartingWith("Ukendt forum 'das-social'.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july, List.of(PlanStep.meeting("Dialog", "dialogforum")), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Mødekalenderen har ingen mødedatoer for Dialogforum. Tilføj møderne i mødekalenderen.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, PlanTarget.meeting(null, "kkr", d("2023-06-24")),
        List.of(PlanStep.meeting("DAS", "das")), null)))
        .isInstanceOf(CalendarException.class).hasMessage("KKR Nordjylland har intet møde den 24. juni 2023 i mødekalenderen.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, PlanTarget.meeting(null, "das", d("2023-10-05")),
        List.of(PlanStep.meeting("FU", "fu")), null)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("er aflyst og kan ikke være planens mål");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, PlanTarget.date(null, d("2045-07-01")),
        List.of(PlanStep.meeting("FU", "fu")), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Datoen 1. juli 2045 ligger uden for kalenderens år (2017–2040).");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july, List.of(PlanStep.period("Udkast", Length.weeks(0))), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Trin 1 (Udkast): angiv periodens længde (mindst 1).");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july,
        List.of(new PlanStep("Høring", StepKind.HEARING, List.of(), Length.days(10), null, 0)), null)))
        .isInstanceOf(CalendarException.class).hasMessage("Trin 1 (Høring): en høringsperiode angives i uger.");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(null, july, List.of(PlanStep.meeting("FU", "fu").withGap(-1)), null)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("afstanden til næste trin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-01-02", "2017-02-15"})
  void aChainReachingBeforeTheCalendarsFirstYearDoesNotFit(String notBefore) {
    CalendarFixture fixture = CalendarFixture.standard();
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.date(null, d("2017-03-01")),
        List.of(PlanStep.period("Forarbejde", Length.weeks(12)), PlanStep.meeting("KKR", "kkr")), d(notBefore)));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.warnings().getFirst()).contains("ligger uden for kalenderens år (2017–2040)");
  }

  @Test
  void aTargetBeforeNotBeforeDoesNotFit() {
    CalendarFixture fixture = CalendarFixture.standard();
    Plan plan = fixture.planner().plan(new PlanRequest(null, PlanTarget.date(null, d("2026-06-01")),
        List.of(PlanStep.meeting("DAS", "das")), null));
    assertThat(plan.fits()).isFalse();
    assertThat(plan.warnings().getFirst()).isEqualTo("Målet (1. juni 2026) ligger før planens tidligste start 22. november 2026.");
    assertThat(plan.earliestSteps()).extracting(PlannedStep::start).containsExactly(d("2027-01-21"), d("2027-01-22"));
  }

  @Test
  void aCommentRoundWhoseCommentsGoToTheMeetingMayEndOnTheMeetingDay() {
    CalendarFixture fixture = CalendarFixture.standard();
    PlanTarget kkr = PlanTarget.meeting("KKR", "kkr", d("2023-02-10"));
    PlanStep comments = PlanStep.period("Kommentering i kommunerne", Length.workingDays(9));
    List<PlanStep> toMaterialDeadline = List.of(comments, PlanStep.meeting("DAS", "das"), PlanStep.meeting("KDK", "kdk"));
    List<PlanStep> toMeeting = List.of(comments.endingAtMeeting(), PlanStep.meeting("DAS", "das"), PlanStep.meeting("KDK", "kdk"));

    Plan before = fixture.planner().plan(new PlanRequest("Før fristen", kkr, toMaterialDeadline, d("2022-12-01")));
    assertThat(before.steps().getFirst().end()).isEqualTo(d("2023-01-12"));
    Plan atMeeting = fixture.planner().plan(new PlanRequest("Til mødet", kkr, toMeeting, d("2022-12-01")));
    assertThat(atMeeting.steps()).extracting(PlannedStep::start).containsExactly(d("2023-01-10"), d("2023-01-20"), d("2023-01-27"), d("2023-02-10"));
    assertThat(atMeeting.steps().getFirst().end()).isEqualTo(d("2023-01-20"));
    assertThat(atMeeting.steps().getFirst().notes()).containsExactly("Slutter senest på mødedagen 20. januar 2023: bemærkningerne går direkte til mødet.");

    // The earliest plan keeps the rule: the round starts as soon as it can, DAS is the first meeting after its end.
    Plan earliest = fixture.planner().plan(new PlanRequest("Til mødet", PlanTarget.date("Mål", d("2023-01-02")), toMeeting, d("2023-01-10")));
    assertThat(earliest.fits()).isFalse();
    assertThat(earliest.earliestSteps()).extracting(PlannedStep::start).containsExactly(d("2023-01-10"), d("2023-01-20"), d("2023-01-27"), d("2023-01-30"));

    assertThatThrownBy(() -> fixture.planner().plan(new PlanRequest("Forkert", kkr,
        List.of(PlanStep.meeting("DAS", "das").endingAtMeeting()), d("2022-12-01"))))
        .isInstanceOf(CalendarException.class).hasMessageContaining("kun en periode eller en høring");
  }
}
