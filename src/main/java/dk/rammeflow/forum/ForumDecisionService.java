package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.forum.ForumDecisionController.Cancellation;
import dk.rammeflow.forum.ForumDecisionController.StartedDecision;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.process.ProcessClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The forum-decision operations of the application's own API: put an item before a forum, cancel a meeting. Each
 * validates the request and asks the process; the process's steps write the item's record.
 */
@Service
class ForumDecisionService {

  static final String PROCESS_ID = "forum-decision";
  static final String MESSAGE_MEETING_CANCELLED = "forum-meeting-cancelled";

  private final ForumDecisions decisions;
  private final ForumDecisionRecords records;
  private final CalendarTime clock;
  private final ProcessClient client;

  ForumDecisionService(ForumDecisions decisions, ForumDecisionRecords records, CalendarTime clock, ProcessClient client) {
    this.decisions = decisions;
    this.records = records;
    this.clock = clock;
    this.client = client;
  }

  /** Checks the input completely (Danish {@link ForumException} listing every problem), then starts the process. */
  StartedDecision start(Map<String, Object> input) {
    Map<String, Object> scheduled = decisions.schedule(input, clock.today());
    String decisionId = (String) scheduled.get("decisionId");
    if (records.exists(decisionId)) {
      throw new ForumConflictException("Forumsagen '%s' findes allerede; vælg et andet id.".formatted(decisionId));
    }
    Map<String, Object> variables = new LinkedHashMap<>(input);
    variables.put("decisionId", decisionId);
    long key = client.start(PROCESS_ID, variables);
    return new StartedDecision(decisionId, key, (String) scheduled.get("forum"), (String) scheduled.get("meetingDate"),
        (String) scheduled.get("meetingText"), Boolean.TRUE.equals(scheduled.get("meetingCancelled")));
  }

  ForumDecisionRecord require(String decisionId) {
    if (!Ids.isValid(decisionId)) {
      throw new UnknownDecisionException(decisionId);
    }
    return records.require(decisionId);
  }

  /**
   * Cancels the forum's meeting on {@code date} for every item waiting for it: each is decided by written
   * procedure instead. The message is published once per item ({@code forum-meeting-cancelled}, correlation key
   * the decision id), because a message reaches only one waiting instance of a process.
   */
  Cancellation cancelMeeting(String forumId, Object date, Object reason) {
    List<String> problems = new ArrayList<>();
    LocalDate meetingDate = Inputs.date(date, "Mødedato", problems);
    String text = Inputs.text(reason, "Begrundelsen", 2_000, problems);
    if (meetingDate == null && problems.isEmpty()) {
      problems.add("Mødedato mangler.");
    }
    String forum = forumId == null ? "" : forumId.strip().toLowerCase();
    if (!Ids.isValid(forum)) {
      problems.add(Ids.problem("Forummets id", forum));
    }
    if (!problems.isEmpty()) {
      throw new ForumException(problems);
    }
    List<ForumDecisionRecord> waiting = records.waitingFor(forum, meetingDate);
    if (waiting.isEmpty()) {
      throw new ForumException("Ingen sager venter på mødet i '%s' den %s.".formatted(forum, DanishDates.format(meetingDate)));
    }
    for (ForumDecisionRecord item : waiting) {
      client.publish(MESSAGE_MEETING_CANCELLED, item.decisionId(), null, Map.of("cancellationReason", text), Duration.ofMinutes(5));
    }
    return new Cancellation(forum, meetingDate.toString(), waiting.stream().map(ForumDecisionRecord::decisionId).toList());
  }
}
