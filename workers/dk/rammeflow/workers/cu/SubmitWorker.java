package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuException;
import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-submit}: sends the response to Socialstyrelsen. No document: BPMN error {@code CU_SUBMISSION_INVALID} with {@code submitProblems}. */
@Component
public class SubmitWorker {

  public static final String JOB_TYPE = "rammeflow-cu-submit";

  private final CuWorkflow workflow;

  public SubmitWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "responseDocumentId") Object responseDocumentId) {
    try {
      return workflow.submit(caseId, responseDocumentId);
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_SUBMISSION_INVALID", e.getMessage(), Map.of("submitProblems", e.problems()));
    }
  }
}
