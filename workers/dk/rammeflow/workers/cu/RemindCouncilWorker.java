package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-remind-council}: a reminder to a council that has not approved yet. */
@Component
public class RemindCouncilWorker {

  public static final String JOB_TYPE = "rammeflow-cu-remind-council";

  private final CuWorkflow workflow;

  public RemindCouncilWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId) {
    workflow.remindCouncil(caseId, councilId);
  }
}
