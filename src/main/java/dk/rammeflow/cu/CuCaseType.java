package dk.rammeflow.cu;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.web.CaseDetail;
import dk.rammeflow.web.CaseDetail.CaseAction;
import dk.rammeflow.web.CaseDetail.DocumentLink;
import dk.rammeflow.web.CaseDetail.Fact;
import dk.rammeflow.web.CaseDetail.Field;
import dk.rammeflow.web.CaseDetail.Option;
import dk.rammeflow.web.CaseDetail.PartyRow;
import dk.rammeflow.web.CaseDetail.StepState;
import dk.rammeflow.web.CaseDetail.TextBlock;
import dk.rammeflow.web.CaseDetail.TimelineStep;
import dk.rammeflow.web.CaseSummary;
import dk.rammeflow.web.CaseSummary.Tone;
import dk.rammeflow.web.CaseType;
import dk.rammeflow.web.StartForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** CU cases in the secretariat's overview: the tidsplan against the meetings held, the councils, and the API's actions. */
@Component
class CuCaseType implements CaseType {

  private final CuCases cases;
  private final CalendarTime time;

  CuCaseType(CuCases cases, CalendarTime time) {
    this.cases = cases;
    this.time = time;
  }

  @Override
  public String slug() {
    return "cu";
  }

