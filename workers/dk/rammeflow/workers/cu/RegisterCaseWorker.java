package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuException;
import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-register}: checks the start input and registers the case. Bad input: BPMN error {@code CU_INVALID} with the Danish {@code problems}. */
@Component
public class RegisterCaseWorker {

  public static final String JOB_TYPE = "rammeflow-cu-register";

  private final CuWorkflow workflow;

  public RegisterCaseWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(ActivatedJob job) {
    try {
      return workflow.register(job.getVariablesAsMap());
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }
}
