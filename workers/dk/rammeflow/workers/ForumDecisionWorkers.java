package dk.rammeflow.workers;

import dk.rammeflow.forum.ForumException;
import dk.rammeflow.forum.ForumSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code forum-decision} (element templates in {@code bpmn/forum-decision/element-templates/}),
 * each one call on {@link ForumSteps}.
 */
@Component
public class ForumDecisionWorkers {

  private final ForumSteps steps;

  public ForumDecisionWorkers(ForumSteps steps) {
    this.steps = steps;
  }

  /** Checks the item, finds its meeting and registers it; bad input: {@code FORUM_INVALID} with the Danish {@code problems}. */
  @JobWorker(type = "rammeflow-forum-schedule")
  public Map<String, Object> schedule(ActivatedJob job) {
    try {
      return steps.schedule(job.getVariablesAsMap(), job.getProcessInstanceKey());
    } catch (ForumException e) {
      throw CamundaError.bpmnError("FORUM_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** Mails the item's material to each member of the forum. */
  @JobWorker(type = "rammeflow-forum-send-material")
  public Map<String, Object> sendMaterial(ActivatedJob job) {
    return steps.sendMaterial(job.getVariablesAsMap());
  }

  /** The input of the hearing round among the forum's members that replaces a cancelled meeting ({@code writtenHearing}). */
  @JobWorker(type = "rammeflow-forum-prepare-written-procedure")
  public Map<String, Object> prepareWrittenProcedure(@Variable(name = "decisionId") String decisionId) {
    return steps.prepareWrittenProcedure(decisionId);
  }

  /**
   * Registers the forum's decision. Incomplete, of the wrong type or registered already: {@code FORUM_DECISION_INVALID}
   * with {@code decisionProblems}; the task opens again.
   */
  @JobWorker(type = "rammeflow-forum-record-decision")
  public Map<String, Object> recordDecision(
      @Variable(name = "decisionId") String decisionId,
      @Variable(name = "meetingDate") String meetingDate,
      @Variable(name = "outcome") Object outcome,
      @Variable(name = "decisionText") Object decisionText) {
    try {
      return steps.recordDecision(decisionId, meetingDate, outcome, decisionText);
    } catch (ForumException e) {
      throw CamundaError.bpmnError("FORUM_DECISION_INVALID", e.getMessage(), Map.of("decisionProblems", e.problems()));
    }
  }

  /** Tells the case worker why the item cannot go on a meeting; outcome {@code ikke-behandlet}. */
  @JobWorker(type = "rammeflow-forum-notify-problem")
  public Map<String, Object> notifyProblem(ActivatedJob job) {
    return steps.notifyProblem(job.getProcessInstanceKey(), job.getVariablesAsMap());
  }
}
