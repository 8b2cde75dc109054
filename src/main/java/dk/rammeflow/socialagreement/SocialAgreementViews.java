package dk.rammeflow.socialagreement;

import static dk.rammeflow.socialagreement.SocialAgreementSteps.dateText;

import dk.rammeflow.socialagreement.SocialAgreementCase.Council;
import dk.rammeflow.socialagreement.SocialAgreementCase.Initiative;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of a case for the API and the rows of the mails' status table. */
final class SocialAgreementViews {

  private SocialAgreementViews() {}

  static Map<String, Object> status(SocialAgreementCase c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("caseId", c.caseId());
    out.put("title", c.title());
    out.put("period", c.period());
    out.put("status", c.status().name());
    out.put("caseWorker", c.caseWorker());
    out.put("startDate", c.startDate().toString());
    out.put("historical", c.historical());
    out.put("electionYear", c.electionYear());
    out.put("supplyDemandReview", c.supplyDemandReview());
    out.put("focusAreas", c.focusAreas());
    out.put("localApprovalDeadline", SocialAgreementStage.deadline(c.firstYear()).toString());
    out.put("planFits", c.planFits());
    out.put("planWarnings", c.planWarnings());
    out.put("tidsplan", c.plan());
    out.put("steps", c.steps().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", s.key());
      m.put("label", s.label());
      m.put("kind", s.kind());
      m.put("forum", s.forum());
      m.put("date", s.date() == null ? null : s.date().toString());
      m.put("outcome", s.outcome());
      m.put("outcomeLabel", s.outcomeLabel());
      m.put("text", s.text());
      m.put("writtenProcedure", s.writtenProcedure());
      m.put("postponements", s.postponements());
      return m;
    }).toList());
    out.put("capacityDecision", c.capacityDecision());
    out.put("material", c.material());
    out.put("councilDueDate", c.councilDueDate() == null ? null : c.councilDueDate().toString());
    out.put("councils", councilTable(c));
    out.put("allCouncilsDecided", c.allCouncilsDecided());
    out.put("adoptedOn", c.adoptedOn() == null ? null : c.adoptedOn().toString());
    out.put("initiatives", c.initiatives().stream().map(SocialAgreementViews::initiative).toList());
    out.put("statusReports", c.statusReports().stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", r.number());
      m.put("summary", r.summary());
      m.put("proposedImplemented", r.proposedImplemented());
      m.put("meetingDate", r.meetingDate() == null ? null : r.meetingDate().toString());
      m.put("outcomeLabel", r.outcomeLabel());
      return m;
    }).toList());
    return out;
  }

  static Map<String, Object> initiative(Initiative i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("focusArea", i.focusArea());
    m.put("title", i.title());
    m.put("status", i.status());
    m.put("statusNote", i.statusNote());
    m.put("statusOn", i.statusOn() == null ? null : i.statusOn().toString());
    m.put("implemented", i.implemented());
    m.put("implementedOn", i.implementedOn() == null ? null : i.implementedOn().toString());
    return m;
  }

  /** One row per council: its id, name and status text ("Godkendt 27. oktober 2026", "Mangler (påmindet ...)"). */
  static List<Map<String, String>> councilTable(SocialAgreementCase c) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Council council : c.councils()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", council.id());
      row.put("council", council.name());
      row.put("status", councilStatus(council));
      rows.add(row);
    }
    return rows;
  }

  static String councilStatus(Council council) {
    String reminded = council.remindedOn().isEmpty() ? ""
        : " (påmindet " + String.join(", ", council.remindedOn().stream().map(SocialAgreementSteps::dateText).toList()) + ")";
    if (!council.decided()) {
      return "Mangler" + reminded;
    }
    return (Boolean.FALSE.equals(council.approved()) ? "Ikke godkendt " : "Godkendt ") + dateText(council.decidedOn()) + reminded;
  }
}
