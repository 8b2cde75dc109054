package dk.rammeflow.workers.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingPreparation;
import dk.rammeflow.hearing.HearingRecord;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecords;
import dk.rammeflow.hearing.HearingService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a hearing's deadline: new deadline and reminders for the hearing, and a message to every
 * party still awaited so its task's due date and timers follow and it is told.
 */
@Component
public class ExtendDeadlineWorker {

  private final CalendarTime time;

  private static final Logger LOG = LoggerFactory.getLogger(ExtendDeadlineWorker.class);

  private final HearingPreparation preparation;
  private final HearingRecords records;
  private final HearingService hearings;

  public ExtendDeadlineWorker(HearingPreparation preparation, HearingRecords records, HearingService hearings, CalendarTime time) {
    this.time = time;
    this.preparation = preparation;
    this.records = records;
    this.hearings = hearings;
  }

  @JobWorker(type = "rammeflow-hearing-extend-deadline")
  public Map<String, Object> extend(@Variable String hearingId, @Variable String newDeadline, @Variable List<Integer> reminderOffsets) {
    HearingRecord hearing = records.require(hearingId);
    Deadline deadline;
    try {
      deadline = preparation.moveDeadline(hearing, newDeadline, reminderOffsets, time.today());
    } catch (HearingException e) {
      LOG.warn("Deadline extension of hearing {} to {} refused: {}", hearingId, newDeadline, e.getMessage());
      return Map.of("extensionRefused", e.getMessage());
    }
    Map<String, Object> variables = HearingPreparation.deadlineVariables(deadline);
    records.update(hearingId, r -> r.withDeadline(deadline.deadline(), (String) variables.get("deadlineAt")));
    for (HearingParty party : hearing.parties()) {
      if (hearing.statusOf(party.id()) == PartyStatus.AWAITING) {
        hearings.notifyPartyDeadlineChanged(hearingId, party.id(), variables);
      }
    }
    LOG.info("Hearing {}: deadline moved to {}", hearingId, deadline.deadline());
    return variables;
  }
}
