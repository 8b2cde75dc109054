package dk.rammeflow.workers.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecords;
import dk.rammeflow.hearing.HearingResponse;
import dk.rammeflow.hearing.Position;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records a party's outcome: the response it gave in Tasklist ({@code outcome = answered}), or
 * that the deadline passed without one ({@code outcome = not-answered}).
 */
@Component
public class RecordResponseWorker {

  private final CalendarTime time;

  private final HearingRecords records;

  public RecordResponseWorker(HearingRecords records, CalendarTime time) {
    this.time = time;
    this.records = records;
  }

  @JobWorker(type = "rammeflow-hearing-record-response")
  public Map<String, Object> record(
      @Variable String hearingId,
      @Variable Map<String, Object> party,
      @Variable String outcome,
      @Variable(name = "position") String positionCode,
      @Variable String responseText,
      @Variable String contactPerson) {
    HearingParty hearingParty = HearingParty.fromVariable(party);
    if ("not-answered".equals(outcome)) {
      records.update(
          hearingId,
          r -> r.statusOf(hearingParty.id()) == PartyStatus.ANSWERED ? r : r.withPartyStatus(hearingParty.id(), PartyStatus.NOT_ANSWERED));
      return Map.of("response", HearingResponse.notAnswered(hearingParty));
    }
    String text = responseText == null ? "" : responseText.trim();
    List<String> problems = problems(positionCode, text, contactPerson);
    if (!problems.isEmpty()) {
      // The task opens again with the reason shown in its form; nothing is recorded.
      throw CamundaError.bpmnError("RESPONSE_INCOMPLETE", String.join(" ", problems), Map.of("responseProblem", String.join(" ", problems)));
    }
    Position position = Position.fromCode(positionCode).orElseThrow();
    var hearing = records.require(hearingId);
    var existing = hearing.latestResponse(hearingParty.id());
    if (existing.isPresent() && hearing.statusOf(hearingParty.id()) == PartyStatus.ANSWERED && existing.get().round() == hearing.roundOf(hearingParty.id())
        && HearingResponse.CHANNEL_TASKLIST.equals(existing.get().channel())) {
      return Map.of("response", existing.get().toVariable()); // a retried job: recorded already
    }
    HearingResponse response =
        new HearingResponse(
            hearingParty.id(), hearingParty.name(), position.code(), text, contactPerson == null ? "" : contactPerson.trim(),
            HearingResponse.CHANNEL_TASKLIST, time.now().toInstant(), false, List.of(), hearing.roundOf(hearingParty.id()), null);
    records.addResponse(hearingId, response);
    Map<String, Object> result = new java.util.HashMap<>();
    result.put("response", response.toVariable());
    result.put("responseProblem", null);
    return result;
  }

  /** What Tasklist's form would have refused; completion through the API skips the form. */
  static List<String> problems(String positionCode, String text, String contactPerson) {
    List<String> problems = new java.util.ArrayList<>();
    var position = Position.fromCode(positionCode);
    if (position.isEmpty()) {
      problems.add("Vælg en holdning: Ingen bemærkninger, Bemærkninger eller Kan ikke tilslutte sig.");
    } else if (position.get().textRequired() && text.isEmpty()) {
      problems.add("Skriv høringssvaret: holdningen '%s' kræver en tekst.".formatted(position.get().label()));
    }
    if (contactPerson == null || contactPerson.isBlank()) {
      problems.add("Angiv en kontaktperson.");
    }
    return problems;
  }
}
