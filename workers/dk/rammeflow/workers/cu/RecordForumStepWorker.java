package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-record-forum-step}: records a forum's decision on a step of the case. */
@Component
public class RecordForumStepWorker {

  public static final String JOB_TYPE = "rammeflow-cu-record-forum-step";

  private final CuWorkflow workflow;

  public RecordForumStepWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "step") String step, @Variable(name = "forumDecision") Map<String, Object> forumDecision) {
    return workflow.recordForumStep(caseId, step, forumDecision);
  }
}
