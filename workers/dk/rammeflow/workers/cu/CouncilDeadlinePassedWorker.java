package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-council-deadline-passed}: the due date of the political approval passed: reminders and the status table. */
@Component
public class CouncilDeadlinePassedWorker {

  public static final String JOB_TYPE = "rammeflow-cu-council-deadline-passed";

  private final CuWorkflow workflow;

  public CouncilDeadlinePassedWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId) {
    return workflow.councilDeadlinePassed(caseId);
  }
}
