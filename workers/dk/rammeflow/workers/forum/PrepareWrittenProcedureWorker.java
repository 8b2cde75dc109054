package dk.rammeflow.workers.forum;

import dk.rammeflow.forum.ForumDecisions;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-forum-prepare-written-procedure}: the input of the hearing round among the forum's members
 * that replaces a cancelled meeting ({@code writtenHearing}).
 */
@Component
public class PrepareWrittenProcedureWorker {

  public static final String JOB_TYPE = "rammeflow-forum-prepare-written-procedure";

  private final ForumDecisions decisions;

  public PrepareWrittenProcedureWorker(ForumDecisions decisions) {
    this.decisions = decisions;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> prepare(@Variable(name = "decisionId") String decisionId) {
    // The hearing round checks its deadline against the wall clock, so the deadline is counted from it too.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    return Map.of("writtenHearing", decisions.writtenProcedure(decisionId, today), "writtenProcedure", true);
  }
}
