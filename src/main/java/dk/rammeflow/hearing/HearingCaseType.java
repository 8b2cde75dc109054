package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecord.Status;
import dk.rammeflow.mail.SentMail;
import dk.rammeflow.mail.SentMailLog;
import dk.rammeflow.web.CaseDetail;
import dk.rammeflow.web.CaseDetail.CaseAction;
import dk.rammeflow.web.CaseDetail.DocumentLink;
import dk.rammeflow.web.CaseDetail.Fact;
import dk.rammeflow.web.CaseDetail.Field;
import dk.rammeflow.web.CaseDetail.PartyRow;
import dk.rammeflow.web.CaseDetail.StepState;
import dk.rammeflow.web.CaseDetail.TextBlock;
import dk.rammeflow.web.CaseDetail.TimelineStep;
import dk.rammeflow.web.CaseSummary;
import dk.rammeflow.web.CaseSummary.Tone;
import dk.rammeflow.web.CaseType;
import dk.rammeflow.web.ProcessLookup;
import dk.rammeflow.web.ReplyTargets;
import dk.rammeflow.web.StartForm;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Hearings in the secretariat's overview: status, answers, tidsplan, note, and the API's actions. */
@Component
class HearingCaseType implements CaseType, ReplyTargets {

  private static final List<String> NOTE_VARIABLES = List.of("noteDocx", "notePdf", "reminders");

  private final HearingRecords records;
  private final ProcessLookup processes;
  private final SentMailLog sentMails;
  private final CalendarTime time;

  HearingCaseType(HearingRecords records, ProcessLookup processes, SentMailLog sentMails, CalendarTime time) {
    this.records = records;
    this.processes = processes;
    this.sentMails = sentMails;
    this.time = time;
  }

  @Override
  public String slug() {
    return "hoeringer";
  }

