package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.mail.ReplyTokens;
import dk.rammeflow.web.WebLinks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mails of a hearing to one party (templates in {@code mail-templates/hearing-round/}). Each step's mail has its
 * own idempotency key, so a retried job never sends it twice.
 */
@Component
class HearingMails {

  /** What a party is told; the template is {@code hearing-round/<notice>}. */
  enum Notice {
    INVITATION("invitation", "Høring: ", true),
    REMINDER("reminder", "Påmindelse om høring: ", true),
    DEADLINE_EXTENDED("deadline-extended", "Ny høringsfrist: ", true),
    CLARIFICATION("clarification", "Uddybning af høringssvar: ", true),
    CANCELLED("cancelled", "Høringen er annulleret: ", false);

    final String code;
    final String subjectPrefix;
    final boolean expectsReply;

    Notice(String code, String subjectPrefix, boolean expectsReply) {
      this.code = code;
      this.subjectPrefix = subjectPrefix;
      this.expectsReply = expectsReply;
    }

    static Notice of(String code) {
      for (Notice notice : values()) {
        if (notice.code.equals(code)) {
          return notice;
        }
      }
      throw new IllegalArgumentException("Unknown hearing notice '%s'; expected invitation, reminder, deadline-extended, clarification or cancelled".formatted(code));
    }
  }

  /** The party's dates at the time of the notice. {@code previousDeadlineText}: before a moved deadline. */
  record Dates(String deadline, String deadlineText, String previousDeadlineText, String reminderAt) {}

  private final MailService mail;
  private final ReplyTokens replyTokens;
  private final WebLinks links;
  private final HearingNotices notices;

  HearingMails(MailService mail, ReplyTokens replyTokens, WebLinks links, HearingNotices notices) {
    this.mail = mail;
    this.replyTokens = replyTokens;
    this.links = links;
    this.notices = notices;
  }

  /** Sends the notice; returns its Message-ID. */
  String send(Notice notice, HearingRecord hearing, HearingParty party, Dates dates, String clarificationQuestion, String cancellationReason) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("hearingTitle", hearing.title());
    model.put("partyName", party.name());
    model.put("questions", hearing.questions());
    model.put("material", hearing.material());
    boolean moved = notice == Notice.DEADLINE_EXTENDED;
    model.put("deadlineText", moved ? dates.previousDeadlineText() : dates.deadlineText());
    model.put("newDeadlineText", dates.deadlineText());
    model.put("caseWorker", hearing.caseWorker());
    model.put("taskUrl", links.hearingTask(hearing.hearingId(), party.id()));
    model.put("clarificationQuestion", clarificationQuestion);
    model.put("reason", cancellationReason);
    if (dates.reminderAt() != null && dates.deadline() != null) {
      LocalDate remindedOn = OffsetDateTime.parse(dates.reminderAt()).atZoneSameInstant(CalendarTime.ZONE).toLocalDate();
      model.put("daysLeft", ChronoUnit.DAYS.between(remindedOn, LocalDate.parse(dates.deadline())));
    }
    // One mail per step: the reminder instant, or the deadline for deadline-bound notices, tells the steps apart.
    String step = switch (notice) {
      case REMINDER -> dates.reminderAt();
      case DEADLINE_EXTENDED, CLARIFICATION -> dates.deadline();
      default -> "1";
    };
    OutgoingMail outgoing = new OutgoingMail(
        "hearing:%s:%s:%s:%s".formatted(hearing.hearingId(), party.id(), notice.code, step),
        party.emails(),
        notice.subjectPrefix + hearing.title(),
        "hearing-round/" + notice.code,
        model,
        List.of(),
        Map.of("hearingId", hearing.hearingId(), "partyId", party.id(), "kind", notice.code));
    if (notice.expectsReply) {
      outgoing = outgoing.withReplyToken(replyTokens.issue(hearing.hearingId(), party.id()));
    }
    String messageId = mail.send(outgoing).messageId();
    if (notice == Notice.INVITATION) {
      notices.hearingStarted(hearing); // once per hearing (its idempotency key), retried with the invitations
    }
    return messageId;
  }
}
