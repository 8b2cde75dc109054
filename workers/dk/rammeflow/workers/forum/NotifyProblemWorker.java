package dk.rammeflow.workers.forum;

import dk.rammeflow.forum.ForumMails;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-forum-notify-problem}: tells the case worker why the item could not go on a meeting (the
 * Danish {@code problems} of the scheduling), and ends the forum decision with outcome {@code ikke-behandlet}.
 */
@Component
public class NotifyProblemWorker {

  public static final String JOB_TYPE = "rammeflow-forum-notify-problem";

  private final ForumMails mails;

  public NotifyProblemWorker(ForumMails mails) {
    this.mails = mails;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> notifyCaseWorker(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    List<String> problems = variables.get("problems") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.sendProblem(job.getProcessInstanceKey(), variables, problems);
    return Map.of("outcome", "ikke-behandlet", "outcomeLabel", "Ikke behandlet", "decisionText", String.join(" ", problems));
  }
}
