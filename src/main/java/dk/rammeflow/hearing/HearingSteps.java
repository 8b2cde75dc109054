package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.calendar.DeadlineRequest;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.hearing.HearingPreparation.PreparedHearing;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecord.Status;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The automated steps of {@code hearing-round} and {@code hearing-party-response}, for its job workers: each takes
 * the step's variables, writes what the step owns in the hearing's record, and returns the variables it produces.
 * A hearing's record is written only here.
 */
@Component
public class HearingSteps {

  /** The longest response text a party can give (characters). */
  static final int MAX_RESPONSE = Inputs.MAX_TEXT;
  static final int MAX_CONTACT = 200;

  private static final Logger LOG = LoggerFactory.getLogger(HearingSteps.class);

  private final HearingPreparation preparation;
  private final HearingRecords records;
  private final HearingMessages messages;
  private final HearingMails mails;
  private final HearingNoteRenderer renderer;
  private final DocumentStore documents;
  private final MaterialReader materials;
  private final DeadlineService deadlines;
  private final CalendarTime time;
  private final HearingNotices notices;

  HearingSteps(HearingPreparation preparation, HearingRecords records, HearingMessages messages, HearingMails mails, HearingNoteRenderer renderer,
      DocumentStore documents, MaterialReader materials, DeadlineService deadlines, CalendarTime time, HearingNotices notices) {
    this.notices = notices;
    this.preparation = preparation;
    this.records = records;
    this.messages = messages;
    this.mails = mails;
    this.renderer = renderer;
    this.documents = documents;
    this.materials = materials;
    this.deadlines = deadlines;
    this.time = time;
  }

  /**
   * {@code rammeflow-hearing-prepare}: validates the input, resolves the parties, computes the deadline and
   * reminders, and registers the hearing for its process instance.
   *
   * @throws HearingException with every problem (Danish) when the input is bad
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> prepare(Map<String, Object> input, long processInstanceKey) {
    PreparedHearing prepared = preparation.prepare(input, time.today());
    Map<String, Object> v = prepared.variables();
    List<HearingParty> parties = ((List<Map<String, Object>>) v.get("hearingParties")).stream().map(HearingParty::fromVariable).toList();
    Map<String, PartyStatus> status = new LinkedHashMap<>();
    parties.forEach(p -> status.put(p.id(), PartyStatus.AWAITING));
    HearingRecord stored = records.createIfAbsent(new HearingRecord(
        prepared.hearingId(), processInstanceKey, (String) v.get("title"), (List<String>) v.get("questions"),
        (List<Map<String, String>>) v.get("material"), parties, (String) v.get("caseWorker"), LocalDate.parse((String) v.get("sentOn")),
        LocalDate.parse((String) v.get("deadline")), (String) v.get("deadlineAt"), Status.OPEN, status, new HashMap<>(), List.of(),
        null, null, time.now().toInstant()));
    if (stored.processInstanceKey() != processInstanceKey) {
      throw new HearingException("Høringen '%s' findes allerede.".formatted(prepared.hearingId()));
    }
    return v;
  }

  /**
   * {@code rammeflow-hearing-notify-party}: mails one party: {@code notice} = invitation, reminder, deadline-extended,
   * clarification or cancelled. Returns the mail's Message-ID.
   *
   * @throws dk.rammeflow.mail.MailDeliveryException when the mail server cannot be reached
   */
  public String notifyParty(String notice, String hearingId, HearingParty party, String deadline, String deadlineText, String previousDeadlineText,
      String reminderAt, String clarificationQuestion, String cancellationReason) {
    return mails.send(HearingMails.Notice.of(notice), records.require(hearingId), party,
        new HearingMails.Dates(deadline, deadlineText, previousDeadlineText, reminderAt), clarificationQuestion, cancellationReason);
  }

