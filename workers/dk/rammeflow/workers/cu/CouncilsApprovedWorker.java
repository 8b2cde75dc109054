package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-councils-approved}: every council has approved: the status table to the secretariat (and Socialstyrelsen after a submission with reservation). */
@Component
public class CouncilsApprovedWorker {

  public static final String JOB_TYPE = "rammeflow-cu-councils-approved";

  private final CuWorkflow workflow;

  public CouncilsApprovedWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(@Variable(name = "caseId") String caseId) {
    workflow.allCouncilsApproved(caseId);
  }
}
