package dk.rammeflow.workers;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.hearing.HearingException;
import dk.rammeflow.hearing.HearingNote;
import dk.rammeflow.hearing.HearingNotices;
import dk.rammeflow.hearing.HearingNoteRenderer;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingPreparation;
import dk.rammeflow.hearing.HearingPreparation.PreparedHearing;
import dk.rammeflow.hearing.HearingRecord;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecords;
import dk.rammeflow.hearing.HearingResponse;
import dk.rammeflow.hearing.HearingService;
import dk.rammeflow.hearing.NoteResponse;
import dk.rammeflow.hearing.Position;
import dk.rammeflow.mail.MailDeliveryException;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.mail.ReplyTokens;
import dk.rammeflow.mail.SentMail;
import dk.rammeflow.web.WebLinks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every automated step of {@code hearing-round} and {@code hearing-party-response} (element templates in
 * {@code bpmn/hearing-round/element-templates/}).
 */
@Component
public class HearingRoundWorkers {

  private static final Logger LOG = LoggerFactory.getLogger(HearingRoundWorkers.class);
  private static final int ATTEMPTS = 5;
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final HearingPreparation preparation;
  private final HearingRecords records;
  private final HearingService hearings;
  private final HearingNoteRenderer renderer;
  private final DocumentStore documents;
  private final MailService mail;
  private final ReplyTokens replyTokens;
  private final CalendarTime time;
  private final WebLinks links;
  private final HearingNotices notices;
  private final Duration retryBackoff;

  public HearingRoundWorkers(
      HearingPreparation preparation,
      HearingRecords records,
      HearingService hearings,
      HearingNoteRenderer renderer,
      DocumentStore documents,
      MailService mail,
      ReplyTokens replyTokens,
      CalendarTime time,
      WebLinks links,
      HearingNotices notices,
      @Value("${rammeflow.hearing.mail-retry-backoff}") Duration retryBackoff) {
    this.preparation = preparation;
    this.records = records;
    this.hearings = hearings;
    this.renderer = renderer;
    this.documents = documents;
    this.mail = mail;
    this.replyTokens = replyTokens;
    this.time = time;
    this.links = links;
    this.notices = notices;
    this.retryBackoff = retryBackoff;
  }

  private record Notice(String template, String subjectPrefix, boolean expectsReply) {}

  private static final Map<String, Notice> NOTICES =
      Map.of(
          "invitation", new Notice("hearing-round/invitation", "Høring: ", true),
          "reminder", new Notice("hearing-round/reminder", "Påmindelse om høring: ", true),
          "deadline-extended", new Notice("hearing-round/deadline-extended", "Ny høringsfrist: ", true),
          "clarification", new Notice("hearing-round/clarification", "Uddybning af høringssvar: ", true),
          "cancelled", new Notice("hearing-round/cancelled", "Høringen er annulleret: ", false));

  /** Validates a hearing's inputs, fixes its deadline and reminders, and registers it. */
  @JobWorker(type = "rammeflow-hearing-prepare")
  @SuppressWarnings("unchecked")
  public Map<String, Object> prepareHearing(ActivatedJob job) {
    PreparedHearing prepared;
    try {
      prepared = preparation.prepare(job.getVariablesAsMap(), time.today());
    } catch (HearingException e) {
      throw CamundaError.bpmnError("HEARING_INVALID", e.getMessage(), Map.of("validationErrors", e.problems()));
    }
    Map<String, Object> v = prepared.variables();
    if (records.find(prepared.hearingId()).isEmpty()) {
      List<HearingParty> parties = ((List<Map<String, Object>>) v.get("hearingParties")).stream().map(HearingParty::fromVariable).toList();
      Map<String, HearingRecord.PartyStatus> status = new LinkedHashMap<>();
      parties.forEach(p -> status.put(p.id(), HearingRecord.PartyStatus.AWAITING));
      records.create(
          new HearingRecord(
              prepared.hearingId(),
              (String) v.get("title"),
              (List<String>) v.get("questions"),
              (List<Map<String, String>>) v.get("material"),
              parties,
              (String) v.get("caseWorker"),
              LocalDate.parse((String) v.get("sentOn")),
              LocalDate.parse((String) v.get("deadline")),
              (String) v.get("deadlineAt"),
              HearingRecord.Status.OPEN,
              status,
              new HashMap<>(),
              List.of(),
              time.now().toInstant()));
    }
    return v;
  }

