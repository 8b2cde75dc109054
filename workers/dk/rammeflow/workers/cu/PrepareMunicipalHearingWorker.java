package dk.rammeflow.workers.cu;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-prepare-hearing}: the input of the hearing round among the 11 municipalities. */
@Component
public class PrepareMunicipalHearingWorker {

  public static final String JOB_TYPE = "rammeflow-cu-prepare-hearing";

  private final CuWorkflow workflow;
  private final CalendarTime time;

  public PrepareMunicipalHearingWorker(CuWorkflow workflow, CalendarTime time) {
    this.workflow = workflow;
    this.time = time;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> handle(@Variable(name = "caseId") String caseId) {
    // The hearing round checks its deadline against today, not against a historical case's timeline.
    return workflow.prepareHearing(caseId, time.today());
  }
}
