package dk.rammeflow.workers.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumDecisions;
import dk.rammeflow.forum.ForumException;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-forum-schedule}: checks the item (forum, title, recommendation, case worker, material,
 * earliest date), finds its meeting and registers it. Bad input: BPMN error {@code FORUM_INVALID} with the
 * Danish problems in {@code problems}.
 */
@Component
public class ScheduleMeetingWorker {

  public static final String JOB_TYPE = "rammeflow-forum-schedule";
  public static final String INVALID = "FORUM_INVALID";

  private final ForumDecisions decisions;
  private final CalendarTime clock;

  public ScheduleMeetingWorker(ForumDecisions decisions, CalendarTime clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> schedule(ActivatedJob job) {
    try {
      Map<String, Object> variables = decisions.schedule(job.getVariablesAsMap(), clock.today());
      decisions.register(variables, clock.now().toInstant());
      Map<String, Object> out = new java.util.LinkedHashMap<>(variables);
      ForumDecisions.INPUTS.forEach(out::remove);
      return out;
    } catch (ForumException e) {
      throw CamundaError.bpmnError(INVALID, e.getMessage(), Map.of("problems", e.problems()));
    }
  }
}
