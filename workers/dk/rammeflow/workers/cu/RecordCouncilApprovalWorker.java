package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-record-council-approval}: records a council's approval from the message {@code cu-council-approved}. */
@Component
public class RecordCouncilApprovalWorker {

  public static final String JOB_TYPE = "rammeflow-cu-record-council-approval";

  private final CuWorkflow workflow;

  public RecordCouncilApprovalWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId, @Variable(name = "approvedOn") Object approvedOn, @Variable(name = "approvalNote") Object approvalNote) {
    workflow.recordCouncilApproval(caseId, councilId, approvedOn, approvalNote);
  }
}
