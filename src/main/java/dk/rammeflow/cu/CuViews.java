package dk.rammeflow.cu;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.cu.CuCase.Council;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A case as plain maps: for the REST API, the status table in mails, and process variables. */
final class CuViews {

  private CuViews() {}

  /** The status table of the councils' political approval: one row per council. */
  public static List<Map<String, Object>> councilTable(CuCase c) {
    return c.councils().stream().map(council -> councilRow(c, council)).toList();
  }

  static Map<String, Object> councilRow(CuCase c, Council council) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("councilId", council.id());
    row.put("council", council.name());
    row.put("approved", council.approved());
    row.put("approvedOn", iso(council.approvedOn()));
    row.put("approvedLate", c.councilDueDate() != null && council.approved() && council.approvedOn().isAfter(c.councilDueDate()));
    row.put("remindedOn", council.remindedOn().stream().map(LocalDate::toString).toList());
    String status = council.approved() ? "Godkendt " + DanishDates.format(council.approvedOn()) : "Mangler";
    if (!council.remindedOn().isEmpty()) {
      status += " (påmindet " + String.join(", ", council.remindedOn().stream().map(DanishDates::format).toList()) + ")";
    }
    row.put("status", status);
    return row;
  }

  public static Map<String, Object> status(CuCase c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("caseId", c.caseId());
    out.put("round", c.round());
    out.put("title", c.title());
    out.put("targetGroup", c.targetGroup());
    out.put("status", c.status().name());
    out.put("historical", c.historical());
    out.put("startDate", iso(c.startDate()));
    out.put("agencyDeadline", iso(c.agencyDeadline()));
    out.put("agreedDeadline", iso(c.agreedDeadline()));
    out.put("caseWorker", c.caseWorker());
    out.put("stepsDone", c.stepsDone());
    out.put("planFits", c.planFits());
    out.put("plan", c.plan());
    out.put("forumSteps", c.forumSteps().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("round", s.round());
      m.put("step", s.step());
      m.put("forum", s.forum());
      m.put("decisionId", s.decisionId());
      m.put("meetingDate", iso(s.meetingDate()));
      m.put("outcome", s.outcome());
      m.put("outcomeLabel", s.outcomeLabel());
      m.put("decisionText", s.decisionText());
      m.put("writtenProcedure", s.writtenProcedure());
      m.put("postponements", s.postponements());
      return m;
    }).toList());
    out.put("hearingId", c.hearingId());
    out.put("submissions", c.submissions().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("round", s.round());
      m.put("sentOn", iso(s.sentOn()));
      m.put("withReservation", s.withReservation());
      m.put("councilsApproved", s.councilsApproved());
      m.put("documentName", s.documentName());
      return m;
    }).toList());
    out.put("councilDueDate", iso(c.councilDueDate()));
    out.put("councils", councilTable(c));
    out.put("allCouncilsApproved", c.allCouncilsApproved());
    out.put("followUps", c.followUps().stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("question", f.question());
      m.put("askedOn", iso(f.askedOn()));
      m.put("answer", f.answer());
      m.put("answeredOn", iso(f.answeredOn()));
      return m;
    }).toList());
    out.put("outcomes", c.outcomes().stream().map(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("round", o.round());
      m.put("outcome", o.value());
      m.put("label", o.label());
      m.put("text", o.text());
      m.put("registeredOn", iso(o.registeredOn()));
      return m;
    }).toList());
    return out;
  }

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
