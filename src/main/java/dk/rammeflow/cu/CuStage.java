package dk.rammeflow.cu;

import dk.rammeflow.calendar.PlanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a Central Udmelding response, in order, as in the 2023 plan (DOMAIN.md, process 3): dialogue
 * meeting, first draft, FU and DAS discuss it, revision, a written hearing of the municipalities, approval in
 * FU, DAS, KDK and KKR, then the response goes to Socialstyrelsen. Without the discussion round (the winter 2022/23
 * variant of seed 004) FU treats the first draft as its approval, and the revision and the hearing come between FU
 * and DAS: dialogue, first draft, FU, revision, hearing, DAS, KDK, KKR.
 */
final class CuStage {

  public static final String DIALOGUE = "dialogue";
  public static final String FIRST_DRAFT = "first-draft";
  public static final String FU_DISCUSSION = "fu-discussion";
  public static final String DAS_DISCUSSION = "das-discussion";
  public static final String REVISION = "revision";
  public static final String HEARING = "hearing";
  public static final String FU_APPROVAL = "fu-approval";
  public static final String DAS_APPROVAL = "das-approval";
  public static final String KDK_APPROVAL = "kdk-approval";
  public static final String KKR_APPROVAL = "kkr-approval";

  /** The approval chain: step key and forum, lowest forum first. */
  public static final List<List<String>> APPROVAL_CHAIN = List.of(
      List.of(FU_APPROVAL, "fu"), List.of(DAS_APPROVAL, "das"), List.of(KDK_APPROVAL, "kdk"), List.of(KKR_APPROVAL, "kkr"));

  public static final List<String> ALL = List.of(DIALOGUE, FIRST_DRAFT, FU_DISCUSSION, DAS_DISCUSSION, REVISION, HEARING,
      FU_APPROVAL, DAS_APPROVAL, KDK_APPROVAL, KKR_APPROVAL);

  /** The steps without the discussion round. */
  public static final List<String> WITHOUT_DISCUSSION = List.of(DIALOGUE, FIRST_DRAFT, FU_APPROVAL, REVISION, HEARING,
      DAS_APPROVAL, KDK_APPROVAL, KKR_APPROVAL);

  /** The steps of a case with these settings, in order. */
  public static List<String> sequence(CuCase.Settings settings) {
    return settings.withDiscussionRound() ? ALL : WITHOUT_DISCUSSION;
  }

  /** The approval steps the process runs in its approval chain (FU has approved already without the discussion round). */
  public static List<String> chainSteps(CuCase.Settings settings) {
    return settings.withDiscussionRound() ? List.of(FU_APPROVAL, DAS_APPROVAL, KDK_APPROVAL, KKR_APPROVAL)
        : List.of(DAS_APPROVAL, KDK_APPROVAL, KKR_APPROVAL);
  }

  public static final String TARGET_LABEL = "Besvarelsen sendes til Socialstyrelsen";

  private CuStage() {}

  /** The plan step of a step key, with the case's lengths. */
  public static PlanStep planStep(String step, CuCase.Settings settings) {
    return switch (step) {
      case DIALOGUE -> settings.dialogueDate() != null ? PlanStep.fixed("Dialogmøde med kommunale eksperter", settings.dialogueDate())
          : PlanStep.period("Dialogmøde med kommunale eksperter", PlanStep.Length.weeks(settings.dialogueWeeks()));
      case FIRST_DRAFT -> settings.firstDraftDate() != null ? PlanStep.fixed("Første udkast", settings.firstDraftDate())
          : PlanStep.period("Første udkast", PlanStep.Length.weeks(settings.firstDraftWeeks()));
      case FU_DISCUSSION -> PlanStep.meeting("FU drøfter første udkast", "fu");
      case DAS_DISCUSSION -> PlanStep.meeting("DAS drøfter første udkast", "das");
      case REVISION -> PlanStep.period("Revision af udkastet", settings.revisionWorkingDays() != null
          ? PlanStep.Length.workingDays(settings.revisionWorkingDays()) : PlanStep.Length.weeks(settings.revisionWeeks()));
      case HEARING -> {
        PlanStep hearing = settings.hearingWorkingDays() != null
            ? PlanStep.period("Skriftlig høring af de 11 kommuner", PlanStep.Length.workingDays(settings.hearingWorkingDays()))
            : PlanStep.hearing("Skriftlig høring af de 11 kommuner", settings.hearingWeeks());
        yield settings.commentsAtMeeting() ? hearing.endingAtMeeting() : hearing;
      }
      case FU_APPROVAL -> PlanStep.meeting("FU godkender besvarelsen", "fu");
      case DAS_APPROVAL -> PlanStep.meeting("DAS godkender besvarelsen", "das");
      case KDK_APPROVAL -> PlanStep.meeting("KDK godkender besvarelsen", "kdk");
      case KKR_APPROVAL -> PlanStep.meeting("KKR godkender besvarelsen", "kkr");
      default -> throw new IllegalArgumentException("Unknown CU step " + step);
    };
  }

  /** The steps not yet done, with the discussion round: everything from the first step that is not done. */
  public static List<String> remaining(List<String> done) {
    return remaining(done, ALL);
  }

  /** The steps of the sequence not yet done: everything after the last step done. */
  public static List<String> remaining(List<String> done, List<String> sequence) {
    int last = -1;
    for (int i = 0; i < sequence.size(); i++) {
      if (done.contains(sequence.get(i))) {
        last = i;
      }
    }
    return new ArrayList<>(sequence.subList(last + 1, sequence.size()));
  }

  /** The forum that treats a forum step. */
  public static String forumOf(String step) {
    return switch (step) {
      case FU_DISCUSSION, FU_APPROVAL -> "fu";
      case DAS_DISCUSSION, DAS_APPROVAL -> "das";
      case KDK_APPROVAL -> "kdk";
      case KKR_APPROVAL -> "kkr";
      default -> throw new IllegalArgumentException("Step " + step + " is not a forum step");
    };
  }

  public static boolean isApproval(String step) {
    return APPROVAL_CHAIN.stream().anyMatch(s -> s.getFirst().equals(step));
  }
}
