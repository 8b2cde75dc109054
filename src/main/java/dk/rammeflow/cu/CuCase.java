package dk.rammeflow.cu;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case answering a Central Udmelding: what was asked, the plan, the forum decisions, the submission, the
 * councils' approvals, the follow-up questions and the outcome. Changed only through {@link CuCases#update}, so
 * every change is saved; the process carries copies of what its forms show.
 *
 * <p>A case whose start date lies before the day it is registered is <em>historical</em>: it runs on its own
 * timeline (meeting dates of the meeting calendar) instead of today's date, so a case already under way, or a
 * past case replayed, goes on the meetings it really went on.
 */
class CuCase {

  /** {@code ORPHANED}: the case's process instance no longer exists (found at start-up after a restart of the embedded runtime). */
  public enum Status { OPEN, SUBMITTED, CLOSED, ORPHANED }

  /**
   * Adjustable lengths and options of a case.
   *
   * @param discussionRound FU and DAS discuss the first draft before revision, hearing and approval (null, as in cases
   *     saved before the option existed: yes). Without it FU treats the first draft as its approval, and the hearing
   *     comes between FU and DAS (the shorter winter 2022/23 variant)
   * @param commentsAtMeeting the municipalities' comments go to the meeting after the hearing itself, so the hearing may
   *     end on the meeting day instead of before its material deadline
   * @param revisionWorkingDays, hearingWorkingDays lengths in working days instead of weeks (null: the weeks apply)
   * @param dialogueDate, firstDraftDate agreed dates of the dialogue meeting and the first draft (null: planned backwards)
   */
  public record Settings(boolean coordinateWithRegions, int dialogueWeeks, int firstDraftWeeks, int revisionWeeks, int hearingWeeks,
      int councilApprovalWeeks, int councilReminderWorkingDays, Boolean discussionRound, boolean commentsAtMeeting,
      Integer revisionWorkingDays, Integer hearingWorkingDays, LocalDate dialogueDate, LocalDate firstDraftDate) {

    public Settings(boolean coordinateWithRegions, int dialogueWeeks, int firstDraftWeeks, int revisionWeeks, int hearingWeeks,
        int councilApprovalWeeks, int councilReminderWorkingDays) {
      this(coordinateWithRegions, dialogueWeeks, firstDraftWeeks, revisionWeeks, hearingWeeks, councilApprovalWeeks, councilReminderWorkingDays,
          true, false, null, null, null, null);
    }

    public boolean withDiscussionRound() {
      return discussionRound == null || discussionRound;
    }
  }

  public record ForumStep(int round, String step, String forum, String decisionId, LocalDate meetingDate, String outcome, String outcomeLabel,
      String decisionText, boolean writtenProcedure, int postponements) {}

  public record Submission(int round, LocalDate sentOn, boolean withReservation, List<String> councilsApproved, String documentName, Instant sentAt) {}

  public record Council(String id, String name, String partyId, List<String> emails, LocalDate approvedOn, String note, List<LocalDate> remindedOn) {

    public Council {
      emails = List.copyOf(emails);
      remindedOn = remindedOn == null ? List.of() : List.copyOf(remindedOn);
    }

    public boolean approved() {
      return approvedOn != null;
    }
  }

  public record FollowUp(String id, String question, LocalDate askedOn, String answer, LocalDate answeredOn) {}

  public record Outcome(int round, String value, String label, String text, LocalDate registeredOn) {}

  private String caseId;
  private long processInstanceKey;
  private int round;
  private String title;
  private String targetGroup;
  private List<String> questions;
  private LocalDate agencyDeadline;
  private LocalDate agreedDeadline;
  private Map<String, String> cuDocument;
  private String caseWorker;
  private LocalDate startDate;
  private boolean historical;
  private Settings settings;
  private Status status;
  private List<String> stepsDone = new ArrayList<>();
  private LocalDate lastMeetingDate;
  private List<Map<String, Object>> plan = new ArrayList<>();
  private boolean planFits;
  private List<ForumStep> forumSteps = new ArrayList<>();
  private String hearingId;
  private int hearings;
  private Map<String, String> draft;
  private Map<String, String> hearingNote;
  private List<Submission> submissions = new ArrayList<>();
  private LocalDate councilDueDate;
  private LocalDate councilReminderDate;
  private List<Council> councils = new ArrayList<>();
  private List<FollowUp> followUps = new ArrayList<>();
  private List<Outcome> outcomes = new ArrayList<>();
  private Instant createdAt;
  private Instant closedAt;

