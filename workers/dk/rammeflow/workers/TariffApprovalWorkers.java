package dk.rammeflow.workers;

import dk.rammeflow.tariff.TariffException;
import dk.rammeflow.tariff.TariffSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code tariff-approval}, {@code tariff-submission} and {@code tariff-revision} (element
 * templates in {@code bpmn/tariff-approval/element-templates/}), each one call on {@link TariffSteps}.
 */
@Component
public class TariffApprovalWorkers {

  private final TariffSteps steps;

  public TariffApprovalWorkers(TariffSteps steps) {
    this.steps = steps;
  }

  /** Checks and plans the round; bad input: {@code TARIFF_INVALID} with the Danish {@code problems}. */
  @JobWorker(type = "rammeflow-tariff-open-round")
  public Map<String, Object> openRound(ActivatedJob job) {
    try {
      return steps.openRound(job.getVariablesAsMap(), job.getProcessInstanceKey());
    } catch (TariffException e) {
      throw CamundaError.bpmnError("TARIFF_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** Asks the operator by mail, with the prefilled takstindberetningsskema. */
  @JobWorker(type = "rammeflow-tariff-request")
  public Map<String, Object> request(
      @Variable(name = "roundId") String roundId,
      @Variable(name = "operatorId") String operatorId,
      @Variable(name = "deadlineText") String deadlineText,
      ActivatedJob job) {
    return steps.request(roundId, operatorId, deadlineText, job.getProcessInstanceKey());
  }

  /** One reminder while the operator has not submitted. */
  @JobWorker(type = "rammeflow-tariff-remind")
  public Map<String, Object> remind(
      @Variable(name = "roundId") String roundId,
      @Variable(name = "operatorId") String operatorId,
      @Variable(name = "deadlineText") String deadlineText) {
    return steps.remind(roundId, operatorId, deadlineText);
  }

  /** Checks and stores a submission; any problem: {@code TARIFF_SUBMISSION_INVALID} with {@code submissionProblems}. */
  @JobWorker(type = "rammeflow-tariff-check-submission")
  public Map<String, Object> checkSubmission(
      @Variable(name = "roundId") String roundId,
      @Variable(name = "operatorId") String operatorId,
      @Variable(name = "rows") Object rows,
      @Variable(name = "sheetDocumentId") Object sheetDocumentId,
      @Variable(name = "submittedBy") Object submittedBy) {
    try {
      return steps.checkSubmission(roundId, operatorId, rows, sheetDocumentId, submittedBy);
    } catch (TariffException e) {
      throw CamundaError.bpmnError("TARIFF_SUBMISSION_INVALID", e.getMessage(), Map.of("submissionProblems", e.problems()));
    }
  }

  /** The item for DAS (every submitted operator) or FU (one operator). */
  @JobWorker(type = "rammeflow-tariff-prepare-decision")
  public Map<String, Object> prepareDecision(
      @Variable(name = "roundId") String roundId,
      @Variable(name = "forum") String forum,
      @Variable(name = "operatorId") String operatorId) {
    return steps.prepareDecision(roundId, forum, operatorId);
  }

  /** Registers the forum's decision; an unknown offer: {@code TARIFF_DECISION_INVALID} with {@code exceptionProblems}. */
  @JobWorker(type = "rammeflow-tariff-record-decision")
  public Map<String, Object> recordDecision(
      @Variable(name = "roundId") String roundId,
      @Variable(name = "forum") String forum,
      @Variable(name = "operatorId") String operatorId,
      @Variable(name = "outcome") String outcome,
      @Variable(name = "decisionText") Object decisionText,
      @Variable(name = "meetingDate") String meetingDate,
      @Variable(name = "rejectedOffers") Object rejectedOffers) {
    try {
      return steps.recordDecision(roundId, forum, operatorId, outcome, decisionText, meetingDate, rejectedOffers);
    } catch (TariffException e) {
      throw CamundaError.bpmnError("TARIFF_DECISION_INVALID", e.getMessage(), Map.of("exceptionProblems", e.problems()));
    }
  }

  /** The takstbilag as XLSX and PDF, a new version. */
  @JobWorker(type = "rammeflow-tariff-publish-annex")
  public Map<String, Object> publishAnnex(@Variable(name = "roundId") String roundId, @Variable(name = "reason") String reason) {
    return steps.publishAnnex(roundId, reason);
  }

  /** Reopens one operator's tariffs; bad input: {@code TARIFF_INVALID} with {@code problems}. */
  @JobWorker(type = "rammeflow-tariff-open-revision")
  public Map<String, Object> openRevision(ActivatedJob job) {
    try {
      return steps.openRevision(job.getVariablesAsMap(), job.getProcessInstanceKey());
    } catch (TariffException e) {
      throw CamundaError.bpmnError("TARIFF_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** FU's decision to DAS's members, with the takstbilag. */
  @JobWorker(type = "rammeflow-tariff-inform-das")
  public Map<String, Object> informDas(@Variable(name = "roundId") String roundId, @Variable(name = "operatorId") String operatorId) {
    return steps.informDas(roundId, operatorId);
  }
}
