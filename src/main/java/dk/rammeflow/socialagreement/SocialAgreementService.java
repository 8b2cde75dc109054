package dk.rammeflow.socialagreement;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.socialagreement.SocialAgreementCase.Council;
import dk.rammeflow.socialagreement.SocialAgreementCase.Initiative;
import dk.rammeflow.socialagreement.SocialAgreementCase.Status;
import dk.rammeflow.socialagreement.SocialAgreementController.StartedAgreement;
import dk.rammeflow.socialagreement.SocialAgreementPlanning.AgreementPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The operations on an agreement from outside the process: start it, a council's decision, an initiative's status.
 * Each checks the request against the case and asks the process (start, message); the process's steps write the case.
 */
@Service
class SocialAgreementService {

  private final SocialAgreementInput input;
  private final SocialAgreementPlanning planning;
  private final SocialAgreementCases cases;
  private final SocialAgreementMessages messages;
  private final CalendarTime clock;

  SocialAgreementService(SocialAgreementInput input, SocialAgreementPlanning planning, SocialAgreementCases cases, SocialAgreementMessages messages,
      CalendarTime clock) {
    this.input = input;
    this.planning = planning;
    this.cases = cases;
    this.messages = messages;
    this.clock = clock;
  }

  StartedAgreement start(Map<String, Object> variables) {
    SocialAgreementCase checked = input.read(variables, clock.today(), clock.now().toInstant());
    if (cases.exists(checked.caseId())) {
      throw new AgreementConflictException("Sagen '%s' findes allerede.".formatted(checked.caseId()));
    }
    AgreementPlan plan = planning.plan(checked.title(), checked.firstYear(), checked.electionYear(), checked.supplyDemandReview(), checked.startDate());
    Map<String, Object> withId = new LinkedHashMap<>(variables);
    withId.put("caseId", checked.caseId());
    long key = messages.start(withId);
    return new StartedAgreement(checked.caseId(), key, plan.fits(), plan.warnings());
  }

  SocialAgreementCase require(String caseId) {
    return cases.require(caseId);
  }

  /** A council's (or Regionsrådet's) decision on the agreement; asking twice with the same date is harmless. */
  void registerCouncilDecision(String caseId, String councilId, Object decidedOn, Object approved, Object note) {
    SocialAgreementCase c = requireActive(caseId);
    if (c.councils().isEmpty()) {
      throw new AgreementConflictException("%s er endnu ikke sendt til politisk godkendelse.".formatted(c.title()));
    }
    Council council = c.council(councilId).orElseThrow(() -> new SocialAgreementException(
        "'%s' er ikke et af de byråd, kommunalbestyrelser eller Regionsrådet, der skal godkende socialaftalen.".formatted(councilId)));
    List<String> problems = new ArrayList<>();
    LocalDate date = Inputs.date(decidedOn, "Datoen for beslutningen", problems);
    boolean yes = Inputs.bool(approved, true, "Godkendt", problems);
    String text = Inputs.text(note, "Bemærkningen", Inputs.MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    LocalDate on = date == null ? c.today(clock.today()) : date;
    if (council.decided() && !council.decidedOn().equals(on)) {
      throw new AgreementConflictException("%s har allerede behandlet socialaftalen den %s.".formatted(council.name(), DanishDates.format(council.decidedOn())));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decidedOn", on.toString());
    variables.put("approved", yes);
    variables.put("decisionNote", text);
    messages.publish(SocialAgreementMessages.COUNCIL_DECISION, caseId + "/" + councilId, "decision:%s/%s:%s".formatted(caseId, councilId, on), variables);
  }

  /** An initiative's status between DAS meetings. */
  void registerInitiativeStatus(String caseId, String initiativeId, Object status, Object note, Object statusOn) {
    SocialAgreementCase c = requireActive(caseId);
    Initiative initiative = c.initiative(initiativeId).orElseThrow(() -> new SocialAgreementException(
        c.initiatives().isEmpty() ? "%s har endnu ingen handleplan.".formatted(c.title()) : "Initiativet '%s' findes ikke i handleplanen.".formatted(initiativeId)));
    List<String> problems = new ArrayList<>();
    String text = Inputs.requiredText(status, "Status", Inputs.MAX_LINE, "Angiv initiativets status.", problems);
    String noteText = Inputs.text(note, "Bemærkningen", Inputs.MAX_TEXT, problems);
    LocalDate on = Inputs.date(statusOn, "Datoen", problems);
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    if (initiative.implemented()) {
      throw new AgreementConflictException("Initiativet '%s' er betragtet som udmøntet (%s).".formatted(initiative.title(), DanishDates.format(initiative.implementedOn())));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("initiativeId", initiativeId);
    variables.put("initiativeStatus", text);
    variables.put("statusNote", noteText);
    variables.put("statusOn", on == null ? c.today(clock.today()).toString() : on.toString());
    messages.publish(SocialAgreementMessages.INITIATIVE_STATUS, caseId, null, variables);
  }

  private SocialAgreementCase requireActive(String caseId) {
    SocialAgreementCase c = cases.require(caseId);
    if (c.status() == Status.ORPHANED) {
      throw new AgreementConflictException("Sagen '%s' kører ikke længere i procesmotoren (ORPHANED) og kan ikke ændres.".formatted(caseId));
    }
    if (c.status() == Status.IMPLEMENTED) {
      throw new AgreementConflictException("%s er udmøntet; sagen er afsluttet.".formatted(c.title()));
    }
    return c;
  }
}
