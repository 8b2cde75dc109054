package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuException;
import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-register-draft}: checks the draft of a task and adds it to the case material. Not found: BPMN error {@code CU_DRAFT_INVALID} with {@code draftProblems}. */
@Component
public class RegisterDraftWorker {

  public static final String JOB_TYPE = "rammeflow-cu-register-draft";

  private final CuWorkflow workflow;

  public RegisterDraftWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "step") String step, @Variable(name = "draftReference") Object draftReference) {
    try {
      return workflow.registerDraft(caseId, step, draftReference);
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_DRAFT_INVALID", e.getMessage(), Map.of("draftProblems", e.problems()));
    }
  }
}
