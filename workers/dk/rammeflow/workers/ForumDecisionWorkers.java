package dk.rammeflow.workers;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumDecisions;
import dk.rammeflow.forum.ForumDecisions.Registered;
import dk.rammeflow.forum.ForumException;
import dk.rammeflow.forum.ForumMails;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every automated step of {@code forum-decision} (element templates in {@code bpmn/forum-decision/element-templates/}). */
@Component
public class ForumDecisionWorkers {

  public static final String INVALID = "FORUM_INVALID";
  public static final String DECISION_INVALID = "FORUM_DECISION_INVALID";

  private final ForumDecisions decisions;
  private final ForumMails mails;
  private final CalendarTime clock;

  public ForumDecisionWorkers(ForumDecisions decisions, ForumMails mails, CalendarTime clock) {
    this.decisions = decisions;
    this.mails = mails;
    this.clock = clock;
  }

  /**
   * {@code rammeflow-forum-schedule}: checks the item (forum, title, recommendation, case worker, material,
   * earliest date), finds its meeting and registers it. Bad input: BPMN error {@code FORUM_INVALID} with the
   * Danish problems in {@code problems}.
   */
  @JobWorker(type = "rammeflow-forum-schedule")
  public Map<String, Object> schedule(ActivatedJob job) {
    try {
      Map<String, Object> variables = decisions.schedule(job.getVariablesAsMap(), clock.today());
      decisions.register(variables, clock.now().toInstant());
      Map<String, Object> out = new LinkedHashMap<>(variables);
      ForumDecisions.INPUTS.forEach(out::remove);
      return out;
    } catch (ForumException e) {
      throw CamundaError.bpmnError(INVALID, e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** {@code rammeflow-forum-send-material}: mails the item's material to each member of the forum. */
  @JobWorker(type = "rammeflow-forum-send-material")
  public Map<String, Object> sendMaterial(ActivatedJob job) {
    List<String> sentTo = mails.sendMaterial(job.getVariablesAsMap(), clock.now().toInstant());
    return Map.of("materialSentTo", sentTo, "materialSentAt", clock.now().toInstant().toString());
  }

  /**
   * {@code rammeflow-forum-prepare-written-procedure}: the input of the hearing round among the forum's members
   * that replaces a cancelled meeting ({@code writtenHearing}).
   */
  @JobWorker(type = "rammeflow-forum-prepare-written-procedure")
  public Map<String, Object> prepareWrittenProcedure(@Variable(name = "decisionId") String decisionId) {
    return Map.of("writtenHearing", decisions.writtenProcedure(decisionId, clock.today()), "writtenProcedure", true);
  }

  /**
   * {@code rammeflow-forum-record-decision}: registers the forum's decision. A postponement (udsat) moves the item
   * to the next meeting ({@code postponed} true, new meeting variables, history in {@code postponements}). Bad
   * input or a second registration: BPMN error {@code FORUM_DECISION_INVALID} with {@code decisionProblems}.
   */
  @JobWorker(type = "rammeflow-forum-record-decision")
  public Map<String, Object> recordDecision(
      @Variable(name = "decisionId") String decisionId,
      @Variable(name = "meetingDate") String meetingDate,
      @Variable(name = "outcome") Object outcome,
      @Variable(name = "decisionText") Object decisionText) {
    Registered registered;
    try {
      registered = decisions.registerDecision(decisionId, LocalDate.parse(meetingDate), outcome, decisionText, clock.now().toInstant());
    } catch (ForumException e) {
      throw CamundaError.bpmnError(DECISION_INVALID, e.getMessage(), Map.of("decisionProblems", e.problems()));
    }
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
   * {@code rammeflow-forum-notify-problem}: tells the case worker why the item could not go on a meeting (the
   * Danish {@code problems} of the scheduling), and ends the forum decision with outcome {@code ikke-behandlet}.
   */
  @JobWorker(type = "rammeflow-forum-notify-problem")
  public Map<String, Object> notifyProblem(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    List<String> problems = variables.get("problems") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.sendProblem(job.getProcessInstanceKey(), variables, problems);
    return Map.of("outcome", "ikke-behandlet", "outcomeLabel", "Ikke behandlet", "decisionText", String.join(" ", problems));
  }
}
