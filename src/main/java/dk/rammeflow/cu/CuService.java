package dk.rammeflow.cu;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.cu.CuCase.Council;
import dk.rammeflow.cu.CuCase.Status;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.cu.CuController.StartedCase;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The operations on a Central Udmelding case from outside the process: start it, a negotiated deadline, a
 * council's approval, a follow-up question and the outcome from Socialstyrelsen. Each checks the request against
 * the case and asks the process (start, message); the process's steps write the case. A request that does not fit
 * the case's state gets a Danish {@link CuException}, and nothing is asked.
 */
@Service
class CuService {

  static final int MAX_TEXT = Inputs.MAX_TEXT;

  private final CuInput input;
  private final CuPlanning planning;
  private final CuCases cases;
  private final MaterialReader materials;
  private final CalendarTime clock;
  private final WorkingDayCalendar workingDays;
  private final CuMessages messages;

  CuService(CuInput input, CuPlanning planning, CuCases cases, MaterialReader materials, CalendarTime clock, WorkingDayCalendar workingDays,
      CuMessages messages) {
    this.input = input;
    this.planning = planning;
    this.cases = cases;
    this.materials = materials;
    this.clock = clock;
    this.workingDays = workingDays;
    this.messages = messages;
  }

  /** Checks the input and the plan completely, then starts the process. */
  StartedCase start(Map<String, Object> variables) {
    CuCase checked = input.read(variables, clock.today(), clock.now().toInstant());
    if (cases.exists(checked.caseId())) {
      throw new CuConflictException("Sagen '%s' findes allerede; vælg et andet id.".formatted(checked.caseId()));
    }
    CuPlanning.CasePlan plan = planning.plan(checked, checked.today(clock.today()));
    Map<String, Object> withId = new LinkedHashMap<>(variables);
    withId.put("caseId", checked.caseId());
    long key = messages.start(withId);
    return new StartedCase(checked.caseId(), key, plan.fits(), plan.plan().warnings());
  }

  /** A new deadline agreed with Socialstyrelsen: what is left is planned again towards it. */
  void negotiateDeadline(String caseId, Object agreedDeadline) {
    CuCase c = require(caseId);
    requireOpen(c, "Fristen kan ikke ændres");
    List<String> problems = new ArrayList<>();
    LocalDate date = Inputs.date(agreedDeadline, "Den aftalte frist", problems);
    if (date == null && problems.isEmpty()) {
      problems.add("Angiv den aftalte frist.");
    } else if (date != null && !date.isAfter(c.today(clock.today()))) {
      problems.add("Den aftalte frist (%s) skal ligge efter sagens dato (%s).".formatted(DanishDates.format(date), DanishDates.format(c.today(clock.today()))));
    } else if (date != null && !workingDays.isSupported(date)) {
      problems.add("Den aftalte frist (%s) ligger uden for kalenderens år (%d–%d).".formatted(DanishDates.format(date), workingDays.firstYear(), workingDays.lastYear()));
    }
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    messages.publish(CuMessages.DEADLINE_NEGOTIATED, caseId, null, Map.of("agreedDeadline", date.toString()));
  }

  /**
   * A council has approved the response: checked, and the case's process is told (its step records it). Asking
   * twice is harmless: the message id is the council, round and date, and the step keeps the first approval.
   */
  void registerCouncilApproval(String caseId, String councilId, Object approvedOn, Object note) {
    CuCase c = require(caseId);
    requireNotOrphaned(c);
    if (c.status() == Status.CLOSED) {
      throw new CuConflictException(closedMessage(c));
    }
    if (c.councils().isEmpty()) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til politisk godkendelse i kommunerne.".formatted(c.title()));
    }
    Council council = c.council(councilId).orElseThrow(() -> new CuException(
        "'%s' er ikke et af de byråd og kommunalbestyrelser, der skal godkende besvarelsen.".formatted(councilId)));
    List<String> problems = new ArrayList<>();
    LocalDate date = Inputs.date(approvedOn, "Datoen for godkendelsen", problems);
    String text = Inputs.text(note, "Bemærkningen", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    LocalDate on = date == null ? c.today(clock.today()) : date;
    if (council.approved() && !council.approvedOn().equals(on)) {
      throw new CuConflictException("%s har allerede godkendt besvarelsen den %s.".formatted(council.name(), DanishDates.format(council.approvedOn())));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("approvedOn", on.toString());
    variables.put("approvalNote", text);
    variables.put("councilId", councilId);
    messages.publish(CuMessages.COUNCIL_APPROVED, caseId, "approval:%s/%s:%d:%s".formatted(caseId, councilId, c.round(), on), variables);
  }

  /** A follow-up question from Socialstyrelsen after the submission: an answer task for the secretariat. */
  String askFollowUp(String caseId, Object question, Object askedOn) {
    CuCase c = require(caseId);
    requireNotOrphaned(c);
    if (c.status() == Status.CLOSED) {
      throw new CuException(closedMessage(c) + " Opfølgende spørgsmål kan ikke længere besvares i sagen.");
    }
    if (c.status() == Status.OPEN) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til Socialstyrelsen, så der kan ikke stilles opfølgende spørgsmål til den.".formatted(c.title()));
    }
    List<String> problems = new ArrayList<>();
    String text = Inputs.requiredText(question, "Spørgsmålet", MAX_TEXT, "Skriv Socialstyrelsens spørgsmål.", problems);
    LocalDate date = Inputs.date(askedOn, "Datoen for spørgsmålet", problems);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    LocalDate on = date == null ? c.today(clock.today()) : date;
    String id = "spm-" + (c.followUps().size() + 1);
    cases.update(caseId, k -> k.addFollowUp(new CuCase.FollowUp(id, text, on, null, null)));
    messages.publish(CuMessages.FOLLOW_UP_QUESTION, caseId, null, Map.of("followUpId", id, "followUpQuestion", text, "followUpAskedOn", on.toString()));
    return id;
  }

