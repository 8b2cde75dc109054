package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.hearing.HearingPreparation.PreparedHearing;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecord.Status;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The hearing operations of the application's own API: start, move the deadline, cancel. */
@Service
public class HearingService {

  public static final String PROCESS_ID = "hearing-round";
  public static final String MESSAGE_CANCELLED = "hearing-cancelled";
  public static final String MESSAGE_DEADLINE_EXTENDED = "hearing-deadline-extended";
  public static final String MESSAGE_PARTY_DEADLINE_CHANGED = "hearing-party-deadline-changed";
  public static final String MESSAGE_REPLY_RECEIVED = "hearing-reply-received";

  private final HearingPreparation preparation;
  private final HearingRecords records;
  private final CamundaClient client;
  private final CalendarTime time;

  public HearingService(HearingPreparation preparation, HearingRecords records, CamundaClient client, CalendarTime time) {
    this.preparation = preparation;
    this.records = records;
    this.client = client;
    this.time = time;
  }

  public record StartedHearing(String hearingId, long processInstanceKey, String deadline, String deadlineText, List<String> warnings) {}

  /** Validates the input completely before anything starts, so bad input leaves nothing behind. */
  public StartedHearing start(Map<String, Object> input) {
    PreparedHearing prepared = preparation.prepare(input, today());
    Map<String, Object> variables = new LinkedHashMap<>(input);
    variables.put("hearingId", prepared.hearingId());
    long key =
        client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion().variables(variables).send().join().getProcessInstanceKey();
    return new StartedHearing(
        prepared.hearingId(), key, (String) prepared.variables().get("deadline"), (String) prepared.variables().get("deadlineText"), prepared.warnings());
  }

  public void extendDeadline(String hearingId, String newDeadline) {
    HearingRecord hearing = requireOpen(hearingId);
    // Validated here so the user hears about a bad date at once; the process's worker applies it.
    preparation.moveDeadline(hearing, newDeadline, List.of(), today());
    publish(MESSAGE_DEADLINE_EXTENDED, hearingId, Map.of("newDeadline", newDeadline));
  }

  public void cancel(String hearingId, String reason) {
    requireOpen(hearingId);
    records.update(hearingId, r -> r.withStatus(Status.CANCELLED));
    publish(MESSAGE_CANCELLED, hearingId, Map.of("cancellationReason", reason == null ? "" : reason.trim()));
  }

  /** Tells one party's running instance that its deadline moved. */
  public void notifyPartyDeadlineChanged(String hearingId, String partyId, Map<String, Object> deadlineVariables) {
    publish(MESSAGE_PARTY_DEADLINE_CHANGED, hearingId + "/" + partyId, deadlineVariables);
  }

  /** Ends the party's open task with the reply; the mail's Message-ID makes a repeated publish a no-op. */
  public void correlateReply(String hearingId, String partyId, HearingResponse response) {
    try {
      client.newPublishMessageCommand()
          .messageName(MESSAGE_REPLY_RECEIVED)
          .correlationKey(hearingId + "/" + partyId)
          .messageId(response.mailMessageId())
          .variables(Map.of("response", response.toVariable()))
          .timeToLive(Duration.ofMinutes(5))
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }

  private HearingRecord requireOpen(String hearingId) {
    HearingRecord hearing = records.require(hearingId);
    if (hearing.status() == Status.CANCELLED) {
      throw new HearingException("Høringen '%s' er annulleret.".formatted(hearing.title()));
    }
    if (hearing.parties().stream().noneMatch(p -> hearing.statusOf(p.id()) == PartyStatus.AWAITING)) {
      throw new HearingException("Høringen '%s' er afsluttet: alle parter har svaret, eller fristen er udløbet.".formatted(hearing.title()));
    }
    return hearing;
  }

  private void publish(String message, String correlationKey, Map<String, Object> variables) {
    client.newPublishMessageCommand()
        .messageName(message)
        .correlationKey(correlationKey)
        .variables(variables)
        .timeToLive(Duration.ofMinutes(5))
        .send()
        .join();
  }

  private LocalDate today() {
    return time.today();
  }
}
