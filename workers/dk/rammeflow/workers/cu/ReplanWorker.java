package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-replan}: a negotiated deadline: the rest of the case planned again towards it. */
@Component
public class ReplanWorker {

  public static final String JOB_TYPE = "rammeflow-cu-replan";

  private final CuWorkflow workflow;

  public ReplanWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "agreedDeadline") String agreedDeadline) {
    return workflow.replan(caseId, LocalDate.parse(agreedDeadline));
  }
}