  CuCase() {}

  public CuCase(String caseId, String title, String targetGroup, List<String> questions, LocalDate agencyDeadline, Map<String, String> cuDocument,
      String caseWorker, LocalDate startDate, boolean historical, Settings settings, Instant createdAt) {
    this.caseId = caseId;
    this.round = 1;
    this.title = title;
    this.targetGroup = targetGroup;
    this.questions = List.copyOf(questions);
    this.agencyDeadline = agencyDeadline;
    this.cuDocument = Map.copyOf(cuDocument);
    this.caseWorker = caseWorker;
    this.startDate = startDate;
    this.historical = historical;
    this.settings = settings;
    this.status = Status.OPEN;
    this.createdAt = createdAt;
  }

  // ---------------------------------------------------------------- the timeline

  /** The date the submission aims at: the agreed deadline when one was negotiated, else Socialstyrelsen's. */
  public LocalDate target() {
    return agreedDeadline != null ? agreedDeadline : agencyDeadline;
  }

  /** The earliest date the material for the next forum can be sent: the day after the last meeting, or the start. */
  public LocalDate nextEarliestDate() {
    return lastMeetingDate == null ? startDate : lastMeetingDate.plusDays(1);
  }

  /** "Today" of the case: today, or for a historical case the date it has reached. */
  public LocalDate today(LocalDate realToday) {
    return historical ? nextEarliestDate() : realToday;
  }

  /** The day the response is sent: today, or for a historical case its target (not before its last meeting). */
  public LocalDate submissionDate(LocalDate realToday) {
    if (!historical) {
      return realToday;
    }
    LocalDate afterLastMeeting = nextEarliestDate();
    return target().isBefore(afterLastMeeting) ? afterLastMeeting : target();
  }

  // ---------------------------------------------------------------- changes

  void runBy(long key) {
    this.processInstanceKey = key;
  }

  void orphaned() {
    this.status = Status.ORPHANED;
  }

  void replan(List<Map<String, Object>> rows, boolean fits) {
    this.plan = new ArrayList<>(rows);
    this.planFits = fits;
  }

  void agreeDeadline(LocalDate deadline) {
    this.agreedDeadline = deadline;
  }

  void stepDone(String step) {
    if (!stepsDone.contains(step)) {
      stepsDone.add(step);
    }
  }

  void recordForumStep(ForumStep step) {
    forumSteps.removeIf(s -> s.decisionId().equals(step.decisionId()));
    forumSteps.add(step);
    if (step.meetingDate() != null && (lastMeetingDate == null || step.meetingDate().isAfter(lastMeetingDate))) {
      lastMeetingDate = step.meetingDate();
    }
    stepDone(step.step());
  }

  void newDraft(Map<String, String> item) {
    this.draft = Map.copyOf(item);
  }

  void hearingNote(Map<String, String> note) {
    this.hearingNote = note == null ? null : Map.copyOf(note);
  }

  /** The material put before the fora and the municipalities: the Central Udmelding, the draft, the hearing note. */
  public List<Map<String, String>> material() {
    List<Map<String, String>> material = new ArrayList<>();
    material.add(cuDocument);
    if (draft != null) {
      material.add(draft);
    }
    if (hearingNote != null) {
      material.add(hearingNote);
    }
    return material;
  }

  public Map<String, String> draft() {
    return draft;
  }

  int startHearing(String id) {
    this.hearingId = id;
    return ++hearings;
  }

  void startCouncilApproval(LocalDate dueDate, LocalDate reminderDate, List<Council> all) {
    this.councilDueDate = dueDate;
    this.councilReminderDate = reminderDate;
    List<Council> merged = new ArrayList<>();
    for (Council council : all) {
      merged.add(council(council.id()).filter(Council::approved).orElse(council));
    }
    this.councils = merged;
  }

