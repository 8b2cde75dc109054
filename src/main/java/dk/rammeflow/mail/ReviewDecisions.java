package dk.rammeflow.mail;

import dk.rammeflow.calendar.CalendarTime;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the secretariat does with a mail on the review list: register it as a given party's answer
 * in a hearing, or dismiss it with a reason. Registering hands the mail to the hearing exactly as a
 * matched reply is handed over ({@link InboundReplyHandler}), with its text and attachments read
 * again from the kept original, so the hearing has one write path for mail replies.
 */
@Service
public class ReviewDecisions {

  private final ReviewList list;
  private final ObjectProvider<InboundReplyHandler> handlers;
  private final RammeflowMailProperties properties;
  private final CalendarTime time;

  public ReviewDecisions(ReviewList list, ObjectProvider<InboundReplyHandler> handlers, RammeflowMailProperties properties, CalendarTime time) {
    this.list = list;
    this.handlers = handlers;
    this.properties = properties;
    this.time = time;
  }

  public ReviewItem register(String id, String hearingId, String partyId, String by) {
    if (blank(hearingId) || blank(partyId)) {
      throw new ReviewItemException(400, "Vælg høringen og den part, svaret kommer fra.");
    }
    ReviewItem item = waiting(id);
    InboundReplyHandler handler = InboundReplyHandler.of(handlers, ReplyTarget.HEARING);
    if (handler == null) {
      throw new ReviewItemException(409, "Der er ingen modtager af høringssvar i denne installation.");
    }
    String text = item.text() == null ? "" : item.text();
    List<MailAttachment> attachments = List.of();
    Optional<byte[]> original = list.original(id);
    if (original.isPresent()) {
      try {
        InboundMail mail = new InboundMail(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(original.get())), properties.maxAttachmentSize());
        text = mail.text;
        attachments = List.copyOf(mail.attachments);
      } catch (MessagingException | IOException | RuntimeException e) {
        // The original cannot be read again: the text kept on the list is the answer.
      }
    }
    if (text.isBlank() && attachments.isEmpty()) {
      throw new ReviewItemException(409, "Mailen har hverken tekst eller vedhæftede filer, der kan registreres som høringssvar.");
    }
    String messageId = item.messageId() == null ? "<review-" + item.id() + "@rammeflow.invalid>" : item.messageId();
    InboundReply reply = new InboundReply(messageId, item.from(), item.subject(), item.receivedAt(), text, attachments, new ReplyTarget(hearingId.trim(), partyId.trim()));
    ReplyOutcome outcome;
    try {
      outcome = handler.onReply(reply);
    } catch (ReplyRejectedException e) {
      throw new ReviewItemException(409, e.getMessage());
    }
    String resolution = "Registreret som høringssvar fra '%s' i høringen '%s'%s."
        .formatted(partyId.trim(), hearingId.trim(), outcome == ReplyOutcome.ACCEPTED_LATE ? " (efter fristen)" : "");
    return list.resolve(id, ReviewItem.Status.REGISTERED, resolution, by, time.now().toInstant());
  }

  public ReviewItem dismiss(String id, String reason, String by) {
    if (blank(reason)) {
      throw new ReviewItemException(400, "Skriv, hvorfor mailen afvises.");
    }
    waiting(id);
    return list.resolve(id, ReviewItem.Status.DISMISSED, "Afvist: " + reason.trim(), by, time.now().toInstant());
  }

  private ReviewItem waiting(String id) {
    ReviewItem item = list.find(id).orElseThrow(() -> new ReviewItemException(404, "Posten findes ikke på listen til gennemsyn."));
    if (!item.waiting()) {
      throw new ReviewItemException(409, "Posten er allerede behandlet: %s".formatted(item.resolution()));
    }
    return item;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
