package dk.rammeflow.cu;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.cu.CuCase.Council;
import dk.rammeflow.cu.CuCase.Status;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.forum.Material;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The operations on a Central Udmelding case from outside the process: start it, a negotiated deadline, a
 * council's approval, a follow-up question and the outcome from Socialstyrelsen. Each checks the case first and
 * answers a request that does not fit its state with a Danish {@link CuException}, leaving nothing half done.
 */
@Service
public class CuService {

  public static final String PROCESS_ID = "central-notification-response";
  public static final String MESSAGE_DEADLINE_NEGOTIATED = "cu-deadline-negotiated";
  public static final String MESSAGE_COUNCIL_APPROVED = "cu-council-approved";
  public static final String MESSAGE_FOLLOW_UP_QUESTION = "cu-follow-up-question";
  public static final String MESSAGE_AGENCY_OUTCOME = "cu-agency-outcome";

  private final CuInput input;
  private final CuPlanning planning;
  private final CuCases cases;
  private final DocumentStore documents;
  private final CalendarTime clock;
  private final WorkingDayCalendar workingDays;
  private final CamundaClient client;

  public CuService(CuInput input, CuPlanning planning, CuCases cases, DocumentStore documents, CalendarTime clock, WorkingDayCalendar workingDays,
      CamundaClient client) {
    this.input = input;
    this.planning = planning;
    this.cases = cases;
    this.documents = documents;
    this.clock = clock;
    this.workingDays = workingDays;
    this.client = client;
  }

  public record StartedCase(String caseId, long processInstanceKey, boolean planFits, List<String> planWarnings) {}

  /** Checks the input and the plan completely, then starts the process. */
  public StartedCase start(Map<String, Object> variables) {
    CuCase checked = input.read(variables, clock.today(), clock.now().toInstant());
    CuPlanning.CasePlan plan = planning.plan(checked, checked.today(clock.today()));
    Map<String, Object> withId = new LinkedHashMap<>(variables);
    withId.put("caseId", checked.caseId());
    long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion().variables(withId).send().join().getProcessInstanceKey();
    return new StartedCase(checked.caseId(), key, plan.fits(), plan.plan().warnings());
  }

  /** A new deadline agreed with Socialstyrelsen: what is left is planned again towards it. */
  public void negotiateDeadline(String caseId, Object agreedDeadline) {
    CuCase c = cases.require(caseId);
    requireOpen(c, "Fristen kan ikke ændres");
    List<String> problems = new ArrayList<>();
    LocalDate date = CuInput.date(agreedDeadline, "Den aftalte frist", problems);
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
    publish(MESSAGE_DEADLINE_NEGOTIATED, caseId, Map.of("agreedDeadline", date.toString()));
  }

  /** A council has approved the response: recorded at once, and the case's process is told. */
  public void registerCouncilApproval(String caseId, String councilId, Object approvedOn, String note) {
    CuCase c = cases.require(caseId);
    if (c.status() == Status.CLOSED) {
      throw new CuException(closedMessage(c));
    }
    if (c.councils().isEmpty()) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til politisk godkendelse i kommunerne.".formatted(c.title()));
    }
    Council council = c.council(councilId).orElseThrow(() -> new CuException(
        "'%s' er ikke et af de byråd og kommunalbestyrelser, der skal godkende besvarelsen.".formatted(councilId)));
    List<String> problems = new ArrayList<>();
    LocalDate date = CuInput.date(approvedOn, "Datoen for godkendelsen", problems);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    LocalDate on = date == null ? c.today(clock.today()) : date;
    if (council.approved() && !council.approvedOn().equals(on)) {
      throw new CuException("%s har allerede godkendt besvarelsen den %s.".formatted(council.name(), DanishDates.format(council.approvedOn())));
    }
    cases.update(caseId, k -> k.approve(councilId, on, note == null || note.isBlank() ? null : note.trim()));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("approvedOn", on.toString());
    variables.put("approvalNote", note == null ? "" : note.trim());
    publish(MESSAGE_COUNCIL_APPROVED, caseId + "/" + councilId, variables);
  }

  /** A follow-up question from Socialstyrelsen after the submission: an answer task for the secretariat. */
  public String askFollowUp(String caseId, String question, Object askedOn) {
    CuCase c = cases.require(caseId);
    if (c.status() == Status.CLOSED) {
      throw new CuException(closedMessage(c) + " Opfølgende spørgsmål kan ikke længere besvares i sagen.");
    }
    if (c.status() == Status.OPEN) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til Socialstyrelsen, så der kan ikke stilles opfølgende spørgsmål til den.".formatted(c.title()));
    }
    String text = question == null ? "" : question.trim();
    List<String> problems = new ArrayList<>();
    if (text.isEmpty()) {
      problems.add("Skriv Socialstyrelsens spørgsmål.");
    }
    LocalDate date = CuInput.date(askedOn, "Datoen for spørgsmålet", problems);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    LocalDate on = date == null ? c.today(clock.today()) : date;
    String id = "spm-" + (c.followUps().size() + 1);
    cases.update(caseId, k -> k.addFollowUp(new CuCase.FollowUp(id, text, on, null, null)));
    publish(MESSAGE_FOLLOW_UP_QUESTION, caseId, Map.of("followUpId", id, "followUpQuestion", text, "followUpAskedOn", on.toString()));
    return id;
  }

  /** Socialstyrelsen's outcome. A renewed Central Udmelding needs its new deadline (and may bring a new document). */
  public void registerOutcome(String caseId, String outcome, String text, Object newDeadline, Object newDocument) {
    CuCase c = cases.require(caseId);
    if (c.status() == Status.CLOSED) {
      throw new CuException(closedMessage(c));
    }
    if (c.status() == Status.OPEN) {
      throw new CuException("Besvarelsen af '%s' er endnu ikke sendt til Socialstyrelsen.".formatted(c.title()));
    }
    List<String> problems = new ArrayList<>();
    AgencyOutcome value = AgencyOutcome.of(outcome).orElse(null);
    if (value == null) {
      problems.add("Ukendt afgørelse '%s'. Brug accepteret, fornyet-udmelding eller driftspaalaeg.".formatted(outcome));
    }
    LocalDate deadline = CuInput.date(newDeadline, "Den nye frist", problems);
    Map<String, String> document = Material.reference("Fornyet central udmelding", newDocument, documents, problems).orElse(null);
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
    variables.put("agencyOutcomeText", text == null ? "" : text.trim());
    variables.put("newAgencyDeadline", deadline == null ? null : deadline.toString());
    variables.put("newCuDocument", document);
    publish(MESSAGE_AGENCY_OUTCOME, caseId, variables);
  }

  private static void requireOpen(CuCase c, String what) {
    if (c.status() == Status.CLOSED) {
      throw new CuException(what + ": " + closedMessage(c));
    }
    if (c.status() == Status.SUBMITTED) {
      throw new CuException(what + ": besvarelsen af '%s' er allerede sendt til Socialstyrelsen den %s.".formatted(c.title(),
          c.currentSubmission().map(s -> DanishDates.format(s.sentOn())).orElse("?")));
    }
  }

  private static String closedMessage(CuCase c) {
    String outcome = c.outcomes().isEmpty() ? "" : " (" + c.outcomes().getLast().label() + ")";
    return "Sagen '%s' er afsluttet%s.".formatted(c.title(), outcome);
  }

  private void publish(String message, String correlationKey, Map<String, Object> variables) {
    client.newPublishMessageCommand()
        .messageName(message)
        .correlationKey(correlationKey)
        .variables(variables)
        .timeToLive(Duration.ofHours(1))
        .send()
        .join();
  }
}