  @Override
  public String label() {
    return "Høringer";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String processId() {
    return HearingMessages.PROCESS_ID;
  }

  @Override
  public String idVariable() {
    return "hearingId";
  }

  @Override
  public List<StartForm> startForms() {
    return List.of(new StartForm("hearing-start", "Ny høring", "Send materiale i høring hos parterne med spørgsmål og frist.", "/api/hearings", slug()));
  }

  /** Every party of every hearing not cancelled, for registering a mail from the review list. */
  @Override
  public List<ReplyTargets.Option> replyTargets() {
    List<ReplyTargets.Option> options = new ArrayList<>();
    for (HearingRecord hearing : records.all()) {
      if (hearing.status() != Status.CANCELLED) {
        hearing.parties().forEach(p -> options.add(new ReplyTargets.Option(hearing.hearingId() + "/" + p.id(), "%s – %s".formatted(hearing.title(), p.name()))));
      }
    }
    return options;
  }

  /** Where a hearing stands, from its record and its process instance. */
  private record State(String label, Tone tone, boolean open) {}

  private State state(HearingRecord hearing, ProcessInstance instance, boolean noteAwaitsApproval) {
    if (hearing.status() == Status.CANCELLED) {
      return new State("Annulleret", Tone.NEUTRAL, false);
    }
    if (instance != null && instance.getState() == ProcessInstanceState.COMPLETED) {
      return new State("Afsluttet – høringsnotat godkendt", Tone.DONE, false);
    }
    if (instance != null && instance.getState() == ProcessInstanceState.TERMINATED) {
      return new State("Stoppet", Tone.PROBLEM, false);
    }
    if (noteAwaitsApproval) {
      return new State("Høringsnotat klar til godkendelse", Tone.ATTENTION, true);
    }
    boolean awaiting = hearing.parties().stream().anyMatch(p -> hearing.statusOf(p.id()) == PartyStatus.AWAITING);
    if (!awaiting) {
      boolean allAnswered = hearing.parties().stream().allMatch(p -> hearing.statusOf(p.id()) == PartyStatus.ANSWERED);
      return new State(allAnswered ? "Alle har svaret" : "Fristen er udløbet", Tone.ACTIVE, true);
    }
    boolean pastDeadline = time.now().toInstant().isAfter(OffsetDateTime.parse(hearing.deadlineAt()).toInstant());
    return pastDeadline ? new State("Fristen er overskredet", Tone.PROBLEM, true) : new State("Afventer svar", Tone.ACTIVE, true);
  }

  @Override
  public List<CaseSummary> cases() {
    Map<String, ProcessInstance> instances = processes.instancesById(processId(), idVariable());
    return records.all().stream()
        .map(h -> {
          ProcessInstance instance = instances.get(h.hearingId());
          return summary(h, state(h, instance, instance != null && noteAwaitsApproval(instance)));
        })
        .toList();
  }

  private boolean noteAwaitsApproval(ProcessInstance instance) {
    return ProcessLookup.isActive(instance)
        && processes.openTasks(instance.getProcessInstanceKey()).stream().anyMatch(t -> "approve-note".equals(t.getElementId()));
  }

  private CaseSummary summary(HearingRecord h, State state) {
    long answered = h.parties().stream().filter(p -> h.statusOf(p.id()) == PartyStatus.ANSWERED).count();
    return new CaseSummary(
        h.hearingId(), h.title(), state.label(), state.tone(), DanishDates.format(h.sentOn()), DanishDates.format(h.deadline()),
        "%d af %d har svaret".formatted(answered, h.parties().size()));
  }

  @Override
  public Optional<CaseDetail> detail(String id) {
    return records.find(id).map(this::detail);
  }

  private CaseDetail detail(HearingRecord h) {
    Optional<ProcessInstance> instance = processes.instanceOf(processId(), idVariable(), h.hearingId());
    Map<String, Object> variables = instance.map(i -> processes.variables(i.getProcessInstanceKey(), NOTE_VARIABLES)).orElse(Map.of());
    boolean noteAwaitsApproval = instance.map(this::noteAwaitsApproval).orElse(false);
    State state = state(h, instance.orElse(null), noteAwaitsApproval);

    List<Fact> facts = List.of(
        new Fact("Høring", h.hearingId()),
        new Fact("Sagsbehandler", h.caseWorker()),
        new Fact("Sendt", DanishDates.format(h.sentOn())),
        new Fact("Høringsfrist", DanishDates.format(h.deadline())));
    List<TextBlock> texts = List.of(new TextBlock("Spørgsmål", h.questions()));

    List<DocumentLink> documents = new ArrayList<>();
    note(variables.get("noteDocx"), "Høringsnotat (Word)", "DOCX").ifPresent(documents::add);
    note(variables.get("notePdf"), "Høringsnotat (PDF)", "PDF").ifPresent(documents::add);
    for (Map<String, String> item : h.material()) {
      documents.add(new DocumentLink("Materiale: " + item.get("name"), item.get("url"), item.containsKey("documentId") ? "Dokument" : "Link"));
    }
    for (HearingResponse response : h.responses()) {
      for (HearingResponse.Attachment attachment : response.attachments()) {
        documents.add(new DocumentLink("Bilag fra %s: %s".formatted(response.partyName(), attachment.fileName()), "/api/documents/" + attachment.documentId(), "Dokument"));
      }
    }

    List<CaseAction> actions = new ArrayList<>();
    if (state.open() && !noteAwaitsApproval && h.status() != Status.CANCELLED
        && h.parties().stream().anyMatch(p -> h.statusOf(p.id()) == PartyStatus.AWAITING)) {
      String path = "/api/hearings/" + h.hearingId();
      actions.add(new CaseAction("extend", "Forlæng høringsfristen", "Parter, der ikke har svaret, får den nye frist i en mail.", "POST", path + "/deadline",
          List.of(Field.date("deadline", "Ny høringsfrist", true, "Skal ligge efter den nuværende frist, " + DanishDates.format(h.deadline()) + ".")),
          "Forlæng fristen", null, "Fristen er forlænget. Parterne får besked."));
      actions.add(new CaseAction("cancel", "Annullér høringen", "Åbne opgaver lukkes, og alle parter får besked.", "POST", path + "/cancellation",
          List.of(Field.textarea("reason", "Begrundelse til parterne", true, null)),
          "Annullér høringen", "Vil du annullere høringen? Det kan ikke fortrydes.", "Høringen er annulleret."));
    }

    return new CaseDetail(
        summary(h, state), facts, texts, timeline(h, variables, instance.orElse(null), noteAwaitsApproval, documents.stream().anyMatch(d -> "DOCX".equals(d.format()))),
        parties(h), documents, actions);
  }

  private List<PartyRow> parties(HearingRecord h) {
    List<PartyRow> rows = new ArrayList<>();
    for (HearingParty party : h.parties()) {
      Optional<HearingResponse> latest = h.latestResponse(party.id());
      PartyStatus status = h.statusOf(party.id());
      String label = switch (status) {
        case ANSWERED -> "Har svaret";
        case NOT_ANSWERED -> latest.isPresent() ? "Svarede for sent" : "Har ikke svaret";
        case AWAITING -> "Afventer svar";
      };
      Tone tone = switch (status) {
        case ANSWERED -> Tone.DONE;
        case NOT_ANSWERED -> Tone.PROBLEM;
        case AWAITING -> Tone.ACTIVE;
      };
      String answered = latest.map(r -> danishDate(r.receivedAt()) + (r.late() ? " (for sent)" : "")).orElse(null);
      String detail = latest.map(r -> "%s, via %s%s".formatted(r.positionLabel(), "Mail".equals(r.channel()) ? "mail" : "Rammeflow",
          r.contactPerson() == null || r.contactPerson().isBlank() ? "" : ", kontakt: " + r.contactPerson())).orElse(null);
      rows.add(new PartyRow(party.name(), label, tone, answered, detail));
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private List<TimelineStep> timeline(HearingRecord h, Map<String, Object> variables, ProcessInstance instance, boolean noteAwaitsApproval, boolean noteReady) {
    LocalDate today = time.today();
    List<TimelineStep> steps = new ArrayList<>();
    steps.add(new TimelineStep("Høringen sendes til parterne", DanishDates.format(h.sentOn()), "Sendt " + DanishDates.format(h.sentOn()), StepState.DONE));
    List<SentMail> mails = sentMails.withTag("hearingId", h.hearingId());
    if (variables.get("reminders") instanceof List<?> reminders) {
      int n = 1;
      for (Object at : reminders) {
        LocalDate planned = OffsetDateTime.parse(String.valueOf(at)).atZoneSameInstant(CalendarTime.ZONE).toLocalDate();
        Optional<Instant> sent = mails.stream().filter(m -> "reminder".equals(m.tags().get("kind")))
            .map(SentMail::sentAt).filter(s -> !s.atZone(CalendarTime.ZONE).toLocalDate().isBefore(planned)).min(Comparator.naturalOrder());
        steps.add(stepAgainst("Påmindelse " + n++ + " til parter uden svar", planned, sent.map(s -> s.atZone(CalendarTime.ZONE).toLocalDate()), "Sendt", today,
            h.parties().stream().noneMatch(p -> h.statusOf(p.id()) == PartyStatus.AWAITING)));
      }
    }
    Optional<LocalDate> lastAnswer = h.parties().stream().allMatch(p -> h.statusOf(p.id()) == PartyStatus.ANSWERED)
        ? h.responses().stream().map(r -> r.receivedAt().atZone(CalendarTime.ZONE).toLocalDate()).max(Comparator.naturalOrder())
        : Optional.empty();
    boolean closedWithout = h.parties().stream().noneMatch(p -> h.statusOf(p.id()) == PartyStatus.AWAITING) && lastAnswer.isEmpty();
    steps.add(closedWithout
        ? new TimelineStep("Alle svar modtaget (høringsfrist)", DanishDates.format(h.deadline()), "Fristen udløb uden svar fra alle", StepState.LATE)
        : stepAgainst("Alle svar modtaget (høringsfrist)", h.deadline(), lastAnswer, "Sidste svar", today, false));
    steps.add(new TimelineStep("Høringsnotat udarbejdet", null, noteReady ? "Klar" : null, noteReady ? StepState.DONE : StepState.PENDING));
    boolean approved = instance != null && instance.getState() == ProcessInstanceState.COMPLETED;
    steps.add(new TimelineStep("Høringsnotat godkendt", null,
        approved ? "Godkendt " + danishDate(instance.getEndDate().toInstant()) : (noteAwaitsApproval ? "Afventer godkendelse" : null),
        approved ? StepState.DONE : (noteAwaitsApproval ? StepState.CURRENT : StepState.PENDING)));
    return steps;
  }

  /** A planned step against what happened: late when done after the plan, overdue when not done and the plan has passed. */
  private static TimelineStep stepAgainst(String label, LocalDate planned, Optional<LocalDate> done, String doneText, LocalDate today, boolean notNeeded) {
    if (done.isPresent()) {
      boolean late = done.get().isAfter(planned);
      return new TimelineStep(label, DanishDates.format(planned), doneText + " " + DanishDates.format(done.get()), late ? StepState.LATE : StepState.DONE);
    }
    if (notNeeded) {
      return new TimelineStep(label, DanishDates.format(planned), "Ikke nødvendig", StepState.DONE);
    }
    return new TimelineStep(label, DanishDates.format(planned), null, today.isAfter(planned) ? StepState.OVERDUE : StepState.PENDING);
  }

  private static Optional<DocumentLink> note(Object variable, String label, String format) {
    if (variable instanceof Map<?, ?> document && document.get("documentId") instanceof String documentId) {
      return Optional.of(new DocumentLink(label, "/api/documents/" + documentId, format));
    }
    return Optional.empty();
  }

  private static String danishDate(Instant instant) {
    return DanishDates.format(instant.atZone(CalendarTime.ZONE).toLocalDate());
  }
}
