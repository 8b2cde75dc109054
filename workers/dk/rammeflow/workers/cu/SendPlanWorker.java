package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-send-plan}: mails the tidsplan to the case worker. */
@Component
public class SendPlanWorker {

  public static final String JOB_TYPE = "rammeflow-cu-send-plan";

  private final CuWorkflow workflow;

  public SendPlanWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(@Variable(name = "caseId") String caseId, @Variable(name = "planOccasion") String planOccasion) {
    workflow.sendPlan(caseId, planOccasion);
  }
}
