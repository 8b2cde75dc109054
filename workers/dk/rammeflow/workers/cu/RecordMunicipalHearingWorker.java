package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-record-hearing}: the hearing note joins the material, or the draft goes back to revision. */
@Component
public class RecordMunicipalHearingWorker {

  public static final String JOB_TYPE = "rammeflow-cu-record-hearing";

  private final CuWorkflow workflow;

  public RecordMunicipalHearingWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId, @Variable(name = "hearingNoteDocx") Object hearingNoteDocx, @Variable(name = "hearingValidationErrors") Object hearingValidationErrors) {
    return workflow.recordHearing(caseId, hearingNoteDocx, hearingValidationErrors);
  }
}
