package dk.rammeflow.workers.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecords;
import dk.rammeflow.hearing.HearingResponse;
import dk.rammeflow.hearing.Position;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
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
    Position position =
        Position.fromCode(positionCode).orElseThrow(() -> new HearingException("Ukendt holdning: '%s'.".formatted(positionCode)));
    String text = responseText == null ? "" : responseText.trim();
    if (position.textRequired() && text.isEmpty()) {
      throw new HearingException("Høringssvaret fra %s mangler tekst, som holdningen '%s' kræver.".formatted(hearingParty.name(), position.label()));
    }
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
    return Map.of("response", response.toVariable());
  }
}
