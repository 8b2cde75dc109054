package dk.rammeflow.workers;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.cu.CuException;
import dk.rammeflow.cu.CuMails;
import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code central-notification-response} (element templates in
 * {@code bpmn/central-notification-response/element-templates/}).
 */
@Component
public class CentralNotificationWorkers {

  private final CuWorkflow workflow;
  private final CuMails mails;
  private final CalendarTime time;

  public CentralNotificationWorkers(CuWorkflow workflow, CuMails mails, CalendarTime time) {
    this.workflow = workflow;
    this.mails = mails;
    this.time = time;
  }

  /** {@code rammeflow-cu-register}: checks the start input and registers the case. Bad input: BPMN error {@code CU_INVALID} with the Danish {@code problems}. */
  @JobWorker(type = "rammeflow-cu-register")
  public Map<String, Object> registerCase(ActivatedJob job) {
    try {
      return workflow.register(job.getVariablesAsMap());
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_INVALID", e.getMessage(), Map.of("problems", e.problems()));
    }
  }

  /** {@code rammeflow-cu-notify-invalid}: tells the case worker why the case could not be registered. */
  @JobWorker(type = "rammeflow-cu-notify-invalid")
  public void notifyInvalid(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    List<String> problems = variables.get("problems") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.invalidCase(job.getProcessInstanceKey(), (String) variables.get("caseWorker"), variables.get("title") instanceof String t ? t : null, problems);
  }

  /** {@code rammeflow-cu-plan}: the tidsplan of the steps still to come. */
  @JobWorker(type = "rammeflow-cu-plan")
  public Map<String, Object> planCase(@Variable(name = "caseId") String caseId) {
    return workflow.plan(caseId);
  }

  /** {@code rammeflow-cu-replan}: a negotiated deadline: the rest of the case planned again towards it. */
  @JobWorker(type = "rammeflow-cu-replan")
  public Map<String, Object> replan(@Variable(name = "caseId") String caseId, @Variable(name = "agreedDeadline") String agreedDeadline) {
    return workflow.replan(caseId, LocalDate.parse(agreedDeadline));
  }

  /** {@code rammeflow-cu-send-plan}: mails the tidsplan to the case worker. */
  @JobWorker(type = "rammeflow-cu-send-plan")
  public void sendPlan(@Variable(name = "caseId") String caseId, @Variable(name = "planOccasion") String planOccasion) {
    workflow.sendPlan(caseId, planOccasion);
  }

  /** {@code rammeflow-cu-register-draft}: checks the draft of a task and adds it to the case material. Not found: BPMN error {@code CU_DRAFT_INVALID} with {@code draftProblems}. */
  @JobWorker(type = "rammeflow-cu-register-draft")
  public Map<String, Object> registerDraft(@Variable(name = "caseId") String caseId, @Variable(name = "step") String step, @Variable(name = "draftReference") Object draftReference) {
    try {
      return workflow.registerDraft(caseId, step, draftReference);
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_DRAFT_INVALID", e.getMessage(), Map.of("draftProblems", e.problems()));
    }
  }

  /** {@code rammeflow-cu-record-forum-step}: records a forum's decision on a step of the case. */
  @JobWorker(type = "rammeflow-cu-record-forum-step")
  public Map<String, Object> recordForumStep(@Variable(name = "caseId") String caseId, @Variable(name = "step") String step, @Variable(name = "forumDecision") Map<String, Object> forumDecision) {
    return workflow.recordForumStep(caseId, step, forumDecision);
  }

  /** {@code rammeflow-cu-prepare-hearing}: the input of the hearing round among the 11 municipalities. */
  @JobWorker(type = "rammeflow-cu-prepare-hearing")
  public Map<String, Object> prepareMunicipalHearing(@Variable(name = "caseId") String caseId) {
    // The hearing round checks its deadline against today, not against a historical case's timeline.
    return workflow.prepareHearing(caseId, time.today());
  }

  /** {@code rammeflow-cu-record-hearing}: the hearing note joins the material, or the draft goes back to revision. */
  @JobWorker(type = "rammeflow-cu-record-hearing")
  public Map<String, Object> recordMunicipalHearing(@Variable(name = "caseId") String caseId, @Variable(name = "hearingNoteDocx") Object hearingNoteDocx, @Variable(name = "hearingValidationErrors") Object hearingValidationErrors) {
    return workflow.recordHearing(caseId, hearingNoteDocx, hearingValidationErrors);
  }

