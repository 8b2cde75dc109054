package dk.rammeflow.workers.hearing;

import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.mail.MailDeliveryException;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.mail.ReplyTokens;
import dk.rammeflow.mail.SentMail;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails one party about its hearing: the invitation, a reminder, a new deadline, a request for
 * clarification, or the cancellation. Each step's mail has its own idempotency key, so a retried
 * job never sends it twice; an unreachable mail server fails the job with a growing backoff.
 */
@Component
public class NotifyPartyWorker {

  private static final int ATTEMPTS = 5;

  private final MailService mail;
  private final ReplyTokens replyTokens;
  private final String tasklistUrl;
  private final Duration retryBackoff;

  public NotifyPartyWorker(
      MailService mail,
      ReplyTokens replyTokens,
      @Value("${rammeflow.tasklist-url}") String tasklistUrl,
      @Value("${rammeflow.hearing.mail-retry-backoff}") Duration retryBackoff) {
    this.mail = mail;
    this.replyTokens = replyTokens;
    this.tasklistUrl = tasklistUrl;
    this.retryBackoff = retryBackoff;
  }

  private record Notice(String template, String subjectPrefix, boolean expectsReply) {}

  private static final Map<String, Notice> NOTICES =
      Map.of(
          "invitation", new Notice("hearing-invitation", "Høring: ", true),
          "reminder", new Notice("hearing-reminder", "Påmindelse om høring: ", true),
          "deadline-extended", new Notice("hearing-deadline-extended", "Ny høringsfrist: ", true),
          "clarification", new Notice("hearing-clarification", "Uddybning af høringssvar: ", true),
          "cancelled", new Notice("hearing-cancelled", "Høringen er annulleret: ", false));

  @JobWorker(type = "rammeflow-hearing-notify-party")
  public Map<String, Object> notify(
      ActivatedJob job,
      @Variable String notice,
      @Variable String hearingId,
      @Variable Map<String, Object> party,
      @Variable String title,
      @Variable List<String> questions,
      @Variable List<Map<String, String>> material,
      @Variable String deadline,
      @Variable String deadlineText,
      @Variable String caseWorker,
      @Variable String reminderAt,
      @Variable String clarificationQuestion,
      @Variable String cancellationReason) {
    Notice kind = NOTICES.get(notice);
    if (kind == null) {
      throw CamundaError.jobError("Unknown hearing notice '%s'; expected one of %s".formatted(notice, NOTICES.keySet()), null, 0, Duration.ZERO);
    }
    HearingParty recipient = HearingParty.fromVariable(party);

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("hearingTitle", title);
    model.put("partyName", recipient.name());
    model.put("questions", questions == null ? List.of() : questions);
    model.put("material", material == null ? List.of() : material);
    model.put("deadlineText", deadlineText);
    model.put("newDeadlineText", deadlineText);
    model.put("caseWorker", caseWorker);
    model.put("tasklistUrl", tasklistUrl);
    model.put("clarificationQuestion", clarificationQuestion);
    model.put("reason", cancellationReason);
    if (reminderAt != null && deadline != null) {
      LocalDate remindedOn = OffsetDateTime.parse(reminderAt).atZoneSameInstant(ZoneId.of("Europe/Copenhagen")).toLocalDate();
      model.put("daysLeft", ChronoUnit.DAYS.between(remindedOn, LocalDate.parse(deadline)));
    }

    // One mail per step: the reminder instant, or the deadline for deadline-bound notices, tells the steps apart.
    String step = switch (notice) {
      case "reminder" -> reminderAt;
      case "deadline-extended", "clarification" -> deadline;
      default -> "1";
    };
    OutgoingMail outgoing =
        new OutgoingMail(
            "hearing:%s:%s:%s:%s".formatted(hearingId, recipient.id(), notice, step),
            recipient.emails(),
            kind.subjectPrefix() + title,
            kind.template(),
            model,
            List.of(),
            Map.of("hearingId", hearingId, "partyId", recipient.id(), "kind", notice));
    if (kind.expectsReply()) {
      outgoing = outgoing.withReplyToken(replyTokens.issue(hearingId, recipient.id()));
    }
    try {
      SentMail sent = mail.send(outgoing);
      return Map.of("sentMessageId", sent.messageId());
    } catch (MailDeliveryException e) {
      int attempt = ATTEMPTS - job.getRetries() + 1;
      throw CamundaError.jobError(
          "Mail to %s could not be delivered (attempt %d): %s".formatted(recipient.emails(), attempt, e.getMessage()),
          null,
          job.getRetries() - 1,
          retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
    }
  }
}
