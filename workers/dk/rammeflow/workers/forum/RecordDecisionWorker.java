package dk.rammeflow.workers.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumDecisions;
import dk.rammeflow.forum.ForumDecisions.Registered;
import dk.rammeflow.forum.ForumException;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-forum-record-decision}: registers the forum's decision. A postponement (udsat) moves the item
 * to the next meeting ({@code postponed} true, new meeting variables, history in {@code postponements}). Bad
 * input or a second registration: BPMN error {@code FORUM_DECISION_INVALID} with {@code decisionProblems}.
 */
@Component
public class RecordDecisionWorker {

  public static final String JOB_TYPE = "rammeflow-forum-record-decision";
  public static final String INVALID = "FORUM_DECISION_INVALID";

  private final ForumDecisions decisions;
  private final CalendarTime clock;

  public RecordDecisionWorker(ForumDecisions decisions, CalendarTime clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> record(
      @Variable(name = "decisionId") String decisionId,
      @Variable(name = "meetingDate") String meetingDate,
      @Variable(name = "outcome") Object outcome,
      @Variable(name = "decisionText") Object decisionText) {
    Registered registered;
    try {
      registered = decisions.registerDecision(decisionId, LocalDate.parse(meetingDate), outcome, decisionText, clock.now().toInstant());
    } catch (ForumException e) {
      throw CamundaError.bpmnError(INVALID, e.getMessage(), Map.of("decisionProblems", e.problems()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcomeLabel", registered.outcome().label());
    out.put("postponed", registered.postponed());
    out.put("postponements", ForumDecisions.postponementVariables(registered.record()));
    out.put("decisionProblems", null);
    if (registered.postponed()) {
      out.putAll(ForumDecisions.slotVariables(registered.nextMeeting()));
      out.put("writtenProcedure", false);
    }
    return out;
  }
}