  /** {@code rammeflow-cu-request-council-approval}: sends the approved response to the 11 councils with the due date of their approval. */
  @JobWorker(type = "rammeflow-cu-request-council-approval")
  public Map<String, Object> requestCouncilApproval(@Variable(name = "caseId") String caseId) {
    return workflow.requestCouncilApproval(caseId);
  }

  /** {@code rammeflow-cu-submit}: sends the response to Socialstyrelsen. No document: BPMN error {@code CU_SUBMISSION_INVALID} with {@code submitProblems}. */
  @JobWorker(type = "rammeflow-cu-submit")
  public Map<String, Object> submit(@Variable(name = "caseId") String caseId, @Variable(name = "responseDocumentId") Object responseDocumentId) {
    try {
      return workflow.submit(caseId, responseDocumentId);
    } catch (CuException e) {
      throw CamundaError.bpmnError("CU_SUBMISSION_INVALID", e.getMessage(), Map.of("submitProblems", e.problems()));
    }
  }

  /** {@code rammeflow-cu-check-council}: whether a council has approved already ({@code councilApproved}). */
  @JobWorker(type = "rammeflow-cu-check-council")
  public Map<String, Object> checkCouncil(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId) {
    return Map.of("councilApproved", workflow.councilApproved(caseId, councilId));
  }

  /** {@code rammeflow-cu-remind-council}: a reminder to a council that has not approved yet. */
  @JobWorker(type = "rammeflow-cu-remind-council")
  public void remindCouncil(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId) {
    workflow.remindCouncil(caseId, councilId);
  }

  /** {@code rammeflow-cu-record-council-approval}: records a council's approval from the message {@code cu-council-approved}. */
  @JobWorker(type = "rammeflow-cu-record-council-approval")
  public void recordCouncilApproval(@Variable(name = "caseId") String caseId, @Variable(name = "councilId") String councilId, @Variable(name = "approvedOn") Object approvedOn, @Variable(name = "approvalNote") Object approvalNote) {
    workflow.recordCouncilApproval(caseId, councilId, approvedOn, approvalNote);
  }

  /** {@code rammeflow-cu-council-deadline-passed}: the due date of the political approval passed: reminders and the status table. */
  @JobWorker(type = "rammeflow-cu-council-deadline-passed")
  public Map<String, Object> councilDeadlinePassed(@Variable(name = "caseId") String caseId) {
    return workflow.councilDeadlinePassed(caseId);
  }

  /** {@code rammeflow-cu-councils-approved}: every council has approved: the status table to the secretariat (and Socialstyrelsen after a submission with reservation). */
  @JobWorker(type = "rammeflow-cu-councils-approved")
  public void councilsApproved(@Variable(name = "caseId") String caseId) {
    workflow.allCouncilsApproved(caseId);
  }

  /** {@code rammeflow-cu-answer-follow-up}: records the answer to a follow-up question and mails it to Socialstyrelsen. */
  @JobWorker(type = "rammeflow-cu-answer-follow-up")
  public void answerFollowUp(@Variable(name = "caseId") String caseId, @Variable(name = "followUpId") String followUpId, @Variable(name = "followUpAnswer") Object followUpAnswer) {
    workflow.answerFollowUp(caseId, followUpId, followUpAnswer);
  }

  /** {@code rammeflow-cu-close}: Socialstyrelsen's outcome closes the case or starts its next round. */
  @JobWorker(type = "rammeflow-cu-close")
  public Map<String, Object> closeCase(@Variable(name = "caseId") String caseId, @Variable(name = "agencyOutcome") String agencyOutcome, @Variable(name = "agencyOutcomeText") Object agencyOutcomeText, @Variable(name = "newAgencyDeadline") Object newAgencyDeadline, @Variable(name = "newCuDocument") Object newCuDocument) {
    return workflow.close(caseId, agencyOutcome, agencyOutcomeText, newAgencyDeadline, newCuDocument);
  }
}
