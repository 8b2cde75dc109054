package dk.rammeflow.forum;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.forum.ForumDecisionRecord.Status;
import dk.rammeflow.web.CaseDetail;
import dk.rammeflow.web.CaseDetail.CaseAction;
import dk.rammeflow.web.CaseDetail.Fact;
import dk.rammeflow.web.CaseDetail.Field;
import dk.rammeflow.web.CaseDetail.StepState;
import dk.rammeflow.web.CaseDetail.TextBlock;
import dk.rammeflow.web.CaseDetail.TimelineStep;
import dk.rammeflow.web.CaseSummary;
import dk.rammeflow.web.CaseSummary.Tone;
import dk.rammeflow.web.CaseType;
import dk.rammeflow.web.StartForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Forum items in the secretariat's overview: meeting, material, postponements, decision, meeting cancellation. */
@Component
class ForumCaseType implements CaseType {

  private final ForumDecisionRecords records;
  private final CalendarTime time;

  ForumCaseType(ForumDecisionRecords records, CalendarTime time) {
    this.records = records;
    this.time = time;
  }

  @Override
  public String slug() {
    return "forum";
  }

  @Override
  public String label() {
    return "Sager i fora";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String processId() {
    return ForumDecisionService.PROCESS_ID;
  }

  @Override
  public String idVariable() {
    return "decisionId";
  }

  @Override
  public List<StartForm> startForms() {
    return List.of(new StartForm("forum-decision-start", "Ny sag til et forum", "Sæt en sag med indstilling på et mødes dagsorden (FU, DAS, KDK, KKR, byråd).", "/api/forum-decisions", slug()));
  }

  @Override
  public List<CaseSummary> cases() {
    return records.all().stream().sorted(Comparator.comparing(ForumDecisionRecord::createdAt).reversed()).map(this::summary).toList();
  }

  private CaseSummary summary(ForumDecisionRecord r) {
    String status;
    Tone tone;
    if (r.status() == Status.DECIDED) {
      status = "Besluttet: " + r.decision().outcomeLabel();
      tone = Tone.DONE;
    } else if (r.status() == Status.WRITTEN_PROCEDURE) {
      status = "Skriftlig behandling";
      tone = Tone.ATTENTION;
    } else if (r.meetingDate() != null && r.meetingDate().isBefore(time.today())) {
      status = "Afventer registrering af beslutning";
      tone = Tone.ATTENTION;
    } else {
      status = "På dagsordenen";
      tone = Tone.ACTIVE;
    }
    return new CaseSummary(
        r.decisionId(), "%s – %s".formatted(r.forumName(), r.caseTitle()), status, tone, danish(r.createdAt()),
        r.meetingDate() == null ? null : DanishDates.format(r.meetingDate()),
        r.postponements().isEmpty() ? null : "Udsat %d gang(e)".formatted(r.postponements().size()));
  }

  @Override
  public Optional<CaseDetail> detail(String id) {
    return records.find(id).map(r -> {
      List<Fact> facts = new ArrayList<>(List.of(
          new Fact("Forum", r.forumName()),
          new Fact("Møde", r.meetingDate() == null ? "–" : DanishDates.format(r.meetingDate()) + (r.cancelledMeeting() ? " (aflyst – skriftlig behandling)" : "")),
          new Fact("Materialefrist", r.materialDeadline() == null ? "–" : DanishDates.format(r.materialDeadline())),
          new Fact("Sagsbehandler", r.caseWorker())));
      if (r.caseId() != null) {
        facts.add(new Fact("Indgår i sag", r.caseId()));
      }
      List<TextBlock> texts = new ArrayList<>(List.of(new TextBlock("Indstilling", List.of(r.recommendation()))));
      if (r.decision() != null) {
        texts.add(new TextBlock("Beslutning (%s)".formatted(r.decision().outcomeLabel()), List.of(r.decision().decisionText())));
      }
      List<CaseAction> actions = new ArrayList<>();
      if (r.status() == Status.SCHEDULED && r.meetingDate() != null && !r.meetingDate().isBefore(time.today())) {
        actions.add(new CaseAction("cancel-meeting", "Aflys mødet",
            "Alle sager, der venter på mødet %s den %s, behandles skriftligt i stedet.".formatted(r.forumName(), DanishDates.format(r.meetingDate())),
            "POST", "/api/forum-meetings/%s/%s/cancellation".formatted(r.forumId(), r.meetingDate()),
            List.of(Field.textarea("reason", "Begrundelse", true, null)), "Aflys mødet",
            "Vil du aflyse mødet? Sagerne på mødet går til skriftlig behandling.", "Mødet er aflyst. Sagerne behandles skriftligt."));
      }
      return new CaseDetail(summary(r), facts, texts, timeline(r), List.of(), List.of(), actions);
    });
  }

  private List<TimelineStep> timeline(ForumDecisionRecord r) {
    LocalDate today = time.today();
    List<TimelineStep> steps = new ArrayList<>();
    for (ForumDecisionRecord.Postponement p : r.postponements()) {
      steps.add(new TimelineStep("Møde " + DanishDates.format(p.meetingDate()), DanishDates.format(p.meetingDate()),
          "Udsat" + (p.writtenProcedure() ? " (skriftlig behandling)" : ""), StepState.LATE));
    }
    if (r.materialDeadline() != null) {
      Optional<LocalDate> sent = r.materialSent().stream().filter(d -> d.meetingDate().equals(r.meetingDate()))
          .map(d -> d.sentAt().atZone(CalendarTime.ZONE).toLocalDate()).min(Comparator.naturalOrder());
      steps.add(sent.map(s -> new TimelineStep("Materiale til medlemmerne", DanishDates.format(r.materialDeadline()), "Sendt " + DanishDates.format(s),
              s.isAfter(r.materialDeadline()) ? StepState.LATE : StepState.DONE))
          .orElse(new TimelineStep("Materiale til medlemmerne", DanishDates.format(r.materialDeadline()), null,
              today.isAfter(r.materialDeadline()) ? StepState.OVERDUE : StepState.PENDING)));
    }
    if (r.meetingDate() != null) {
      if (r.decision() != null) {
        LocalDate registered = r.decision().registeredAt().atZone(CalendarTime.ZONE).toLocalDate();
        steps.add(new TimelineStep("Beslutning", DanishDates.format(r.meetingDate()), "%s, registreret %s".formatted(r.decision().outcomeLabel(), DanishDates.format(registered)),
            r.decision().meetingDate() != null && r.decision().meetingDate().isAfter(r.meetingDate()) ? StepState.LATE : StepState.DONE));
      } else {
        steps.add(new TimelineStep("Beslutning", DanishDates.format(r.meetingDate()), null,
            today.isAfter(r.meetingDate()) ? StepState.OVERDUE : (today.equals(r.meetingDate()) ? StepState.CURRENT : StepState.PENDING)));
      }
    }
    return steps;
  }

  private static String danish(Instant instant) {
    return DanishDates.format(instant.atZone(CalendarTime.ZONE).toLocalDate());
  }
}
