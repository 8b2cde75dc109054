package dk.rammeflow.workers;

import dk.rammeflow.socialagreement.SocialAgreementException;
import dk.rammeflow.socialagreement.SocialAgreementSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code social-agreement} (element templates in {@code bpmn/social-agreement/element-templates/}),
 * each one call on {@link SocialAgreementSteps}.
 */
@Component
public class SocialAgreementWorkers {

  private final SocialAgreementSteps steps;

  public SocialAgreementWorkers(SocialAgreementSteps steps) {
    this.steps = steps;
  }

  /** {@code rammeflow-social-agreement-register}: checks the start input, plans and registers the agreement. Bad input: BPMN error {@code SOCIAL_AGREEMENT_INVALID} with {@code problems}. */
  @JobWorker(type = "rammeflow-social-agreement-register")
  public Map<String, Object> register(ActivatedJob job) {
    try {
      return steps.register(job.getVariablesAsMap(), job.getProcessInstanceKey());
    } catch (SocialAgreementException e) {
      throw CamundaError.bpmnError("SOCIAL_AGREEMENT_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** {@code rammeflow-social-agreement-notify-invalid}: tells the case worker why the agreement could not be registered. */
  @JobWorker(type = "rammeflow-social-agreement-notify-invalid")
  public void notifyInvalid(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    steps.notifyInvalid(job.getProcessInstanceKey(), variables.get("caseWorker"), variables.get("period"), variables.get("problems"));
  }

  /** {@code rammeflow-social-agreement-send-plan}: mails the tidsplan to the case worker. */
  @JobWorker(type = "rammeflow-social-agreement-send-plan")
  public void sendPlan(@Variable(name = "caseId") String caseId) {
    steps.sendPlan(caseId);
  }

  /** {@code rammeflow-social-agreement-record-forum-step}: records a forum's decision; {@code stepRejected} when an approval was not given. */
  @JobWorker(type = "rammeflow-social-agreement-record-forum-step")
  public Map<String, Object> recordForumStep(@Variable(name = "caseId") String caseId, @Variable(name = "stepKey") String stepKey,
      @Variable(name = "forumDecision") Map<String, Object> forumDecision) {
    return steps.recordForumStep(caseId, stepKey, forumDecision);
  }

  /** {@code rammeflow-social-agreement-record-task-step}: records a task of the secretariat and its document. Bad input: BPMN error {@code SOCIAL_AGREEMENT_STEP_INVALID} with {@code stepProblems}. */
  @JobWorker(type = "rammeflow-social-agreement-record-task-step")
  public Map<String, Object> recordTaskStep(@Variable(name = "caseId") String caseId, @Variable(name = "stepKey") String stepKey,
      @Variable(name = "completedOn") Object completedOn, @Variable(name = "stepNote") Object stepNote, @Variable(name = "documentReference") Object documentReference) {
    try {
      return steps.recordTaskStep(caseId, stepKey, completedOn, stepNote, documentReference);
    } catch (SocialAgreementException e) {
      throw CamundaError.bpmnError("SOCIAL_AGREEMENT_STEP_INVALID", e.getMessage(), Map.of("stepProblems", e.problems()));
    }
  }

  /** {@code rammeflow-social-agreement-prepare-hearing}: the input of the hearing round on the focus areas. */
  @JobWorker(type = "rammeflow-social-agreement-prepare-hearing")
  public Map<String, Object> prepareHearing(@Variable(name = "caseId") String caseId, @Variable(name = "stepKey") String stepKey) {
    return steps.prepareHearing(caseId, stepKey);
  }

  /** {@code rammeflow-social-agreement-record-hearing}: the hearing's note joins the material. */
  @JobWorker(type = "rammeflow-social-agreement-record-hearing")
  public Map<String, Object> recordHearing(@Variable(name = "caseId") String caseId, @Variable(name = "stepKey") String stepKey,
      @Variable(name = "hearingNoteDocx") Object hearingNoteDocx, @Variable(name = "hearingValidationErrors") Object hearingValidationErrors) {
    return steps.recordHearing(caseId, stepKey, hearingNoteDocx, hearingValidationErrors);
  }

  /** {@code rammeflow-social-agreement-request-local-approval}: the agreement to Regionsrådet and the 11 councils. */
  @JobWorker(type = "rammeflow-social-agreement-request-local-approval")
  public Map<String, Object> requestLocalApproval(@Variable(name = "caseId") String caseId) {
    return steps.requestLocalApproval(caseId);
  }

  /** {@code rammeflow-social-agreement-record-council-decision}: a council's decision from the message {@code social-agreement-council-decision}. */
  @JobWorker(type = "rammeflow-social-agreement-record-council-decision")
  public void recordCouncilDecision(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId,
      @Variable(name = "decidedOn") Object decidedOn, @Variable(name = "approved") Object approved, @Variable(name = "decisionNote") Object decisionNote) {
    steps.recordCouncilDecision(caseId, councilId, decidedOn, approved, decisionNote);
  }

  /** {@code rammeflow-social-agreement-remind-council}: a reminder to a council that has not decided. */
  @JobWorker(type = "rammeflow-social-agreement-remind-council")
  public void remindCouncil(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId) {
    steps.remindCouncil(caseId, councilId);
  }

  /** {@code rammeflow-social-agreement-local-deadline-passed}: rykker to the councils missing and the status table. */
  @JobWorker(type = "rammeflow-social-agreement-local-deadline-passed")
  public Map<String, Object> localDeadlinePassed(@Variable(name = "caseId") String caseId) {
    return steps.localDeadlinePassed(caseId);
  }

  /** {@code rammeflow-social-agreement-adopt}: all have decided: the agreement is adopted and the status table sent. */
  @JobWorker(type = "rammeflow-social-agreement-adopt")
  public Map<String, Object> adopt(@Variable(name = "caseId") String caseId) {
    return steps.adopt(caseId);
  }

  /** {@code rammeflow-social-agreement-register-action-plan}: the handleplan's initiatives. Bad input: BPMN error {@code SOCIAL_AGREEMENT_ACTION_PLAN_INVALID} with {@code actionPlanProblems}. */
  @JobWorker(type = "rammeflow-social-agreement-register-action-plan")
  public Map<String, Object> registerActionPlan(@Variable(name = "caseId") String caseId, @Variable(name = "actionPlan") Object actionPlan,
      @Variable(name = "completedOn") Object completedOn) {
    try {
      return steps.registerActionPlan(caseId, actionPlan, completedOn);
    } catch (SocialAgreementException e) {
      throw CamundaError.bpmnError("SOCIAL_AGREEMENT_ACTION_PLAN_INVALID", e.getMessage(), Map.of("actionPlanProblems", e.problems()));
    }
  }

  /** {@code rammeflow-social-agreement-plan-status-report}: the next DAS meeting for a status on the handleplan. */
  @JobWorker(type = "rammeflow-social-agreement-plan-status-report")
  public Map<String, Object> planStatusReport(@Variable(name = "caseId") String caseId) {
    return steps.planStatusReport(caseId);
  }

  /** {@code rammeflow-social-agreement-record-status-report}: the status for DAS and its recommendation. */
  @JobWorker(type = "rammeflow-social-agreement-record-status-report")
  public Map<String, Object> recordStatusReport(@Variable(name = "caseId") String caseId, @Variable(name = "statusSummary") Object statusSummary,
      @Variable(name = "proposedImplemented") Object proposedImplemented) {
    return steps.recordStatusReport(caseId, statusSummary, proposedImplemented);
  }

  /** {@code rammeflow-social-agreement-record-status-decision}: DAS's decision on the status; {@code allImplemented} ends the follow-up. */
  @JobWorker(type = "rammeflow-social-agreement-record-status-decision")
  public Map<String, Object> recordStatusDecision(@Variable(name = "caseId") String caseId, @Variable(name = "forumDecision") Map<String, Object> forumDecision) {
    return steps.recordStatusDecision(caseId, forumDecision);
  }

  /** {@code rammeflow-social-agreement-record-initiative-status}: an initiative's status from the message {@code social-agreement-initiative-status}. */
  @JobWorker(type = "rammeflow-social-agreement-record-initiative-status")
  public void recordInitiativeStatus(@Variable(name = "caseId") String caseId, @Variable(name = "initiativeId") String initiativeId,
      @Variable(name = "initiativeStatus") Object initiativeStatus, @Variable(name = "statusNote") Object statusNote, @Variable(name = "statusOn") Object statusOn) {
    steps.recordInitiativeStatus(caseId, initiativeId, initiativeStatus, statusNote, statusOn);
  }
}
