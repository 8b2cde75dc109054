package dk.rammeflow.workers.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.ForumMails;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code rammeflow-forum-send-material}: mails the item's material to each member of the forum. */
@Component
public class SendMaterialWorker {

  public static final String JOB_TYPE = "rammeflow-forum-send-material";

  private final ForumMails mails;
  private final CalendarTime clock;

  public SendMaterialWorker(ForumMails mails, CalendarTime clock) {
    this.mails = mails;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> send(ActivatedJob job) {
    List<String> sentTo = mails.sendMaterial(job.getVariablesAsMap(), clock.now().toInstant());
    return Map.of("materialSentTo", sentTo, "materialSentAt", clock.now().toInstant().toString());
  }
}