  /**
   * {@code rammeflow-hearing-record-response}: records the party's outcome: {@code answered} (the response given in
   * Tasklist), {@code answered-by-mail} (the reply in {@code mailReply}) or {@code not-answered} (the deadline passed).
   * Returns {@code response}.
   *
   * @throws HearingException (Danish) when a Tasklist response is incomplete or of the wrong type: nothing is recorded
   */
  public Map<String, Object> recordResponse(String hearingId, HearingParty party, String outcome, Object position, Object responseText,
      Object contactPerson, Object mailReply) {
    return switch (outcome == null ? "" : outcome) {
      case "not-answered" -> {
        records.update(hearingId, r -> r.statusOf(party.id()) == PartyStatus.ANSWERED ? r : r.withPartyStatus(party.id(), PartyStatus.NOT_ANSWERED));
        yield Map.of("response", HearingResponse.notAnswered(party));
      }
      case "answered" -> {
        HearingResponse response = tasklistResponse(hearingId, party, position, responseText, contactPerson);
        Map<String, Object> out = new HashMap<>();
        out.put("response", record(hearingId, response).toVariable());
        out.put("responseProblem", null);
        yield out;
      }
      case "answered-by-mail" -> Map.of("response", record(hearingId, HearingReplies.response(party, mailReply, records.require(hearingId), false)).toVariable());
      default -> throw new IllegalArgumentException("Unknown response outcome '%s'; expected answered, answered-by-mail or not-answered".formatted(outcome));
    };
  }