  @Override
  public String label() {
    return "Centrale udmeldinger";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String processId() {
    return CuMessages.PROCESS_ID;
  }

  @Override
  public String idVariable() {
    return "caseId";
  }

  @Override
  public List<StartForm> startForms() {
    return List.of(new StartForm("cu-start", "Ny central udmelding", "Besvar en central udmelding fra Socialstyrelsen med tidsplan, fora, høring og byrådsgodkendelse.", "/api/central-notifications", slug()));
  }

  @Override
  public List<CaseSummary> cases() {
    return cases.all().stream().map(this::summary).toList();
  }

  private CaseSummary summary(CuCase c) {
    String status;
    Tone tone;
    switch (c.status()) {
      case CLOSED -> {
        status = c.outcomes().isEmpty() ? "Afsluttet" : "Afsluttet: " + c.outcomes().getLast().label();
        tone = Tone.DONE;
      }
      case SUBMITTED -> {
        status = c.allCouncilsApproved() ? "Indsendt, alle byråd har godkendt" : "Indsendt med forbehold for politisk godkendelse";
        tone = c.allCouncilsApproved() ? Tone.DONE : Tone.ACTIVE;
      }
      default -> {
        status = c.planFits() ? "I gang" : "I gang – tidsplanen holder ikke";
        tone = c.planFits() ? Tone.ACTIVE : Tone.PROBLEM;
      }
    }
    long approved = c.councils().stream().filter(CuCase.Council::approved).count();
    return new CaseSummary(
        c.caseId(), c.title(), status, tone, DanishDates.format(c.startDate()), DanishDates.format(c.target()),
        c.councils().isEmpty() ? null : "%d af %d byråd har godkendt".formatted(approved, c.councils().size()));
  }

  @Override
  public Optional<CaseDetail> detail(String id) {
    return cases.find(id).map(c -> {
      List<Fact> facts = new ArrayList<>(List.of(
          new Fact("Sag", c.caseId()),
          new Fact("Målgruppe", c.targetGroup()),
          new Fact("Socialstyrelsens frist", DanishDates.format(c.agencyDeadline())),
          new Fact("Aftalt frist", c.agreedDeadline() == null ? "–" : DanishDates.format(c.agreedDeadline())),
          new Fact("Sagsbehandler", c.caseWorker())));
      if (c.councilDueDate() != null) {
        facts.add(new Fact("Byrådenes frist", DanishDates.format(c.councilDueDate())));
      }
      List<TextBlock> texts = new ArrayList<>(List.of(new TextBlock("Socialstyrelsens spørgsmål", c.questions())));
      c.followUps().forEach(f -> texts.add(new TextBlock("Opfølgende spørgsmål " + DanishDates.format(f.askedOn()),
          f.answer() == null ? List.of(f.question(), "Ikke besvaret endnu.") : List.of(f.question(), "Svar: " + f.answer()))));
      List<DocumentLink> documents = c.material().stream()
          .filter(m -> m != null && m.get("url") != null)
          .map(m -> new DocumentLink(m.getOrDefault("name", m.get("url")), m.get("url"), m.containsKey("documentId") ? "Dokument" : "Link"))
          .toList();
      List<PartyRow> councils = c.councils().stream().map(council -> {
        boolean late = council.approved() && c.councilDueDate() != null && council.approvedOn().isAfter(c.councilDueDate());
        return new PartyRow(council.name(), council.approved() ? (late ? "Godkendt efter fristen" : "Godkendt") : "Mangler",
            council.approved() ? (late ? Tone.ATTENTION : Tone.DONE) : Tone.ACTIVE,
            council.approved() ? DanishDates.format(council.approvedOn()) : null,
            council.remindedOn().isEmpty() ? null : "Påmindet " + String.join(", ", council.remindedOn().stream().map(DanishDates::format).toList()));
      }).toList();
      return new CaseDetail(summary(c), facts, texts, timeline(c), councils, documents, actions(c));
    });
  }

  /** Each planned step against the meeting that actually treated it, or the step's completion. */
  private List<TimelineStep> timeline(CuCase c) {
    LocalDate today = time.today();
    List<TimelineStep> steps = new ArrayList<>();
    for (Map<String, Object> row : c.plan()) {
      String key = String.valueOf(row.get("key"));
      LocalDate planned = row.get("end") == null ? null : LocalDate.parse(String.valueOf(row.get("end")));
      String plannedText = planned == null ? null : DanishDates.format(planned);
      String label = String.valueOf(row.get("label"));
      Optional<CuCase.ForumStep> held = c.forumSteps().stream().filter(s -> key.equals(s.step()) && s.meetingDate() != null).reduce((a, b) -> b);
      if (held.isPresent()) {
        LocalDate on = held.get().meetingDate();
        steps.add(new TimelineStep(label, plannedText, "%s %s".formatted(held.get().outcomeLabel() == null ? "Behandlet" : held.get().outcomeLabel(), DanishDates.format(on)),
            planned != null && on.isAfter(planned) ? StepState.LATE : StepState.DONE));
      } else if (c.stepsDone().contains(key)) {
        steps.add(new TimelineStep(label, plannedText, "Gennemført", StepState.DONE));
      } else {
        steps.add(new TimelineStep(label, plannedText, null, planned != null && today.isAfter(planned) ? StepState.OVERDUE : StepState.PENDING));
      }
    }
    c.submissions().forEach(s -> steps.add(new TimelineStep("Besvarelse sendt til Socialstyrelsen" + (s.withReservation() ? " (med forbehold)" : ""),
        DanishDates.format(c.target()), "Sendt " + DanishDates.format(s.sentOn()), s.sentOn().isAfter(c.target()) ? StepState.LATE : StepState.DONE)));
    return steps;
  }

  private List<CaseAction> actions(CuCase c) {
    String path = "/api/central-notifications/" + c.caseId();
    List<CaseAction> actions = new ArrayList<>();
    if (c.status() == CuCase.Status.OPEN) {
      actions.add(new CaseAction("deadline", "Aftalt frist med Socialstyrelsen", "Det, der mangler, planlægges mod den nye frist, og tidsplanen mailes.", "POST",
          path + "/deadline", List.of(Field.date("agreedDeadline", "Ny frist", true, null)), "Gem fristen", null, "Fristen er gemt. Ny tidsplan er på vej."));
    }
    if (c.status() != CuCase.Status.CLOSED && !c.councils().isEmpty()) {
      List<Option> waiting = c.councils().stream().filter(council -> !council.approved()).map(council -> new Option(council.id(), council.name())).toList();
      if (!waiting.isEmpty()) {
        actions.add(new CaseAction("council", "Byrådsgodkendelse", null, "POST", path + "/councils/{councilId}/approval",
            List.of(Field.select("councilId", "Byråd", true, waiting), Field.date("approvedOn", "Godkendt den", true, null), Field.text("note", "Bemærkning", false, null)),
            "Registrér godkendelsen", null, "Godkendelsen er registreret."));
      }
    }
    if (c.status() == CuCase.Status.SUBMITTED) {
      actions.add(new CaseAction("follow-up", "Opfølgende spørgsmål fra Socialstyrelsen", null, "POST", path + "/follow-up-questions",
          List.of(Field.textarea("question", "Spørgsmål", true, null), Field.date("askedOn", "Modtaget den", false, null)),
          "Registrér spørgsmålet", null, "Spørgsmålet er registreret, og der er oprettet en opgave."));
      actions.add(new CaseAction("outcome", "Socialstyrelsens afgørelse", null, "POST", path + "/outcome",
          List.of(
              Field.select("outcome", "Afgørelse", true, Arrays.stream(AgencyOutcome.values()).map(o -> new Option(o.value(), o.label())).toList()),
              Field.textarea("text", "Beskrivelse", false, null),
              Field.date("newDeadline", "Ny frist (ved fornyet udmelding)", false, null),
              Field.text("newDocument.url", "Link til den fornyede udmelding", false, "Kun ved fornyet udmelding.")),
          "Registrér afgørelsen", "Vil du registrere afgørelsen? Den afslutter eller fornyer sagen.", "Afgørelsen er registreret."));
    }
    return actions;
  }
}
