package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-prepare-hearing}: the input of the hearing round among the 11 municipalities. */
@Component
public class PrepareMunicipalHearingWorker {

  public static final String JOB_TYPE = "rammeflow-cu-prepare-hearing";

  private final CuWorkflow workflow;

  public PrepareMunicipalHearingWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId) {
    // The hearing round checks its deadline against the wall clock, so it is counted from there.
    return workflow.prepareHearing(caseId, LocalDate.now(ZoneId.of("Europe/Copenhagen")));
  }
}
