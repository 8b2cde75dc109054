package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-check-council}: whether a council has approved already ({@code councilApproved}). */
@Component
public class CheckCouncilWorker {

  public static final String JOB_TYPE = "rammeflow-cu-check-council";

  private final CuWorkflow workflow;

  public CheckCouncilWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId) {
    return Map.of("councilApproved", workflow.councilApproved(caseId, councilId));
  }
}
