package dk.rammeflow.socialagreement;

import static dk.rammeflow.socialagreement.SocialAgreementSteps.dateText;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.socialagreement.SocialAgreementCase.Status;
import dk.rammeflow.socialagreement.SocialAgreementCase.StepRecord;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Social agreements in the secretariat's overview: the tidsplan against what happened, the councils, the handleplan. */
@Component
class SocialAgreementCaseType implements CaseType {

  private final SocialAgreementCases cases;
  private final CalendarTime time;

  SocialAgreementCaseType(SocialAgreementCases cases, CalendarTime time) {
    this.cases = cases;
    this.time = time;
  }

  @Override
  public String slug() {
    return "socialaftaler";
  }

  @Override
  public String label() {
    return "Socialaftaler";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String processId() {
    return SocialAgreementMessages.PROCESS_ID;
  }

  @Override
  public String idVariable() {
    return "caseId";
  }

  @Override
  public List<StartForm> startForms() {
    return List.of(new StartForm("social-agreement-start", "Ny Nordjysk Socialaftale",
        "Fra rammesætning over godkendelse i FU, DAS, KDK og KKR til lokal politisk godkendelse og handleplan.", "/api/social-agreements", slug()));
  }

  @Override
  public List<CaseSummary> cases() {
    return cases.all().stream().map(this::summary).toList();
  }

  private CaseSummary summary(SocialAgreementCase c) {
    String status;
    Tone tone;
    switch (c.status()) {
      case IMPLEMENTED -> { status = "Udmøntet"; tone = Tone.DONE; }
      case ADOPTED -> { status = "Vedtaget – handleplan under udmøntning"; tone = Tone.ACTIVE; }
      case LOCAL_APPROVAL -> { status = "Til politisk godkendelse"; tone = Tone.ACTIVE; }
      case ORPHANED -> { status = "Kører ikke længere (ORPHANED)"; tone = Tone.PROBLEM; }
      default -> {
        status = c.planFits() ? "I gang" : "I gang – tidsplanen holder ikke";
        tone = c.planFits() ? Tone.ACTIVE : Tone.PROBLEM;
      }
    }
    long decided = c.councils().stream().filter(SocialAgreementCase.Council::decided).count();
    long implemented = c.initiatives().stream().filter(SocialAgreementCase.Initiative::implemented).count();
    String progress = !c.initiatives().isEmpty() ? "%d af %d initiativer udmøntet".formatted(implemented, c.initiatives().size())
        : c.councils().isEmpty() ? null : "%d af %d har behandlet aftalen".formatted(decided, c.councils().size());
    return new CaseSummary(c.caseId(), c.title(), status, tone, DanishDates.format(c.startDate()), DanishDates.format(SocialAgreementStage.deadline(c.firstYear())),
        progress);
  }

  @Override
  public Optional<CaseDetail> detail(String id) {
    return cases.find(id).map(c -> {
      List<Fact> facts = new ArrayList<>(List.of(
          new Fact("Sag", c.caseId()),
          new Fact("Periode", c.period()),
          new Fact("Frist for lokal godkendelse", DanishDates.format(SocialAgreementStage.deadline(c.firstYear()))),
          new Fact("Valgår", c.electionYear() ? "Ja: én behandling i DAS og KKR, fokusområderne sendes ikke ud" : "Nej"),
          new Fact("Udbud og efterspørgsel", c.supplyDemandReview() ? "Ja" + (c.capacityDecision() == null ? "" : " (DAS: " + c.capacityDecision() + ")") : "Nej"),
          new Fact("Sagsbehandler", c.caseWorker())));
      List<TextBlock> texts = new ArrayList<>(List.of(new TextBlock("Fokusområder", c.focusAreas())));
      if (!c.planWarnings().isEmpty()) {
        texts.add(new TextBlock("Bemærkninger til tidsplanen", c.planWarnings()));
      }
      if (!c.initiatives().isEmpty()) {
        texts.add(new TextBlock("Handleplan", c.initiatives().stream()
            .map(i -> "%d. %s: %s%s".formatted(i.focusArea(), i.title(), i.status(), i.implemented() ? " (udmøntet " + dateText(i.implementedOn()) + ")" : ""))
            .toList()));
      }
      List<DocumentLink> documents = c.material().stream().filter(m -> m.get("url") != null)
          .map(m -> new DocumentLink(m.getOrDefault("name", m.get("url")), m.get("url"), m.containsKey("documentId") ? "Dokument" : "Link")).toList();
      List<PartyRow> councils = c.councils().stream().map(k -> new PartyRow(k.name(), SocialAgreementViews.councilStatus(k),
          !k.decided() ? Tone.ACTIVE : Boolean.FALSE.equals(k.approved()) ? Tone.PROBLEM : Tone.DONE, k.decided() ? dateText(k.decidedOn()) : null, k.note()))
          .toList();
      return new CaseDetail(summary(c), facts, texts, timeline(c), councils, documents, actions(c));
    });
  }

  private List<TimelineStep> timeline(SocialAgreementCase c) {
    LocalDate today = time.today();
    List<TimelineStep> steps = new ArrayList<>();
    for (Map<String, Object> row : c.plan()) {
      String key = String.valueOf(row.get("key"));
      LocalDate planned = row.get("end") == null ? null : LocalDate.parse(String.valueOf(row.get("end")));
      String plannedText = planned == null ? null : DanishDates.format(planned);
      Optional<StepRecord> done = c.steps().stream().filter(s -> key.equals(s.key()) && s.date() != null).reduce((a, b) -> b);
      if (done.isPresent()) {
        LocalDate on = done.get().date();
        steps.add(new TimelineStep(String.valueOf(row.get("label")), plannedText, "%s %s".formatted(done.get().outcomeLabel(), DanishDates.format(on)),
            planned != null && on.isAfter(planned) ? StepState.LATE : StepState.DONE));
      } else if (key.equals(SocialAgreementStage.LOCAL_APPROVAL_STEP) && !c.councils().isEmpty()) {
        long decided = c.councils().stream().filter(SocialAgreementCase.Council::decided).count();
        LocalDate last = c.councils().stream().map(SocialAgreementCase.Council::decidedOn).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        boolean all = decided == c.councils().size();
        steps.add(new TimelineStep(String.valueOf(row.get("label")), plannedText, "%d af %d har behandlet aftalen".formatted(decided, c.councils().size()),
            all ? (planned != null && last.isAfter(planned) ? StepState.LATE : StepState.DONE) : StepState.CURRENT));
      } else if (key.equals("target") && c.adoptedOn() != null) {
        steps.add(new TimelineStep(String.valueOf(row.get("label")), plannedText, "Behandlet " + DanishDates.format(c.adoptedOn()),
            c.adoptedOn().isAfter(planned) ? StepState.LATE : StepState.DONE));
      } else {
        steps.add(new TimelineStep(String.valueOf(row.get("label")), plannedText, null,
            planned != null && today.isAfter(planned) && !c.historical() ? StepState.OVERDUE : StepState.PENDING));
      }
    }
    return steps;
  }

  private List<CaseAction> actions(SocialAgreementCase c) {
    String path = "/api/social-agreements/" + c.caseId();
    List<CaseAction> actions = new ArrayList<>();
    if (c.status() == Status.LOCAL_APPROVAL) {
      List<Option> waiting = c.councils().stream().filter(k -> !k.decided()).map(k -> new Option(k.id(), k.name())).toList();
      if (!waiting.isEmpty()) {
        actions.add(new CaseAction("council", "Politisk behandling", null, "POST", path + "/councils/{councilId}/decision",
            List.of(Field.select("councilId", "Byråd/Regionsråd", true, waiting), Field.date("decidedOn", "Behandlet den", true, null),
                Field.select("approved", "Beslutning", true, List.of(new Option("true", "Godkendt"), new Option("false", "Ikke godkendt"))),
                Field.text("note", "Bemærkning", false, null)),
            "Registrér beslutningen", null, "Beslutningen er registreret."));
      }
    }
    List<Option> open = c.initiatives().stream().filter(i -> !i.implemented()).map(i -> new Option(i.id(), i.title())).toList();
    if (c.status() == Status.ADOPTED && !open.isEmpty()) {
      actions.add(new CaseAction("initiative", "Status på initiativ", null, "POST", path + "/initiatives/{initiativeId}/status",
          List.of(Field.select("initiativeId", "Initiativ", true, open), Field.text("status", "Status", true, "F.eks. 'Temadag afholdt 27. november'."),
              Field.textarea("note", "Bemærkning", false, null), Field.date("statusOn", "Dato", false, null)),
          "Gem status", null, "Status er gemt."));
    }
    return actions;
  }
}
