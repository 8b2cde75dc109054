package dk.rammeflow.tariff;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.web.CaseDetail;
import dk.rammeflow.web.CaseDetail.CaseAction;
import dk.rammeflow.web.CaseDetail.DocumentLink;
import dk.rammeflow.web.CaseDetail.Fact;
import dk.rammeflow.web.CaseDetail.Field;
import dk.rammeflow.web.CaseDetail.PartyRow;
import dk.rammeflow.web.CaseDetail.TextBlock;
import dk.rammeflow.web.CaseDetail.TimelineStep;
import dk.rammeflow.web.CaseDetail.StepState;
import dk.rammeflow.web.CaseSummary;
import dk.rammeflow.web.CaseSummary.Tone;
import dk.rammeflow.web.CaseType;
import dk.rammeflow.web.StartForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tariff rounds in the secretariat's overview: each operator's status, the decisions, the takstbilag versions. */
@Component
class TariffCaseType implements CaseType {

  private final TariffRounds rounds;
  private final CalendarTime time;

  TariffCaseType(TariffRounds rounds, CalendarTime time) {
    this.rounds = rounds;
    this.time = time;
  }

  @Override
  public String slug() {
    return "takster";
  }

  @Override
  public String label() {
    return "Takstrunder";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String processId() {
    return TariffService.ROUND_PROCESS;
  }

  @Override
  public String idVariable() {
    return "roundId";
  }

  @Override
  public List<StartForm> startForms() {
    return List.of(
        new StartForm("tariff-round-start", "Ny takstrunde", "Bed alle driftsherrer om næste års takster til godkendelse i DAS.", "/api/tariff-rounds", slug()));
  }

  @Override
  public List<CaseSummary> cases() {
    return rounds.all().stream().map(this::summary).toList();
  }

  private CaseSummary summary(TariffRound r) {
    long submitted = r.operators.stream().filter(o -> o.submissions > 0).count();
    long approved = r.operators.stream().filter(o -> o.status == TariffRound.OperatorStatus.APPROVED).count();
    String status = switch (r.status) {
      case OPEN -> "Indberetning i gang";
      case AT_DAS -> "Til godkendelse i DAS";
      case DECIDED -> approved == r.operators.size() ? "Alle takster godkendt" : "DAS har besluttet; resten følger i FU";
      case ORPHANED -> "Forældreløs (processen findes ikke)";
    };
    Tone tone = switch (r.status) {
      case OPEN, AT_DAS -> Tone.ACTIVE;
      case DECIDED -> approved == r.operators.size() ? Tone.DONE : Tone.ATTENTION;
      case ORPHANED -> Tone.PROBLEM;
    };
    return new CaseSummary(r.roundId, "Takster %d".formatted(r.year), status, tone, danish(r.openedAt), DanishDates.format(r.deadline),
        "%d af %d har indberettet".formatted(submitted, r.operators.size()));
  }

  @Override
  public Optional<CaseDetail> detail(String id) {
    return rounds.find(id).map(r -> {
      List<Fact> facts = List.of(new Fact("Takstår", String.valueOf(r.year)), new Fact("Frist for indberetning", DanishDates.format(r.deadline)),
          new Fact("DAS-møde", DanishDates.format(r.dasMeetingDate)), new Fact("Sagsbehandler", r.caseWorker));
      List<TextBlock> texts = new ArrayList<>();
      if (!r.warnings.isEmpty()) {
        texts.add(new TextBlock("Bemærk", r.warnings));
      }
      for (TariffRound.Decision d : r.decisions) {
        texts.add(new TextBlock("%s %s (%s)".formatted(d.forum(), DanishDates.format(d.meetingDate()), d.outcome()),
            List.of(d.decisionText(), "%d takster godkendt, %d ikke godkendt%s".formatted(d.approvedRows(), d.rejectedRows(),
                d.rejectedOffers().isEmpty() ? "" : ": " + String.join(", ", d.rejectedOffers())))));
      }
      List<PartyRow> parties = r.operators.stream().map(o -> new PartyRow(o.name, label(o.status), tone(o.status),
          o.submittedAt == null ? null : danish(o.submittedAt),
          o.lastProblems.isEmpty() ? "%d takster, %d godkendt".formatted(o.rows.size(), o.approved.size())
              : "%d fejl i seneste indberetning".formatted(o.lastProblems.size()))).toList();
      List<DocumentLink> documents = new ArrayList<>();
      for (TariffRound.Annex a : r.annexes.reversed()) {
        documents.add(new DocumentLink("Takstbilag version %d (%s)".formatted(a.version(), a.reason()), "/api/documents/" + a.xlsxDocumentId(), "XLSX"));
        documents.add(new DocumentLink("Takstbilag version %d (%s)".formatted(a.version(), a.reason()), "/api/documents/" + a.pdfDocumentId(), "PDF"));
      }
      List<CaseAction> actions = new ArrayList<>();
      if (r.status != TariffRound.Status.ORPHANED) {
        actions.add(new CaseAction("revise", "Revidér en driftsherres takster",
            "Genåbner kun denne driftsherres takster; de reviderede takster godkendes af FU, og DAS orienteres.", "POST",
            "/api/tariff-rounds/%s/revisions".formatted(r.roundId),
            List.of(Field.text("operatorId", "Driftsherre (id)", true, "f.eks. aalborg"), Field.textarea("reason", "Begrundelse", true, null),
                Field.date("earliestDate", "Tidligste FU-møde fra", false, null)),
            "Start revision", null, "Revisionen er startet; driftsherren får besked."));
      }
      TimelineStep deadline = new TimelineStep("Frist for indberetning", DanishDates.format(r.deadline), null,
          r.status == TariffRound.Status.OPEN ? (time.today().isAfter(r.deadline) ? StepState.OVERDUE : StepState.PENDING) : StepState.DONE);
      TimelineStep das = new TimelineStep("DAS godkender", DanishDates.format(r.dasMeetingDate),
          r.decisions.stream().filter(d -> d.forum().equals("DAS")).findFirst().map(d -> d.outcome() + " " + DanishDates.format(d.meetingDate())).orElse(null),
          r.status == TariffRound.Status.DECIDED ? StepState.DONE : StepState.PENDING);
      return new CaseDetail(summary(r), facts, texts, List.of(deadline, das), parties, documents, actions);
    });
  }

  private static String label(TariffRound.OperatorStatus status) {
    return switch (status) {
      case REQUESTED -> "Afventer indberetning";
      case SUBMITTED -> "Indberettet";
      case AT_DAS -> "Til godkendelse i DAS";
      case AT_FU -> "Til godkendelse i FU";
      case APPROVED -> "Godkendt";
      case PARTLY_APPROVED -> "Delvist godkendt";
      case REJECTED -> "Ikke godkendt";
      case LATE -> "For sent – godkendes af FU";
      case REOPENED -> "Genåbnet (revision)";
    };
  }

  private static Tone tone(TariffRound.OperatorStatus status) {
    return switch (status) {
      case APPROVED -> Tone.DONE;
      case PARTLY_APPROVED, LATE, REOPENED -> Tone.ATTENTION;
      case REJECTED -> Tone.PROBLEM;
      default -> Tone.ACTIVE;
    };
  }

  private static String danish(Instant instant) {
    return instant == null ? null : DanishDates.format(instant.atZone(CalendarTime.ZONE).toLocalDate());
  }
}
