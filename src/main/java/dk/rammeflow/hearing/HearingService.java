package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.hearing.HearingController.StartedHearing;
import dk.rammeflow.hearing.HearingPreparation.PreparedHearing;
import dk.rammeflow.hearing.HearingRecord.Status;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The hearing operations of the application's own API: each validates the request and asks the process (start an
 * instance, publish a message); the process's steps write the hearing's record.
 */
@Service
class HearingService {

  static final int MAX_REASON = 2_000;

  private final HearingPreparation preparation;
  private final HearingRecords records;
  private final HearingMessages messages;
  private final CalendarTime time;

  HearingService(HearingPreparation preparation, HearingRecords records, HearingMessages messages, CalendarTime time) {
    this.preparation = preparation;
    this.records = records;
    this.messages = messages;
    this.time = time;
  }

  /** Validates the input completely before anything starts, so bad input leaves nothing behind. */
  StartedHearing start(Map<String, Object> input) {
    PreparedHearing prepared = preparation.prepare(input, time.today());
    if (records.exists(prepared.hearingId())) {
      throw new HearingConflictException("Høringen '%s' findes allerede; vælg et andet id.".formatted(prepared.hearingId()));
    }
    Map<String, Object> variables = new LinkedHashMap<>(input);
    variables.put("hearingId", prepared.hearingId());
    long key = messages.startHearing(variables);
    return new StartedHearing(prepared.hearingId(), key, (String) prepared.variables().get("deadline"),
        (String) prepared.variables().get("deadlineText"), prepared.warnings());
  }

  /** Checks the new deadline (the one place it is checked) and asks the process to move it. */
  void extendDeadline(String hearingId, Object newDeadline) {
    HearingRecord hearing = requireOpen(hearingId);
    LocalDate date = preparation.moveDeadline(hearing, newDeadline, List.of(), time.today()).deadline();
    messages.extendDeadline(hearingId, date.toString());
  }

  void cancel(String hearingId, Object reason) {
    HearingRecord hearing = requireOpen(hearingId);
    List<String> problems = new ArrayList<>();
    String text = Inputs.text(reason, "Begrundelsen", MAX_REASON, problems);
    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }
    messages.cancel(hearing.hearingId(), text);
  }

  HearingRecord require(String hearingId) {
    if (!Ids.isValid(hearingId)) {
      throw new UnknownHearingException(hearingId);
    }
    return records.require(hearingId);
  }

  private HearingRecord requireOpen(String hearingId) {
    HearingRecord hearing = require(hearingId);
    if (hearing.status() == Status.ORPHANED) {
      throw new HearingConflictException(orphanedMessage(hearing));
    }
    if (hearing.status() == Status.CANCELLED) {
      throw new HearingConflictException("Høringen '%s' er annulleret.".formatted(hearing.title()));
    }
    if (hearing.status() == Status.CLOSED || !hearing.awaitsAnyParty()) {
      throw new HearingConflictException("Høringen '%s' er afsluttet: alle parter har svaret, eller fristen er udløbet.".formatted(hearing.title()));
    }
    return hearing;
  }

  static String orphanedMessage(HearingRecord hearing) {
    return "Høringen '%s' kan ikke længere behandles: dens proces findes ikke mere, efter at Rammeflow blev genstartet. Start en ny høring."
        .formatted(hearing.title());
  }
}
