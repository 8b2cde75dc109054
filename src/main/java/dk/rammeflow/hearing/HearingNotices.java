package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.mail.MailDeliveryException;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.web.WebLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hearing's mails besides the notices to parties: the receipt to a party that answered by
 * mail, and the case worker's mails when the hearing starts and when the høringsnotat is ready.
 * Each has its own idempotency key, so a retried step never sends it twice.
 */
@Component
class HearingNotices {

  private static final Logger LOG = LoggerFactory.getLogger(HearingNotices.class);

  private final MailService mail;
  private final WebLinks links;

  HearingNotices(MailService mail, WebLinks links) {
    this.mail = mail;
    this.links = links;
  }

  /** Confirms a mail reply to the party's hearing addresses: received, counted, late or not. */
  void replyReceipt(HearingRecord hearing, HearingParty party, HearingResponse response) {
    try {
      sendReceipt(hearing, party, response);
    } catch (MailDeliveryException e) {
      LOG.warn("Hearing {}: the receipt to {} for mail {} was not delivered: {}", hearing.hearingId(), party.id(), response.mailMessageId(), e.getMessage());
    }
  }

  private void sendReceipt(HearingRecord hearing, HearingParty party, HearingResponse response) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("hearingTitle", hearing.title());
    model.put("partyName", party.name());
    model.put("receivedAtText", DanishDates.formatDateTime(response.receivedAt().atZone(CalendarTime.ZONE)));
    model.put("attachmentNames", response.attachments().stream().map(HearingResponse.Attachment::fileName).toList());
    model.put("late", response.late());
    model.put("deadlineText", DanishDates.format(hearing.deadline()));
    model.put("caseWorker", hearing.caseWorker());
    mail.send(new OutgoingMail(
        "hearing:%s:%s:receipt:%s".formatted(hearing.hearingId(), party.id(), response.mailMessageId()),
        party.emails(),
        "Kvittering for høringssvar: " + hearing.title(),
        "hearing-round/reply-receipt",
        model,
        List.of(),
        Map.of("hearingId", hearing.hearingId(), "partyId", party.id(), "kind", "reply-receipt")));
  }

  /** Tells the case worker that the hearing went out, with its deadline and a link to its page. */
  void hearingStarted(HearingRecord hearing) {
    Map<String, Object> model = caseWorkerModel(hearing);
    model.put("partyNames", hearing.parties().stream().map(HearingParty::name).toList());
    sendToCaseWorker(hearing, "started", "Høringen er sendt: ", "hearing-round/case-worker-started", model);
  }

  /**
   * Tells the case worker that the høringsnotat is ready for approval, with the note's links. The
   * note does not wait for the mail: when the mail server is down this is logged, and the approval
   * task in the secretariat's inbox still says so.
   */
  void noteReady(HearingRecord hearing, String docxDocumentId, String pdfDocumentId, List<String> nonResponders) {
    Map<String, Object> model = caseWorkerModel(hearing);
    model.put("docxUrl", links.absolute("/api/documents/" + docxDocumentId));
    model.put("pdfUrl", links.absolute("/api/documents/" + pdfDocumentId));
    model.put("nonResponders", nonResponders);
    try {
      sendToCaseWorker(hearing, "note-ready:" + docxDocumentId, "Høringsnotatet er klar: ", "hearing-round/case-worker-note-ready", model);
    } catch (MailDeliveryException e) {
      LOG.warn("Hearing {}: the case worker's mail that the note is ready was not delivered: {}", hearing.hearingId(), e.getMessage());
    }
  }

  private Map<String, Object> caseWorkerModel(HearingRecord hearing) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("hearingTitle", hearing.title());
    model.put("hearingId", hearing.hearingId());
    model.put("deadlineText", DanishDates.formatWithWeekday(hearing.deadline()));
    model.put("caseUrl", links.caseUrl("hoeringer", hearing.hearingId()));
    return model;
  }

  private void sendToCaseWorker(HearingRecord hearing, String step, String subjectPrefix, String template, Map<String, Object> model) {
    if (hearing.caseWorker() == null || hearing.caseWorker().isBlank()) {
      return;
    }
    mail.send(new OutgoingMail(
        "hearing:%s:case-worker:%s".formatted(hearing.hearingId(), step),
        List.of(hearing.caseWorker()),
        subjectPrefix + hearing.title(),
        template,
        model,
        List.of(),
        Map.of("hearingId", hearing.hearingId(), "kind", "case-worker-" + step.replaceAll(":.*", ""))));
  }
}
