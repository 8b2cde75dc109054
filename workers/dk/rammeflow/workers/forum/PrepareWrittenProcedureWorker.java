package dk.rammeflow.workers.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumDecisions;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
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
  private final CalendarTime time;

  public PrepareWrittenProcedureWorker(ForumDecisions decisions, CalendarTime time) {
    this.decisions = decisions;
    this.time = time;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> prepare(@Variable(name = "decisionId") String decisionId) {
    return Map.of("writtenHearing", decisions.writtenProcedure(decisionId, time.today()), "writtenProcedure", true);
  }
}
