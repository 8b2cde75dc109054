package dk.rammeflow.workers;

import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingSteps;
import dk.rammeflow.mail.MailDeliveryException;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code hearing-round} and {@code hearing-party-response} (element templates in
 * {@code bpmn/hearing-round/element-templates/}), each one call on {@link HearingSteps}. Variables a person typed
 * into a task come in untyped, so a value of the wrong type is refused in Danish by the step, not by the client.
 */
@Component
public class HearingRoundWorkers {

  private static final int MAIL_ATTEMPTS = 5;

  private final HearingSteps steps;
  private final Duration mailRetryBackoff;

  public HearingRoundWorkers(HearingSteps steps, @Value("${rammeflow.hearing.mail-retry-backoff}") Duration mailRetryBackoff) {
    this.steps = steps;
    this.mailRetryBackoff = mailRetryBackoff;
  }

  /** Validates the input, resolves the parties, fixes deadline and reminders, registers the hearing; bad input: {@code HEARING_INVALID}. */
  @JobWorker(type = "rammeflow-hearing-prepare")
  public Map<String, Object> prepare(ActivatedJob job) {
    try {
      return steps.prepare(job.getVariablesAsMap(), job.getProcessInstanceKey());
    } catch (HearingException e) {
      throw CamundaError.bpmnError("HEARING_INVALID", e.getMessage(), Map.of("validationErrors", e.problems()));
    }
  }

  /**
   * Mails one party; never twice for the same step. An unreachable mail server fails the job with a backoff that
   * doubles on each attempt ({@code rammeflow.hearing.mail-retry-backoff}), then raises an incident.
   */
  @JobWorker(type = "rammeflow-hearing-notify-party")
  public Map<String, Object> notifyParty(
      ActivatedJob job,
      @Variable(name = "notice") String notice,
      @Variable(name = "hearingId") String hearingId,
      @Variable(name = "party") HearingParty party,
      @Variable(name = "deadline") String deadline,
      @Variable(name = "deadlineText") String deadlineText,
      @Variable(name = "previousDeadlineText") String previousDeadlineText,
      @Variable(name = "reminderAt") String reminderAt,
      @Variable(name = "clarificationQuestion") String clarificationQuestion,
      @Variable(name = "cancellationReason") String cancellationReason) {
    try {
      return Map.of("sentMessageId",
          steps.notifyParty(notice, hearingId, party, deadline, deadlineText, previousDeadlineText, reminderAt, clarificationQuestion, cancellationReason));
    } catch (MailDeliveryException e) {
      int attempt = MAIL_ATTEMPTS - job.getRetries() + 1;
      throw CamundaError.jobError(
          "Mail to %s could not be delivered (attempt %d): %s".formatted(party.emails(), attempt, e.getMessage()),
          null, job.getRetries() - 1, mailRetryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
    }
  }

  /**
   * Records the party's outcome ({@code answered}, {@code answered-by-mail}, {@code not-answered}). A Tasklist
   * response the form would have refused raises {@code RESPONSE_INCOMPLETE}: the task opens again with the Danish
   * reason in {@code responseProblem}.
   */
  @JobWorker(type = "rammeflow-hearing-record-response")
  public Map<String, Object> recordResponse(
      @Variable(name = "hearingId") String hearingId,
      @Variable(name = "party") HearingParty party,
      @Variable(name = "outcome") String outcome,
      @Variable(name = "position") Object position,
      @Variable(name = "responseText") Object responseText,
      @Variable(name = "contactPerson") Object contactPerson,
      @Variable(name = "mailReply") Object mailReply) {
    try {
      return steps.recordResponse(hearingId, party, outcome, position, responseText, contactPerson, mailReply);
    } catch (HearingException e) {
      throw CamundaError.bpmnError("RESPONSE_INCOMPLETE", e.getMessage(), Map.of("responseProblem", e.getMessage()));
    }
  }

  /** Applies a new deadline and tells the parties still awaited. */
  @JobWorker(type = "rammeflow-hearing-extend-deadline")
  public Map<String, Object> extendDeadline(
      @Variable(name = "hearingId") String hearingId,
      @Variable(name = "newDeadline") String newDeadline,
      @Variable(name = "reminderOffsets") List<Integer> reminderOffsets) {
    return steps.extendDeadline(hearingId, newDeadline, reminderOffsets);
  }

  /** The høringsnotat as DOCX and PDF from every response, late ones included. */
  @JobWorker(type = "rammeflow-hearing-compile-note")
  public Map<String, Object> compileNote(@Variable(name = "hearingId") String hearingId) {
    return steps.compileNote(hearingId);
  }

  /** Reopens one party for a clarification, with a short deadline. */
  @JobWorker(type = "rammeflow-hearing-prepare-clarification")
  public Map<String, Object> prepareClarification(
      @Variable(name = "hearingId") String hearingId,
      @Variable(name = "clarificationPartyId") Object clarificationPartyId,
      @Variable(name = "clarificationWorkingDays") Object clarificationWorkingDays) {
    return steps.prepareClarification(hearingId, clarificationPartyId, clarificationWorkingDays);
  }

  /** The hearing ends: {@code closing} = {@code approved} or {@code cancelled}. */
  @JobWorker(type = "rammeflow-hearing-close")
  public void close(@Variable(name = "hearingId") String hearingId, @Variable(name = "closing") String closing) {
    steps.close(hearingId, closing);
  }
}
