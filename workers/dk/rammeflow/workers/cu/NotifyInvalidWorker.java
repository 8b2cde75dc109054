package dk.rammeflow.workers.cu;

import dk.rammeflow.cu.CuMails;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-cu-notify-invalid}: tells the case worker why the case could not be registered. */
@Component
public class NotifyInvalidWorker {

  public static final String JOB_TYPE = "rammeflow-cu-notify-invalid";

  private final CuMails mails;

  public NotifyInvalidWorker(CuMails mails) {
    this.mails = mails;
  }

  @JobWorker(type = JOB_TYPE)
  public void handle(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    List<String> problems = variables.get("problems") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("Ukendt fejl.");
    mails.invalidCase(job.getProcessInstanceKey(), (String) variables.get("caseWorker"), variables.get("title") instanceof String t ? t : null, problems);
  }
}
