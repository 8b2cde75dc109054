package dk.rammeflow.workers.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingPreparation;
import dk.rammeflow.hearing.HearingPreparation.PreparedHearing;
import dk.rammeflow.hearing.HearingRecord;
import dk.rammeflow.hearing.HearingRecords;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Validates a hearing's inputs, fixes its deadline and reminders, and registers it. */
@Component
public class PrepareHearingWorker {

  private final CalendarTime time;

  private final HearingPreparation preparation;
  private final HearingRecords records;

  public PrepareHearingWorker(HearingPreparation preparation, HearingRecords records, CalendarTime time) {
    this.time = time;
    this.preparation = preparation;
    this.records = records;
  }

  @JobWorker(type = "rammeflow-hearing-prepare")
  @SuppressWarnings("unchecked")
  public Map<String, Object> prepare(ActivatedJob job) {
    PreparedHearing prepared;
    try {
      prepared = preparation.prepare(job.getVariablesAsMap(), time.today());
    } catch (HearingException e) {
      throw CamundaError.bpmnError("HEARING_INVALID", e.getMessage(), Map.of("validationErrors", e.problems()));
    }
    Map<String, Object> v = prepared.variables();
    if (records.find(prepared.hearingId()).isEmpty()) {
      List<HearingParty> parties = ((List<Map<String, Object>>) v.get("hearingParties")).stream().map(HearingParty::fromVariable).toList();
      Map<String, HearingRecord.PartyStatus> status = new LinkedHashMap<>();
      parties.forEach(p -> status.put(p.id(), HearingRecord.PartyStatus.AWAITING));
      records.create(
          new HearingRecord(
              prepared.hearingId(),
              (String) v.get("title"),
              (List<String>) v.get("questions"),
              (List<Map<String, String>>) v.get("material"),
              parties,
              (String) v.get("caseWorker"),
              LocalDate.parse((String) v.get("sentOn")),
              LocalDate.parse((String) v.get("deadline")),
              (String) v.get("deadlineAt"),
              HearingRecord.Status.OPEN,
              status,
              new HashMap<>(),
              List.of(),
              time.now().toInstant()));
    }
    return v;
  }
}
