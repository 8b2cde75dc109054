package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.documents.DocumentRejectedException;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecord.Status;
import dk.rammeflow.mail.InboundReply;
import dk.rammeflow.mail.InboundReplyHandler;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.ReplyOutcome;
import dk.rammeflow.mail.ReplyRejectedException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Mail replies to hearing mails count as responses: the reply is recorded for its party, its
 * attachments stored, and the party's open task is ended by a message. A reply after the
 * deadline is kept and marked late; one for a cancelled hearing or a party that has answered
 * already goes to the secretariat's review list.
 */
@Component
public class HearingReplies implements InboundReplyHandler {

  private final HearingRecords records;
  private final DocumentStore documents;
  private final HearingService hearings;
  private final CalendarTime time;
  private final HearingNotices notices;

  public HearingReplies(HearingRecords records, DocumentStore documents, HearingService hearings, CalendarTime time, HearingNotices notices) {
    this.records = records;
    this.documents = documents;
    this.hearings = hearings;
    this.time = time;
    this.notices = notices;
  }

  @Override
  public ReplyOutcome onReply(InboundReply reply) {
    String hearingId = reply.target().hearingId();
    String partyId = reply.target().partyId();
    HearingRecord hearing =
        records.find(hearingId).orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en høring, som Rammeflow ikke kender ('%s').".formatted(hearingId)));
    HearingParty party =
        hearing.party(partyId).orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en part ('%s'), som ikke er med i høringen '%s'.".formatted(partyId, hearing.title())));
    if (hearing.status() == Status.CANCELLED) {
      throw new ReplyRejectedException("Høringen '%s' er annulleret; svaret fra %s er ikke registreret.".formatted(hearing.title(), party.name()));
    }
    var already = hearing.responses().stream().filter(r -> reply.messageId().equals(r.mailMessageId())).findFirst();
    if (already.isPresent()) { // handed over again after a restart: make sure the task was ended and the party told
      notices.replyReceipt(hearing, party, already.get());
      if (already.get().late()) {
        return ReplyOutcome.ACCEPTED_LATE;
      }
      hearings.correlateReply(hearingId, partyId, already.get());
      return ReplyOutcome.ACCEPTED;
    }
    PartyStatus status = hearing.statusOf(partyId);
    if (status == PartyStatus.ANSWERED) {
      throw new ReplyRejectedException("%s har allerede afgivet høringssvar i høringen '%s'; det nye svar er ikke registreret.".formatted(party.name(), hearing.title()));
    }
    boolean late = status == PartyStatus.NOT_ANSWERED || time.now().toInstant().isAfter(OffsetDateTime.parse(hearing.deadlineAt()).toInstant());

    HearingResponse response =
        new HearingResponse(
            partyId, party.name(), positionOf(reply.text()), reply.text(), reply.from(), HearingResponse.CHANNEL_MAIL,
            time.now().toInstant(), late, storeAttachments(reply), hearing.roundOf(partyId),
            reply.messageId());
    records.addResponse(hearingId, response);
    notices.replyReceipt(hearing, party, response);
    if (late) {
      return ReplyOutcome.ACCEPTED_LATE;
    }
    hearings.correlateReply(hearingId, partyId, response);
    return ReplyOutcome.ACCEPTED;
  }

  private List<HearingResponse.Attachment> storeAttachments(InboundReply reply) {
    List<HearingResponse.Attachment> stored = new ArrayList<>();
    for (MailAttachment attachment : reply.attachments()) {
      try {
        StoredDocument document = documents.store(attachment.fileName(), attachment.contentType(), attachment.content());
        stored.add(new HearingResponse.Attachment(document.id(), document.fileName()));
      } catch (DocumentRejectedException e) {
        throw new ReplyRejectedException(e.getMessage());
      }
    }
    return stored;
  }

  /** A mail has no position field: a short "ingen bemærkninger" reads as such, anything else as remarks. */
  static String positionOf(String text) {
    String normalized = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
    boolean noRemarks = normalized.contains("ingen bemærkninger") && normalized.length() < 200;
    return noRemarks ? Position.NO_REMARKS.code() : Position.REMARKS.code();
  }
}