  private HearingResponse tasklistResponse(String hearingId, HearingParty party, Object position, Object responseText, Object contactPerson) {
    List<String> problems = new ArrayList<>();
    String code = Inputs.text(position, "Holdningen", problems);
    boolean positionRead = problems.isEmpty();
    String text = Inputs.text(responseText, "Høringssvaret", MAX_RESPONSE, problems);
    boolean textRead = problems.size() == (positionRead ? 0 : 1);
    int beforeContact = problems.size();
    String contact = Inputs.text(contactPerson, "Kontaktpersonen", MAX_CONTACT, problems);
    boolean contactRead = problems.size() == beforeContact;
    var chosen = Position.fromCode(code);
    if (chosen.isEmpty() && positionRead) {
      problems.add("Vælg en holdning: Ingen bemærkninger, Bemærkninger eller Kan ikke tilslutte sig.");
    } else if (chosen.isPresent() && chosen.get().textRequired() && text.isEmpty() && textRead) {
      problems.add("Skriv høringssvaret: holdningen '%s' kræver en tekst.".formatted(chosen.get().label()));
    }
    if (contact.isEmpty() && contactRead) {
      problems.add("Angiv en kontaktperson.");
    }
    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }
    HearingRecord hearing = records.require(hearingId);
    return new HearingResponse(party.id(), party.name(), chosen.get().code(), text, contact, HearingResponse.CHANNEL_TASKLIST,
        time.now().toInstant(), false, List.of(), hearing.roundOf(party.id()), null);
  }

  /** A reply by mail after the party's wait ended: kept beside the record of the round, marked late. */
  HearingResponse recordLateReply(HearingParty party, Map<String, Object> mailReply, HearingRecord hearing) {
    return record(hearing.hearingId(), HearingReplies.response(party, mailReply, hearing, true));
  }

  /**
   * The one place a response is recorded. A party answers once per round: a second response in the same round
   * is refused, unless it is late (then it is kept beside the first). A retried step gets the first recording.
   */
  private HearingResponse record(String hearingId, HearingResponse response) {
    HearingRecord hearing = records.require(hearingId);
    var earlier = response.mailMessageId() != null
        ? hearing.responseToMail(response.mailMessageId())
        : hearing.latestResponse(response.partyId()).filter(r -> r.round() == response.round() && r.channel().equals(response.channel())
            && hearing.statusOf(response.partyId()) == PartyStatus.ANSWERED);
    if (earlier.isPresent()) {
      receiptForMail(hearing, earlier.get());
      return earlier.get();
    }
    records.update(hearingId, r -> {
      if (r.party(response.partyId()).isEmpty()) {
        throw new HearingException("Parten '%s' er ikke part i høringen '%s'.".formatted(response.partyId(), r.title()));
      }
      if (!response.late() && r.statusOf(response.partyId()) == PartyStatus.ANSWERED) {
        throw new HearingException("%s har allerede afgivet høringssvar i høringen '%s'.".formatted(response.partyName(), r.title()));
      }
      return r.withResponse(response);
    });
    receiptForMail(hearing, response);
    return response;
  }

  private void receiptForMail(HearingRecord hearing, HearingResponse response) {
    if (HearingResponse.CHANNEL_MAIL.equals(response.channel())) {
      hearing.party(response.partyId()).ifPresent(party -> notices.replyReceipt(hearing, party, response));
    }
  }

  /**
   * {@code rammeflow-hearing-extend-deadline}: applies a new deadline (checked by the API before it asked the process)
   * and tells every party still awaited, with the deadline it had before. A date before the current deadline (a
   * message published by hand) is refused in {@code extensionRefused}; the current deadline again is a no-op.
   */
  public Map<String, Object> extendDeadline(String hearingId, String newDeadline, List<Integer> reminderOffsets) {
    HearingRecord hearing = records.require(hearingId);
    List<String> problems = new ArrayList<>();
    LocalDate date = Inputs.date(newDeadline, "Den nye høringsfrist", problems);
    if (date == null || date.isBefore(hearing.deadline())) {
      String reason = problems.isEmpty() ? "Den nye frist (%s) skal ligge efter den nuværende frist (%s).".formatted(newDeadline, hearing.deadline()) : problems.getFirst();
      LOG.warn("Deadline extension of hearing {} to {} refused: {}", hearingId, newDeadline, reason);
      return Map.of("extensionRefused", reason);
    }
    Deadline deadline = deadlineOn(date, reminderOffsets == null ? DeadlineRequest.DEFAULT_REMINDERS : reminderOffsets);
    Map<String, Object> variables = HearingPreparation.deadlineVariables(deadline);
    if (date.isAfter(hearing.deadline())) {
      // The parties first, then the record: a step retried after a crash in between tells them again (the
      // message ids make that a no-op) and then moves the record; a moved record means everything is done.
      Map<String, Object> partyVariables = new LinkedHashMap<>(variables);
      partyVariables.put("previousDeadlineText", DanishDates.formatWithWeekday(hearing.deadline()));
      for (HearingParty party : hearing.parties()) {
        if (hearing.statusOf(party.id()) == PartyStatus.AWAITING) {
          messages.partyDeadlineChanged(hearingId, party.id(), partyVariables);
        }
      }
      records.update(hearingId, r -> r.withDeadline(deadline.deadline(), (String) variables.get("deadlineAt")));
      LOG.info("Hearing {}: deadline moved to {}", hearingId, deadline.deadline());
    }
    return variables;
  }

  private Deadline deadlineOn(LocalDate date, List<Integer> reminderOffsets) {
    try {
      return deadlines.compute(new DeadlineRequest(time.today(), null, null, null, date, reminderOffsets, DeadlineRequest.HearingRules.IGNORE));
    } catch (CalendarException e) {
      throw new HearingException(e.danishMessage());
    }
  }

  /**
   * {@code rammeflow-hearing-compile-note}: the høringsnotat as DOCX for the secretariat to edit and as PDF, from
   * every recorded response, late ones included; the note's documents are kept in the hearing's record. Their
   * content is fixed here and rendered when a document is first read.
   */
  public Map<String, Object> compileNote(String hearingId) {
    HearingRecord hearing = records.require(hearingId);
    List<NoteResponse> noteResponses = new ArrayList<>();
    List<Map<String, Object>> responses = new ArrayList<>();
    Map<String, Object> positionCounts = new LinkedHashMap<>();
    for (Position position : Position.values()) {
      positionCounts.put(position.code(), 0);
    }
    List<String> nonResponders = new ArrayList<>();
    for (HearingParty party : hearing.parties()) {
      List<HearingResponse> given = hearing.responses().stream().filter(r -> r.partyId().equals(party.id())).toList();
      for (HearingResponse r : given) {
        noteResponses.add(new NoteResponse(r.partyName(), r.positionLabel(), r.receivedAt(), r.channel(), r.late(), r.text(), r.contactPerson(),
            r.attachments().stream().map(HearingResponse.Attachment::fileName).toList()));
        responses.add(r.toVariable());
      }
      var latest = hearing.latestResponse(party.id());
      if (hearing.statusOf(party.id()) == PartyStatus.ANSWERED && latest.isPresent()) {
        positionCounts.merge(latest.get().position(), 1, (a, b) -> (Integer) a + (Integer) b);
      } else if (given.isEmpty()) {
        nonResponders.add(party.name());
      }
    }
    HearingNote note = new HearingNote(hearing.hearingId(), hearing.title(), hearing.questions(),
        hearing.material().stream().map(m -> m.get("name")).toList(), hearing.sentOn(), hearing.deadline(),
        hearing.parties().stream().map(HearingParty::name).toList(), noteResponses, nonResponders, hearing.caseWorker(), Instant.now());
    String baseName = "Høringsnotat – " + hearing.title().replaceAll("[\\\\/:*?\"<>|]", "-");
    byte[] source = renderer.source(note);
    StoredDocument docx = documents.storeDeferred(baseName + ".docx", HearingNoteRenderer.DOCX_CONTENT_TYPE, HearingNoteRenderer.DOCX_KIND, source);
    StoredDocument pdf = documents.storeDeferred(baseName + ".pdf", HearingNoteRenderer.PDF_CONTENT_TYPE, HearingNoteRenderer.PDF_KIND, source);
    records.update(hearingId, r -> r.withNote(docx.id(), pdf.id()));
    notices.noteReady(hearing, docx.id(), pdf.id(), nonResponders);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("responses", responses);
    result.put("positionCounts", positionCounts);
    result.put("nonResponders", nonResponders);
    result.put("nonResponderNames", nonResponders.isEmpty() ? "ingen" : String.join(", ", nonResponders));
    result.put("answeredCount", hearing.parties().size() - nonResponders.size());
    result.put("partyCount", hearing.parties().size());
    result.put("noteDocx", documentVariable(docx));
    result.put("notePdf", documentVariable(pdf));
    result.put("partyOptions", hearing.parties().stream().map(p -> Map.of("label", p.name(), "value", p.id())).toList());
    return result;
  }

  private Map<String, Object> documentVariable(StoredDocument document) {
    return Map.of("documentId", document.id(), "fileName", document.fileName(), "url", materials.documentUrl(document.id()));
  }

  /** {@code rammeflow-hearing-prepare-clarification}: reopens one party with a short deadline, in working days from today. */
  public Map<String, Object> prepareClarification(String hearingId, Object clarificationPartyId, Object clarificationWorkingDays) {
    List<String> problems = new ArrayList<>();
    String partyId = Inputs.text(clarificationPartyId, "Parten", problems);
    int workingDays = Inputs.integer(clarificationWorkingDays, 5, 1, 20, "Fristen for en uddybning (arbejdsdage)", problems);
    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }
    HearingRecord hearing = records.require(hearingId);
    HearingParty party = hearing.party(partyId)
        .orElseThrow(() -> new HearingException("Parten '%s' er ikke part i høringen.".formatted(partyId)));
    Deadline deadline = preparation.clarificationDeadline(workingDays, time.today());
    records.update(hearingId, r -> r.withNewRound(party.id()));
    Map<String, Object> deadlineVariables = HearingPreparation.deadlineVariables(deadline);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("clarificationParty", party.toVariable());
    variables.put("clarificationDeadline", deadlineVariables.get("deadline"));
    variables.put("clarificationDeadlineAt", deadlineVariables.get("deadlineAt"));
    variables.put("clarificationDeadlineText", deadlineVariables.get("deadlineText"));
    return variables;
  }

  /** {@code rammeflow-hearing-close}: the hearing ends: {@code approved} (the note is approved) or {@code cancelled}. */
  public void close(String hearingId, String closing) {
    Status status = switch (closing == null ? "" : closing) {
      case "approved" -> Status.CLOSED;
      case "cancelled" -> Status.CANCELLED;
      default -> throw new IllegalArgumentException("Unknown closing '%s'; expected approved or cancelled".formatted(closing));
    };
    records.update(hearingId, r -> r.withStatus(status));
  }
}
