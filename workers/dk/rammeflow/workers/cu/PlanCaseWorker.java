package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-plan}: the tidsplan of the steps still to come. */
@Component
public class PlanCaseWorker {

  public static final String JOB_TYPE = "rammeflow-cu-plan";

  private final CuWorkflow workflow;

  public PlanCaseWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId) {
    return workflow.plan(caseId);
  }
}
