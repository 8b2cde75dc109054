package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumDecisions.Registered;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The automated steps of {@code forum-decision}, for its job workers: each takes the step's variables, writes what
 * the step owns in the item's record, and returns the variables it produces. An item's record is written only here.
 */
@Component
public class ForumSteps {

  private final ForumDecisions decisions;
  private final ForumMails mails;
  private final CalendarTime clock;

  ForumSteps(ForumDecisions decisions, ForumMails mails, CalendarTime clock) {
    this.decisions = decisions;
    this.mails = mails;
    this.clock = clock;
  }

  /**
   * {@code rammeflow-forum-schedule}: checks the item, finds its meeting and registers it for its process instance.
   * Returns the variables the process does not have yet.
   *
   * @throws ForumException with every problem (Danish) when the input is bad
   */
  public Map<String, Object> schedule(Map<String, Object> input, long processInstanceKey) {
    Map<String, Object> variables = decisions.schedule(input, clock.today());
    ForumDecisionRecord registered = decisions.register(variables, processInstanceKey, clock.now().toInstant());
    if (registered.processInstanceKey() != processInstanceKey) {
      throw new ForumException("Forumsagen '%s' findes allerede.".formatted(registered.decisionId()));
    }
    Map<String, Object> out = new LinkedHashMap<>(variables);
    ForumDecisions.INPUTS.forEach(out::remove);
    return out;
  }

  /** {@code rammeflow-forum-send-material}: the material to each member of the forum, once per member and meeting. */
  public Map<String, Object> sendMaterial(Map<String, Object> item) {
    List<String> sentTo = mails.sendMaterial(item, clock.now().toInstant());
    return Map.of("materialSentTo", sentTo, "materialSentAt", clock.now().toInstant().toString());
  }

  /** {@code rammeflow-forum-prepare-written-procedure}: the hearing round among the members that replaces a cancelled meeting. */
  public Map<String, Object> prepareWrittenProcedure(String decisionId) {
    return Map.of("writtenHearing", decisions.writtenProcedure(decisionId, clock.today()), "writtenProcedure", true);
  }

  /**
   * {@code rammeflow-forum-record-decision}: registers the forum's decision; a postponement (udsat) moves the item to
   * the next meeting.
   *
   * @throws ForumException (Danish) when the decision is incomplete, of the wrong type, or registered already
   */
  public Map<String, Object> recordDecision(String decisionId, String meetingDate, Object outcome, Object decisionText) {
    Registered registered = decisions.registerDecision(decisionId, LocalDate.parse(meetingDate), outcome, decisionText, clock.now().toInstant());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcomeLabel", registered.outcome().label());
    out.put("postponed", registered.postponed());
    out.put("postponements", ForumDecisions.postponementVariables(registered.record()));
    out.put("decisionProblems", null);
    if (registered.postponed()) {
      out.putAll(ForumDecisions.slotVariables(registered.nextMeeting()));
      out.put("writtenProcedure", false);
    }
    return out;
  }

  /**
   * {@code rammeflow-forum-notify-problem}: tells the case worker (or the secretariat) why the item could not go on
   * a meeting, and ends the decision with outcome {@code ikke-behandlet}.
   */
  public Map<String, Object> notifyProblem(long processInstanceKey, Map<String, Object> item) {
    List<String> problems = item.get("problems") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.sendProblem(processInstanceKey, item, problems);
    return Map.of("outcome", "ikke-behandlet", "outcomeLabel", "Ikke behandlet", "decisionText", String.join(" ", problems));
  }
}
