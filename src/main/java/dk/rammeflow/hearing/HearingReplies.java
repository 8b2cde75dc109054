package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.documents.DocumentRejectedException;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecord.Status;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.mail.InboundReply;
import dk.rammeflow.mail.InboundReplyHandler;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.ReplyOutcome;
import dk.rammeflow.mail.ReplyRejectedException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mail replies to hearing mails count as responses. A reply in time is handed to the party's waiting process
 * instance (message {@code hearing-reply-received} with {@code mailReply}), whose record step records it like a
 * Tasklist answer and ends the task. A reply after the party's wait ended is kept beside the round, marked late.
 * A reply that cannot count (cancelled or ended hearing, the party has answered already) goes to the review list.
 */
@Component
class HearingReplies implements InboundReplyHandler {

  private final HearingRecords records;
  private final HearingSteps steps;
  private final HearingMessages messages;
  private final DocumentStore documents;
  private final CalendarTime time;

  HearingReplies(HearingRecords records, HearingSteps steps, HearingMessages messages, DocumentStore documents, CalendarTime time) {
    this.records = records;
    this.steps = steps;
    this.messages = messages;
    this.documents = documents;
    this.time = time;
  }

  @Override
  public ReplyOutcome onReply(InboundReply reply) {
    String hearingId = reply.target().hearingId();
    String partyId = reply.target().partyId();
    HearingRecord hearing = records.find(hearingId)
        .orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en høring, som Rammeflow ikke kender ('%s').".formatted(hearingId)));
    HearingParty party = hearing.party(partyId)
        .orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en part ('%s'), som ikke er med i høringen '%s'.".formatted(partyId, hearing.title())));
    if (hearing.status() == Status.CANCELLED) {
      throw new ReplyRejectedException("Høringen '%s' er annulleret; svaret fra %s er ikke registreret.".formatted(hearing.title(), party.name()));
    }
    if (hearing.status() == Status.ORPHANED) {
      throw new ReplyRejectedException(HearingService.orphanedMessage(hearing) + " Svaret fra %s er ikke registreret.".formatted(party.name()));
    }
    var already = hearing.responseToMail(reply.messageId());
    if (already.isPresent()) { // handed over again after a restart
      return already.get().late() ? ReplyOutcome.ACCEPTED_LATE : ReplyOutcome.ACCEPTED;
    }
    PartyStatus status = hearing.statusOf(partyId);
    if (status == PartyStatus.ANSWERED) {
      throw new ReplyRejectedException("%s har allerede afgivet høringssvar i høringen '%s'; det nye svar er ikke registreret.".formatted(party.name(), hearing.title()));
    }
    boolean late = status == PartyStatus.NOT_ANSWERED || time.now().toInstant().isAfter(OffsetDateTime.parse(hearing.deadlineAt()).toInstant());
    Map<String, Object> mailReply = new LinkedHashMap<>();
    mailReply.put("messageId", reply.messageId());
    mailReply.put("from", reply.from());
    mailReply.put("text", reply.text());
    mailReply.put("receivedAt", time.now().toInstant().toString());
    mailReply.put("attachments", storeAttachments(reply));
    if (late) {
      steps.recordLateReply(party, mailReply, hearing);
      return ReplyOutcome.ACCEPTED_LATE;
    }
    messages.replyReceived(hearingId, partyId, reply.messageId(), mailReply);
    return ReplyOutcome.ACCEPTED;
  }

  private List<Map<String, String>> storeAttachments(InboundReply reply) {
    List<Map<String, String>> stored = new ArrayList<>();
    for (MailAttachment attachment : reply.attachments()) {
      try {
        StoredDocument document = documents.store(attachment.fileName(), attachment.contentType(), attachment.content());
        stored.add(Map.of("documentId", document.id(), "fileName", document.fileName()));
      } catch (DocumentRejectedException e) {
        throw new ReplyRejectedException(e.getMessage());
      }
    }
    return stored;
  }

  /** The response a mail reply ({@code mailReply} as published) makes for the party's current round. */
  static HearingResponse response(HearingParty party, Object mailReply, HearingRecord hearing, boolean late) {
    if (!(mailReply instanceof Map<?, ?> reply)) {
      throw new IllegalArgumentException("The mail reply of " + party.id() + " is missing");
    }
    List<HearingResponse.Attachment> attachments = new ArrayList<>();
    if (reply.get("attachments") instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> a) {
          attachments.add(new HearingResponse.Attachment(Inputs.plain(a.get("documentId")), Inputs.plain(a.get("fileName"))));
        }
      }
    }
    String text = Inputs.plain(reply.get("text"));
    String receivedAt = Inputs.plain(reply.get("receivedAt"));
    return new HearingResponse(party.id(), party.name(), positionOf(text), text, Inputs.plain(reply.get("from")), HearingResponse.CHANNEL_MAIL,
        receivedAt.isEmpty() ? Instant.now() : Instant.parse(receivedAt), late, attachments, hearing.roundOf(party.id()),
        Inputs.plain(reply.get("messageId")));
  }

  /** A mail has no position field: a short "ingen bemærkninger" reads as such, anything else as remarks. */
  static String positionOf(String text) {
    String normalized = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
    boolean noRemarks = normalized.contains("ingen bemærkninger") && normalized.length() < 200;
    return noRemarks ? Position.NO_REMARKS.code() : Position.REMARKS.code();
  }
}
