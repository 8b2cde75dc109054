package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.DanishDates;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The forum-decision operations of the application's own API: put an item before a forum, cancel a meeting. */
@Service
public class ForumDecisionService {

  public static final String PROCESS_ID = "forum-decision";
  public static final String MESSAGE_MEETING_CANCELLED = "forum-meeting-cancelled";

  private final ForumDecisions decisions;
  private final ForumDecisionRecords records;
  private final CalendarTime clock;
  private final CamundaClient client;

  public ForumDecisionService(ForumDecisions decisions, ForumDecisionRecords records, CalendarTime clock, CamundaClient client) {
    this.decisions = decisions;
    this.records = records;
    this.clock = clock;
    this.client = client;
  }

  public record StartedDecision(String decisionId, long processInstanceKey, String forum, String meetingDate, String meetingText, boolean meetingCancelled) {}

  /** Checks the input completely (Danish {@link ForumException} listing every problem), then starts the process. */
  public StartedDecision start(Map<String, Object> input) {
    Map<String, Object> scheduled = decisions.schedule(input, clock.today());
    Map<String, Object> variables = new LinkedHashMap<>(input);
    variables.put("decisionId", scheduled.get("decisionId"));
    long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion().variables(variables).send().join().getProcessInstanceKey();
    return new StartedDecision((String) scheduled.get("decisionId"), key, (String) scheduled.get("forum"), (String) scheduled.get("meetingDate"),
        (String) scheduled.get("meetingText"), Boolean.TRUE.equals(scheduled.get("meetingCancelled")));
  }

  /** What a cancellation reached: the items moved to written procedure. */
  public record Cancellation(String forum, String meetingDate, List<String> decisionIds) {}

  /**
   * Cancels the forum's meeting on {@code date} for every item waiting for it: each is decided by written
   * procedure instead. The message is published once per item ({@code forum-meeting-cancelled}, correlation key
   * the decision id), because a message reaches only one waiting instance of a process.
   */
  public Cancellation cancelMeeting(String forumId, Object date, String reason) {
    LocalDate meetingDate;
    try {
      meetingDate = CalendarInputs.requiredDate(date, "Mødedato");
    } catch (CalendarException e) {
      throw new ForumException(e.danishMessage());
    }
    String forum = forumId == null ? "" : forumId.trim().toLowerCase();
    List<ForumDecisionRecord> waiting = records.waitingFor(forum, meetingDate);
    if (waiting.isEmpty()) {
      throw new ForumException("Ingen sager venter på mødet i '%s' den %s.".formatted(forum, DanishDates.format(meetingDate)));
    }
    for (ForumDecisionRecord item : waiting) {
      client.newPublishMessageCommand()
          .messageName(MESSAGE_MEETING_CANCELLED)
          .correlationKey(item.decisionId())
          .variables(Map.of("cancellationReason", reason == null ? "" : reason.trim()))
          .timeToLive(Duration.ofMinutes(5))
          .send()
          .join();
    }
    return new Cancellation(forum, meetingDate.toString(), waiting.stream().map(ForumDecisionRecord::decisionId).toList());
  }
}
