package dk.rammeflow.workers.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingPreparation;
import dk.rammeflow.hearing.HearingRecords;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reopens one party for a clarification the secretariat asked for, with a short new deadline. */
@Component
public class PrepareClarificationWorker {

  private final CalendarTime time;

  private final HearingPreparation preparation;
  private final HearingRecords records;

  public PrepareClarificationWorker(HearingPreparation preparation, HearingRecords records, CalendarTime time) {
    this.time = time;
    this.preparation = preparation;
    this.records = records;
  }

  @JobWorker(type = "rammeflow-hearing-prepare-clarification")
  public Map<String, Object> prepare(
      @Variable String hearingId, @Variable String clarificationPartyId, @Variable Integer clarificationWorkingDays) {
    var hearing = records.require(hearingId);
    HearingParty party =
        hearing.party(clarificationPartyId)
            .orElseThrow(() -> new HearingException("Parten '%s' er ikke part i høringen.".formatted(clarificationPartyId)));
    Deadline deadline = preparation.clarificationDeadline(clarificationWorkingDays == null ? 5 : clarificationWorkingDays, time.today());
    records.update(hearingId, r -> r.withNewRound(party.id()));
    Map<String, Object> deadlineVariables = HearingPreparation.deadlineVariables(deadline);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("clarificationParty", party.toVariable());
    variables.put("clarificationDeadline", deadlineVariables.get("deadline"));
    variables.put("clarificationDeadlineAt", deadlineVariables.get("deadlineAt"));
    variables.put("clarificationDeadlineText", deadlineVariables.get("deadlineText"));
    return variables;
  }
}
