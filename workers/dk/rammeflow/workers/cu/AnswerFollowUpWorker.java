package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuWorkflow;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-answer-follow-up}: records the answer to a follow-up question and mails it to Socialstyrelsen. */
@Component
public class AnswerFollowUpWorker {

  public static final String JOB_TYPE = "rammeflow-cu-answer-follow-up";

  private final CuWorkflow workflow;

  public AnswerFollowUpWorker(CuWorkflow workflow) {
    this.workflow = workflow;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(@Variable(name = "caseId") String caseId, @Variable(name = "followUpId") String followUpId, @Variable(name = "followUpAnswer") Object followUpAnswer) {
    workflow.answerFollowUp(caseId, followUpId, followUpAnswer);
  }
}