  /** Socialstyrelsen's outcome. A renewed Central Udmelding needs its new deadline (and may bring a new document). */
  void registerOutcome(String caseId, Object outcome, Object text, Object newDeadline, Object newDocument) {
    CuCase c = require(caseId);
    requireNotOrphaned(c);
    if (c.status() == Status.CLOSED) {
      throw new CuException(closedMessage(c));
    }
    if (c.status() == Status.OPEN) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til Socialstyrelsen.".formatted(c.title()));
    }
    List<String> problems = new ArrayList<>();
    String outcomeText = Inputs.text(outcome, "Afgørelsen", problems);
    String explanation = Inputs.text(text, "Afgørelsens tekst", MAX_TEXT, problems);
    AgencyOutcome value = AgencyOutcome.of(outcomeText).orElse(null);
    if (value == null && problems.isEmpty()) {
      problems.add("Ukendt afgørelse '%s'. Brug accepteret, fornyet-udmelding eller driftspaalaeg.".formatted(outcomeText));
    }
    LocalDate deadline = Inputs.date(newDeadline, "Den nye frist", problems);
    Map<String, String> document = materials.reference("Fornyet central udmelding", newDocument, problems).orElse(null);
    if (value == AgencyOutcome.RENEWED && deadline == null) {
      problems.add("En fornyet central udmelding skal have en ny frist.");
    } else if (value == AgencyOutcome.RENEWED && !deadline.isAfter(c.today(clock.today()))) {
      problems.add("Den nye frist (%s) skal ligge efter i dag.".formatted(DanishDates.format(deadline)));
    }
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("agencyOutcome", value.value());
    variables.put("agencyOutcomeLabel", value.label());
    variables.put("agencyOutcomeText", explanation);
    variables.put("newAgencyDeadline", deadline == null ? null : deadline.toString());
    variables.put("newCuDocument", document);
    messages.publish(CuMessages.AGENCY_OUTCOME, caseId, null, variables);
  }

  CuCase require(String caseId) {
    if (!Ids.isValid(caseId)) {
      throw new UnknownCaseException(caseId);
    }
    return cases.require(caseId);
  }

  private static void requireNotOrphaned(CuCase c) {
    if (c.status() == Status.ORPHANED) {
      throw new CuConflictException(orphanedMessage(c));
    }
  }

  static String orphanedMessage(CuCase c) {
    return "Sagen '%s' kan ikke længere behandles: dens proces findes ikke mere, efter at Rammeflow blev genstartet. Start en ny sag."
        .formatted(c.title());
  }

  private static void requireOpen(CuCase c, String what) {
    requireNotOrphaned(c);
    if (c.status() == Status.CLOSED) {
      throw new CuConflictException(what + ": " + closedMessage(c));
    }
    if (c.status() == Status.SUBMITTED) {
      throw new CuConflictException(what + ": besvarelsen af '%s' er allerede sendt til Socialstyrelsen den %s.".formatted(c.title(),
          c.currentSubmission().map(s -> DanishDates.format(s.sentOn())).orElse("?")));
    }
  }

  private static String closedMessage(CuCase c) {
    String outcome = c.outcomes().isEmpty() ? "" : " (" + c.outcomes().getLast().label() + ")";
    return "Sagen '%s' er afsluttet%s.".formatted(c.title(), outcome);
  }

}
