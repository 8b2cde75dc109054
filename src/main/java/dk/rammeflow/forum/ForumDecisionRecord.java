package dk.rammeflow.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One item on its way through a forum: where it stands, the meetings it was put on, the postponements and
 * the decision. Kept by {@link ForumDecisionRecords}; the process carries the same facts in its variables.
 *
 * @param decisionId unique id of this forum decision (correlation key of {@code forum-meeting-cancelled})
 * @param processInstanceKey the {@code forum-decision} instance that carries the item
 * @param caseId the calling case, or null
 * @param meetingDate the meeting the item is on now (for a written procedure: the cancelled meeting)
 * @param materialDeadline the material deadline of that meeting
 * @param cancelledMeeting whether the current meeting is cancelled (the item is decided in writing)
 * @param materialSent every dispatch of material to the forum's members
 * @param postponements every meeting at which the item was postponed (udsat), oldest first
 * @param decision the final decision, null until registered
 */
record ForumDecisionRecord(
    String decisionId,
    long processInstanceKey,
    String forumId,
    String forumName,
    String caseId,
    String caseTitle,
    String recommendation,
    String caseWorker,
    Status status,
    LocalDate meetingDate,
    LocalDate materialDeadline,
    boolean cancelledMeeting,
    List<MaterialDispatch> materialSent,
    List<Postponement> postponements,
    Decision decision,
    Instant createdAt) {

  ForumDecisionRecord {
    materialSent = materialSent == null ? List.of() : List.copyOf(materialSent);
    postponements = postponements == null ? List.of() : List.copyOf(postponements);
  }

  enum Status {
    /** Waiting for its meeting. */
    SCHEDULED,
    /** The meeting is cancelled; the forum decides by written procedure. */
    WRITTEN_PROCEDURE,
    /** The decision is registered. */
    DECIDED,
    /** Its process instance no longer exists (found at start-up after a restart of the embedded runtime). */
    ORPHANED
  }

  record MaterialDispatch(LocalDate meetingDate, Instant sentAt, List<String> recipients) {}

  record Postponement(LocalDate meetingDate, boolean writtenProcedure, String decisionText, Instant registeredAt) {}

  record Decision(String outcome, String outcomeLabel, String decisionText, LocalDate meetingDate, boolean writtenProcedure, Instant registeredAt) {}

  ForumDecisionRecord atMeeting(LocalDate date, LocalDate deadline, boolean cancelled) {
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        cancelled ? Status.WRITTEN_PROCEDURE : Status.SCHEDULED, date, deadline, cancelled, materialSent, postponements, decision, createdAt);
  }

  ForumDecisionRecord inWriting() {
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        Status.WRITTEN_PROCEDURE, meetingDate, materialDeadline, true, materialSent, postponements, decision, createdAt);
  }

  ForumDecisionRecord withMaterialSent(MaterialDispatch dispatch) {
    List<MaterialDispatch> all = new ArrayList<>(materialSent);
    all.add(dispatch);
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        status, meetingDate, materialDeadline, cancelledMeeting, all, postponements, decision, createdAt);
  }

  ForumDecisionRecord withPostponement(Postponement postponement) {
    List<Postponement> all = new ArrayList<>(postponements);
    all.add(postponement);
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        status, meetingDate, materialDeadline, cancelledMeeting, materialSent, all, decision, createdAt);
  }

  ForumDecisionRecord withDecision(Decision registered) {
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        Status.DECIDED, meetingDate, materialDeadline, cancelledMeeting, materialSent, postponements, registered, createdAt);
  }

  ForumDecisionRecord orphaned() {
    return new ForumDecisionRecord(decisionId, processInstanceKey, forumId, forumName, caseId, caseTitle, recommendation, caseWorker,
        Status.ORPHANED, meetingDate, materialDeadline, cancelledMeeting, materialSent, postponements, decision, createdAt);
  }

  boolean postponedAt(LocalDate date) {
    return postponements.stream().anyMatch(p -> p.meetingDate().equals(date));
  }
}
