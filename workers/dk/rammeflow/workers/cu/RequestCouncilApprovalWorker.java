package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-request-council-approval}: sends the approved response to the 11 councils with the due date of their approval. */
@Component
public class RequestCouncilApprovalWorker {

  public static final String JOB_TYPE = "rammeflow-cu-request-council-approval";

  private final CuWorkflow workflow;

  public RequestCouncilApprovalWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId) {
    return workflow.requestCouncilApproval(caseId);
  }
}