  void submit(Submission submission) {
    submissions.removeIf(s -> s.round() == submission.round());
    submissions.add(submission);
    this.status = Status.SUBMITTED;
  }

  /** @return false when the council had approved already (the first approval is kept) */
  boolean approve(String councilId, LocalDate approvedOn, String note) {
    Council council = council(councilId).orElseThrow();
    if (council.approved()) {
      return false;
    }
    replaceCouncil(new Council(council.id(), council.name(), council.partyId(), council.emails(), approvedOn, note, council.remindedOn()));
    return true;
  }

  void reminded(String councilId, LocalDate on) {
    Council council = council(councilId).orElseThrow();
    if (council.remindedOn().contains(on)) {
      return;
    }
    List<LocalDate> reminded = new ArrayList<>(council.remindedOn());
    reminded.add(on);
    replaceCouncil(new Council(council.id(), council.name(), council.partyId(), council.emails(), council.approvedOn(), council.note(), reminded));
  }

  private void replaceCouncil(Council council) {
    councils.replaceAll(c -> c.id().equals(council.id()) ? council : c);
  }

  void addFollowUp(FollowUp followUp) {
    followUps.add(followUp);
  }

  void answerFollowUp(String id, String answer, LocalDate on) {
    followUps.replaceAll(f -> f.id().equals(id) ? new FollowUp(f.id(), f.question(), f.askedOn(), answer, on) : f);
  }

  void close(Outcome outcome, Instant at) {
    outcomes.add(outcome);
    this.status = Status.CLOSED;
    this.closedAt = at;
  }

  /** A renewed Central Udmelding: the case starts over with the new deadline (and document), keeping its history. */
  void renew(Outcome outcome, LocalDate newDeadline, Map<String, String> newDocument) {
    outcomes.add(outcome);
    this.round++;
    this.agencyDeadline = newDeadline;
    this.agreedDeadline = null;
    if (newDocument != null) {
      this.cuDocument = Map.copyOf(newDocument);
    }
    this.status = Status.OPEN;
    this.stepsDone = new ArrayList<>();
    this.councils = new ArrayList<>();
    this.councilDueDate = null;
    this.councilReminderDate = null;
    this.hearingNote = null;
    this.draft = null;
  }

  // ---------------------------------------------------------------- reading

  public Optional<Council> council(String councilId) {
    return councils.stream().filter(c -> c.id().equals(councilId)).findFirst();
  }

  public boolean allCouncilsApproved() {
    return !councils.isEmpty() && councils.stream().allMatch(Council::approved);
  }

  public Optional<FollowUp> followUp(String id) {
    return followUps.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Submission> currentSubmission() {
    return submissions.stream().filter(s -> s.round() == round).findFirst();
  }

  public String caseId() {
    return caseId;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public int round() {
    return round;
  }

  public String title() {
    return title;
  }

  public String targetGroup() {
    return targetGroup;
  }

  public List<String> questions() {
    return questions;
  }

  public LocalDate agencyDeadline() {
    return agencyDeadline;
  }

  public LocalDate agreedDeadline() {
    return agreedDeadline;
  }

  public Map<String, String> cuDocument() {
    return cuDocument;
  }

  public String caseWorker() {
    return caseWorker;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public boolean historical() {
    return historical;
  }

  public Settings settings() {
    return settings;
  }

  public Status status() {
    return status;
  }

  public List<String> stepsDone() {
    return List.copyOf(stepsDone);
  }

  public LocalDate lastMeetingDate() {
    return lastMeetingDate;
  }

  public List<Map<String, Object>> plan() {
    return List.copyOf(plan);
  }

  public boolean planFits() {
    return planFits;
  }

  public List<ForumStep> forumSteps() {
    return List.copyOf(forumSteps);
  }

  public String hearingId() {
    return hearingId;
  }

  public int hearingCount() {
    return hearings;
  }

  public List<Submission> submissions() {
    return List.copyOf(submissions);
  }

  public LocalDate councilDueDate() {
    return councilDueDate;
  }

  public LocalDate councilReminderDate() {
    return councilReminderDate;
  }

  public List<Council> councils() {
    return List.copyOf(councils);
  }

  public List<FollowUp> followUps() {
    return List.copyOf(followUps);
  }

  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
