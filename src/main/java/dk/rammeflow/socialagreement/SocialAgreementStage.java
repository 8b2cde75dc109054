package dk.rammeflow.socialagreement;

import dk.rammeflow.calendar.PlanStep;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of adopting a Nordjysk Socialaftale, in order, in five phases as in the 2027–28 plan (seed 002): framing
 * (FU, DAS, KDK, KKR), target groups and capacity needs (Jan–Mar; with the udbud og efterspørgsel review every other
 * agreement), new initiatives under the focus areas (Apr–May), approval (FU May/Jun, DAS Jun/Aug, KDK Aug, KKR Sep,
 * layout), local political approval in Regionsrådet and the 11 councils by 1 December of the year before the period.
 * Outside an election year the agreement is read twice in DAS and KKR and the focus areas go out for local political
 * treatment after Socialpolitisk Dialogforum.
 */
final class SocialAgreementStage {

  /** How a step is carried out in the process. */
  enum Kind { FORUM, HEARING, TASK }

  /** When a step belongs to the chain. */
  enum Only { ALWAYS, NORMAL_YEAR, REVIEW, NO_REVIEW }

  /**
   * One step.
   *
   * @param key step key (process variable {@code step.key})
   * @param phase phase key
   * @param label Danish text of the tidsplan and the task
   * @param kind forum decision, hearing round or a task of the secretariat
   * @param forum forum of a forum step (and of the meeting a task is planned on), else null
   * @param approval whether a forum step approves the agreement (anything else sends the draft back for revision)
   * @param only when the step belongs to the chain
   * @param firstMonth first month the seed gives for the step; {@code lastMonth} the last
   * @param yearOffset the step's year relative to the agreement's first year (framing -2, the rest -1)
   */
  record Step(String key, String phase, String label, Kind kind, String forum, boolean approval, Only only, PlanStep planStep,
      Month firstMonth, Month lastMonth, int yearOffset) {

    /** Whether the planned date lies in the months the seed gives for the step. */
    boolean inSeedMonths(LocalDate date, int firstYear) {
      int year = firstYear + yearOffset;
      LocalDate from = LocalDate.of(year, firstMonth, 1);
      LocalDate to = LocalDate.of(year, lastMonth, 1).plusMonths(1).minusDays(1);
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  static final String FRAMING = "rammesaetning";
  static final String TARGET_GROUPS = "maalgrupper";
  static final String INITIATIVES = "initiativer";
  static final String APPROVAL = "godkendelse";
  static final String LOCAL_APPROVAL = "lokal-godkendelse";

  static final String LOCAL_APPROVAL_STEP = "local-approval";
  static final String CAPACITY_DECISION = "capacity-decision";
  static final String TARGET_LABEL = "Socialaftalen er godkendt i Regionsrådet og alle 11 kommuner";
  static final int LOCAL_APPROVAL_WEEKS = 8;

  private static final List<Step> ALL = List.of(
      forum("framing-fu", FRAMING, "FU drøfter rammerne for den nye socialaftale", "fu", false, Only.ALWAYS, Month.SEPTEMBER, Month.OCTOBER, -2),
      forum("framing-das", FRAMING, "DAS godkender rammerne: fokusområder, overskrift og inddragelse", "das", true, Only.ALWAYS, Month.SEPTEMBER, Month.OCTOBER, -2),
      forum("framing-kdk", FRAMING, "KDK behandler rammerne for socialaftalen", "kdk", true, Only.ALWAYS, Month.SEPTEMBER, Month.OCTOBER, -2),
      forum("framing-kkr", FRAMING, "KKR godkender rammerne for socialaftalen", "kkr", true, Only.ALWAYS, Month.SEPTEMBER, Month.OCTOBER, -2),
      task("target-groups", TARGET_GROUPS, "Chefgruppen udpeger relevante målgrupper (udbud og efterspørgsel)", Only.REVIEW,
          PlanStep.Length.weeks(4), Month.JANUARY, Month.MARCH),
      task("capacity-qualification", TARGET_GROUPS, "Arbejdsgruppen kvalificerer målgrupper og kapacitetsbehov", Only.REVIEW,
          PlanStep.Length.weeks(6), Month.JANUARY, Month.MARCH),
      forum(CAPACITY_DECISION, TARGET_GROUPS, "DAS beslutter go/no-go på kapacitet", "das", false, Only.REVIEW, Month.JANUARY, Month.MARCH, -1),
      task("target-groups-working-group", TARGET_GROUPS, "Arbejdsgruppen udpeger relevante målgrupper og kapacitetsbehov", Only.NO_REVIEW,
          PlanStep.Length.weeks(10), Month.JANUARY, Month.MARCH),
      task("initiative-proposals", INITIATIVES, "Socialudviklingsgruppen og chefgruppen udvikler forslag til nye initiativer", Only.ALWAYS,
          PlanStep.Length.workingDays(8), Month.APRIL, Month.APRIL),
      new Step("dialogforum", INITIATIVES, "Dialogforum (handicaporganisationerne) giver input til initiativerne", Kind.TASK, null, false,
          Only.ALWAYS, PlanStep.period("Dialogforum (handicaporganisationerne) giver input til initiativerne", PlanStep.Length.workingDays(20)),
          Month.APRIL, Month.MAY, -1),
      forum("initiatives-fu", INITIATIVES, "FU drøfter forslagene til nye initiativer", "fu", false, Only.ALWAYS, Month.APRIL, Month.MAY, -1),
      new Step("socialpolitisk-dialogforum", INITIATIVES, "Socialpolitisk Dialogforum sætter den fælles politiske retning", Kind.TASK,
          "socialpolitisk-dialogforum", false, Only.ALWAYS,
          PlanStep.meeting("Socialpolitisk Dialogforum sætter den fælles politiske retning", "socialpolitisk-dialogforum"), Month.MAY, Month.MAY, -1),
      new Step("local-focus-areas", INITIATIVES, "Fokusområderne til lokal politisk behandling i kommunerne og regionen", Kind.HEARING, null, false,
          Only.NORMAL_YEAR, PlanStep.hearing("Fokusområderne til lokal politisk behandling i kommunerne og regionen", 6), Month.MAY, Month.JUNE, -1),
      task("draft", APPROVAL, "Sekretariatet skriver udkast til socialaftalen", Only.ALWAYS, PlanStep.Length.workingDays(10), Month.MAY, Month.JUNE),
      forum("approval-fu", APPROVAL, "FU godkender udkastet til socialaftalen", "fu", true, Only.ALWAYS, Month.MAY, Month.JUNE, -1),
      forum("first-reading-das", APPROVAL, "DAS førstebehandler udkastet til socialaftalen", "das", false, Only.NORMAL_YEAR, Month.MAY, Month.JUNE, -1),
      forum("first-reading-kkr", APPROVAL, "KKR førstebehandler udkastet til socialaftalen", "kkr", false, Only.NORMAL_YEAR, Month.MAY, Month.JUNE, -1),
      task("finalize", APPROVAL, "Udkastet færdiggøres efter behandlingen (sommerferie)", Only.ALWAYS, PlanStep.Length.weeks(6), Month.JUNE, Month.AUGUST),
      forum("approval-das", APPROVAL, "DAS godkender socialaftalen", "das", true, Only.ALWAYS, Month.JUNE, Month.AUGUST, -1),
      forum("approval-kdk", APPROVAL, "KDK godkender socialaftalen", "kdk", true, Only.ALWAYS, Month.AUGUST, Month.AUGUST, -1),
      forum("approval-kkr", APPROVAL, "KKR godkender socialaftalen", "kkr", true, Only.ALWAYS, Month.SEPTEMBER, Month.SEPTEMBER, -1),
      task("layout", APPROVAL, "Sekretariatet sørger for layout og sender aftalen til lokal godkendelse", Only.ALWAYS, PlanStep.Length.weeks(2),
          Month.SEPTEMBER, Month.OCTOBER));

  /** Local approval: not a step of the loop but of the councils' subprocess; planned as a period before 1 December. */
  static final Step LOCAL_APPROVAL_PERIOD = new Step(LOCAL_APPROVAL_STEP, LOCAL_APPROVAL,
      "Politisk godkendelse i Regionsrådet og de 11 kommuner", Kind.TASK, null, false, Only.ALWAYS,
      PlanStep.period("Politisk godkendelse i Regionsrådet og de 11 kommuner", PlanStep.Length.weeks(LOCAL_APPROVAL_WEEKS)),
      Month.SEPTEMBER, Month.NOVEMBER, -1);

  private SocialAgreementStage() {}

  private static Step forum(String key, String phase, String label, String forum, boolean approval, Only only, Month from, Month to, int offset) {
    return new Step(key, phase, label, Kind.FORUM, forum, approval, only, PlanStep.meeting(label, forum), from, to, offset);
  }

  private static Step task(String key, String phase, String label, Only only, PlanStep.Length length, Month from, Month to) {
    return new Step(key, phase, label, Kind.TASK, null, false, only, PlanStep.period(label, length), from, to, -1);
  }

  /** The year the agreement starting in {@code firstYear} is framed in. */
  static int framingYear(int firstYear) {
    return firstYear - 2;
  }

  /** The local-approval deadline: 1 December of the year before the period. */
  static LocalDate deadline(int firstYear) {
    return LocalDate.of(firstYear - 1, 12, 1);
  }

  /** The process steps (local approval excluded) of an agreement, election year and review applied. */
  static List<Step> steps(boolean electionYear, boolean review) {
    List<Step> steps = new ArrayList<>();
    for (Step step : ALL) {
      boolean in = switch (step.only()) {
        case ALWAYS -> true;
        case NORMAL_YEAR -> !electionYear;
        case REVIEW -> review;
        case NO_REVIEW -> !review;
      };
      if (in) {
        steps.add(electionYear || !List.of("approval-das", "approval-kkr").contains(step.key()) ? step : secondReading(step));
      }
    }
    return steps;
  }

  /** Every step of the plan: the process steps, then local approval. */
  static List<Step> planned(boolean electionYear, boolean review) {
    List<Step> steps = new ArrayList<>(steps(electionYear, review));
    steps.add(LOCAL_APPROVAL_PERIOD);
    return steps;
  }

  private static Step secondReading(Step s) {
    String label = s.forum().toUpperCase() + " andenbehandler og godkender socialaftalen";
    return new Step(s.key(), s.phase(), label, s.kind(), s.forum(), s.approval(), s.only(), PlanStep.meeting(label, s.forum()),
        s.firstMonth(), s.lastMonth(), s.yearOffset());
  }

  static String phaseLabel(String phase) {
    return switch (phase) {
      case FRAMING -> "Rammesætning";
      case TARGET_GROUPS -> "Udpegning af målgrupper og kapacitetsbehov";
      case INITIATIVES -> "Nye initiativer under fokusområderne";
      case APPROVAL -> "Godkendelse af socialaftalen";
      case LOCAL_APPROVAL -> "Kommunal og regional godkendelse";
      default -> phase;
    };
  }
}
