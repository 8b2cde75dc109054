package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-close}: Socialstyrelsen's outcome closes the case or starts its next round. */
@Component
public class CloseCaseWorker {

  public static final String JOB_TYPE = "rammeflow-cu-close";

  private final CuWorkflow workflow;

  public CloseCaseWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "agencyOutcome") String agencyOutcome, @Variable(name = "agencyOutcomeText") Object agencyOutcomeText, @Variable(name = "newAgencyDeadline") Object newAgencyDeadline, @Variable(name = "newCuDocument") Object newCuDocument) {
    return workflow.close(caseId, agencyOutcome, agencyOutcomeText, newAgencyDeadline, newCuDocument);
  }
}