  /**
   * Mails one party about its hearing: the invitation, a reminder, a new deadline, a request for
   * clarification, or the cancellation. Each step's mail has its own idempotency key, so a retried
   * job never sends it twice; an unreachable mail server fails the job with a growing backoff.
   */
  @JobWorker(type = "rammeflow-hearing-notify-party")
  public Map<String, Object> notifyParty(
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
    model.put("material", material == null ? List.of() : material.stream().map(this::withAbsoluteUrl).toList());
    model.put("deadlineText", deadlineText);
    model.put("newDeadlineText", deadlineText);
    model.put("caseWorker", caseWorker);
    model.put("taskUrl", links.hearingTask(hearingId, recipient.id()));
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
      if ("invitation".equals(notice)) {
        notices.hearingStarted(records.require(hearingId)); // once per hearing (its idempotency key), retried with the invitations
      }
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

  /** Material in a mail links absolutely: a stored document's link is the application's own path. */
  private Map<String, String> withAbsoluteUrl(Map<String, String> item) {
    Map<String, String> absolute = new LinkedHashMap<>(item);
    absolute.computeIfPresent("url", (k, url) -> links.absolute(url));
    return absolute;
  }

  /**
   * Records a party's outcome: the response it gave in Tasklist ({@code outcome = answered}), or
   * that the deadline passed without one ({@code outcome = not-answered}).
   */
  @JobWorker(type = "rammeflow-hearing-record-response")
  public Map<String, Object> recordResponse(
      @Variable String hearingId,
      @Variable Map<String, Object> party,
      @Variable String outcome,
      @Variable(name = "position") String positionCode,
      @Variable String responseText,
      @Variable String contactPerson) {
    HearingParty hearingParty = HearingParty.fromVariable(party);
    if ("not-answered".equals(outcome)) {
      records.update(
          hearingId,
          r -> r.statusOf(hearingParty.id()) == PartyStatus.ANSWERED ? r : r.withPartyStatus(hearingParty.id(), PartyStatus.NOT_ANSWERED));
      return Map.of("response", HearingResponse.notAnswered(hearingParty));
    }
    String text = responseText == null ? "" : responseText.trim();
    List<String> problems = problems(positionCode, text, contactPerson);
    if (!problems.isEmpty()) {
      // The task opens again with the reason shown in its form; nothing is recorded.
      throw CamundaError.bpmnError("RESPONSE_INCOMPLETE", String.join(" ", problems), Map.of("responseProblem", String.join(" ", problems)));
    }
    Position position = Position.fromCode(positionCode).orElseThrow();
    var hearing = records.require(hearingId);
    var existing = hearing.latestResponse(hearingParty.id());
    if (existing.isPresent() && hearing.statusOf(hearingParty.id()) == PartyStatus.ANSWERED && existing.get().round() == hearing.roundOf(hearingParty.id())
        && HearingResponse.CHANNEL_TASKLIST.equals(existing.get().channel())) {
      return Map.of("response", existing.get().toVariable()); // a retried job: recorded already
    }
    HearingResponse response =
        new HearingResponse(
            hearingParty.id(), hearingParty.name(), position.code(), text, contactPerson == null ? "" : contactPerson.trim(),
            HearingResponse.CHANNEL_TASKLIST, time.now().toInstant(), false, List.of(), hearing.roundOf(hearingParty.id()), null);
    records.addResponse(hearingId, response);
    Map<String, Object> result = new java.util.HashMap<>();
    result.put("response", response.toVariable());
    result.put("responseProblem", null);
    return result;
  }

  /** What Tasklist's form would have refused; completion through the API skips the form. */
  static List<String> problems(String positionCode, String text, String contactPerson) {
    List<String> problems = new java.util.ArrayList<>();
    var position = Position.fromCode(positionCode);
    if (position.isEmpty()) {
      problems.add("Vælg en holdning: Ingen bemærkninger, Bemærkninger eller Kan ikke tilslutte sig.");
    } else if (position.get().textRequired() && text.isEmpty()) {
      problems.add("Skriv høringssvaret: holdningen '%s' kræver en tekst.".formatted(position.get().label()));
    }
    if (contactPerson == null || contactPerson.isBlank()) {
      problems.add("Angiv en kontaktperson.");
    }
    return problems;
  }

  /**
   * Moves a hearing's deadline: new deadline and reminders for the hearing, and a message to every
   * party still awaited so its task's due date and timers follow and it is told.
   */
  @JobWorker(type = "rammeflow-hearing-extend-deadline")
  public Map<String, Object> extendDeadline(@Variable String hearingId, @Variable String newDeadline, @Variable List<Integer> reminderOffsets) {
    HearingRecord hearing = records.require(hearingId);
    Deadline deadline;
    try {
      deadline = preparation.moveDeadline(hearing, newDeadline, reminderOffsets, time.today());
    } catch (HearingException e) {
      LOG.warn("Deadline extension of hearing {} to {} refused: {}", hearingId, newDeadline, e.getMessage());
      return Map.of("extensionRefused", e.getMessage());
    }
    Map<String, Object> variables = HearingPreparation.deadlineVariables(deadline);
    records.update(hearingId, r -> r.withDeadline(deadline.deadline(), (String) variables.get("deadlineAt")));
    for (HearingParty party : hearing.parties()) {
      if (hearing.statusOf(party.id()) == PartyStatus.AWAITING) {
        hearings.notifyPartyDeadlineChanged(hearingId, party.id(), variables);
      }
    }
    LOG.info("Hearing {}: deadline moved to {}", hearingId, deadline.deadline());
    return variables;
  }

  /**
   * Compiles the høringsnotat from every recorded response, late ones included, as DOCX for the
   * secretariat to edit and as PDF, and gives the calling process the results.
   */
  @JobWorker(type = "rammeflow-hearing-compile-note")
  public Map<String, Object> compileNote(@Variable String hearingId) {
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
        noteResponses.add(
            new NoteResponse(
                r.partyName(), r.positionLabel(), r.receivedAt(), r.channel(), r.late(), r.text(), r.contactPerson(),
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
    HearingNote note =
        new HearingNote(
            hearing.hearingId(), hearing.title(), hearing.questions(),
            hearing.material().stream().map(m -> m.get("name")).toList(),
            hearing.sentOn(), hearing.deadline(), hearing.parties().stream().map(HearingParty::name).toList(),
            noteResponses, nonResponders, hearing.caseWorker(), Instant.now());
    String baseName = "Høringsnotat – " + hearing.title().replaceAll("[\\\\/:*?\"<>|]", "-");
    StoredDocument docx = documents.store(baseName + ".docx", DOCX, renderer.docx(note));
    StoredDocument pdf = documents.store(baseName + ".pdf", "application/pdf", renderer.pdf(note));
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

  private static Map<String, Object> documentVariable(StoredDocument document) {
    return Map.of("documentId", document.id(), "fileName", document.fileName(), "url", "/api/documents/" + document.id());
  }

  /** Reopens one party for a clarification the secretariat asked for, with a short new deadline. */
  @JobWorker(type = "rammeflow-hearing-prepare-clarification")
  public Map<String, Object> prepareClarification(
      @Variable String hearingId, @Variable String clarificationPartyId, @Variable Integer clarificationWorkingDays) {
    var hearing = records.require(hearingId);
    HearingParty party =
        hearing.party(clarificationPartyId)
            .orElseThrow(() -> new HearingException("Parten '%s' er ikke part i høringen.".formatted(clarificationPartyId)));
    Deadline deadline = preparation.clarificationDeadline(clarificationWorkingDays == null ? 5 : clarificationWorkingDays, time.today());
    records.update(hearingId, r -> r.withNewRound(party.id()));
    Map<String, Object> deadlineVariables = HearingPreparation.deadlineVariables(deadline);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("clarificationParty", party.toVariable());
    variables.put("clarificationDeadline", deadlineVariables.get("deadline"));
    variables.put("clarificationDeadlineAt", deadlineVariables.get("deadlineAt"));
    variables.put("clarificationDeadlineText", deadlineVariables.get("deadlineText"));
    return variables;
  }
}
