package dk.rammeflow.tariff;

import dk.rammeflow.input.Inputs;
import dk.rammeflow.process.ProcessClient;
import dk.rammeflow.security.CurrentUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** What the API asks of tariff rounds: it checks the request, then starts an instance or publishes a message. */
@Service
class TariffService {

  static final String ROUND_PROCESS = "tariff-approval";
  static final String REVISION_PROCESS = "tariff-revision";
  static final String SUBMITTED_MESSAGE = "tariff-submitted";

  private final TariffRounds rounds;
  private final TariffRoundInput roundInput;
  private final TariffSteps steps;
  private final ProcessClient processes;
  /** Rounds started here whose opening step may not have registered them yet: a second start is refused at once. */
  private final Set<String> starting = ConcurrentHashMap.newKeySet();

  TariffService(TariffRounds rounds, TariffRoundInput roundInput, TariffSteps steps, ProcessClient processes) {
    this.rounds = rounds;
    this.roundInput = roundInput;
    this.steps = steps;
    this.processes = processes;
  }

  record Started(String roundId, long processInstanceKey, String dasMeetingDate, String cutoffAt, List<String> warnings) {}

  /** Opens the year's round: 400 with every problem, 409 when the year has one. */
  Started open(Map<String, Object> input) {
    TariffRoundInput.Plan plan = roundInput.read(input);
    if (rounds.exists(plan.roundId()) || !starting.add(plan.roundId())) {
      throw new TariffConflictException("Takstrunden for %d findes allerede (%s).".formatted(plan.year(), plan.roundId()));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String key : List.of("year", "submissionDeadline", "operators", "caseWorker")) {
      variables.put(key, input.get(key));
    }
    long key;
    try {
      key = processes.start(ROUND_PROCESS, variables);
    } catch (RuntimeException e) {
      starting.remove(plan.roundId());
      throw e;
    }
    return new Started(plan.roundId(), key, plan.das().date().toString(), plan.variables().get("cutoffAt").toString(), plan.warnings());
  }

  /**
   * An operator's submission as JSON ({@code rows}, or {@code sheetDocumentId} of an uploaded XLSX): checked in
   * full here (400 with every problem, nothing stored) and handed to the operator's waiting submission.
   */
  Map<String, Object> submit(String roundId, Map<String, Object> body, CurrentUser user) {
    TariffRound round = rounds.require(roundId);
    List<String> problems = new ArrayList<>();
    String operatorId = Inputs.requiredText(body.get("operatorId"), "Driftsherren", 80, "Angiv driftsherren (operatorId).", problems);
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    TariffRound.Operator operator = TariffSteps.requireOperator(round, operatorId);
    user.requireMemberOf(operator.party);
    if (round.status == TariffRound.Status.ORPHANED) {
      throw new TariffConflictException("Takstrunden %s er forældreløs; dens proces findes ikke længere.".formatted(roundId));
    }
    if (!EnumSet.of(TariffRound.OperatorStatus.REQUESTED, TariffRound.OperatorStatus.REOPENED).contains(operator.status)) {
      throw new TariffConflictException("%s kan ikke indberette takster nu (status %s); bed sekretariatet om en revision.".formatted(operator.name, operator.status));
    }
    problems.addAll(steps.problemsOf(body.get("rows"), body.get("sheetDocumentId")));
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("rows", body.get("rows"));
    variables.put("sheetDocumentId", body.get("sheetDocumentId"));
    variables.put("submittedBy", user.email());
    processes.publish(SUBMITTED_MESSAGE, TariffSteps.submissionKey(roundId, operatorId), null, variables, Duration.ofHours(1));
    return Map.of("roundId", roundId, "operatorId", operatorId, "status", "MODTAGET");
  }

  /** A revision of one operator's tariffs, approved by FU. */
  Map<String, Object> revise(String roundId, Map<String, Object> body) {
    TariffRound round = rounds.require(roundId);
    List<String> problems = new ArrayList<>();
    String operatorId = Inputs.requiredText(body.get("operatorId"), "Driftsherren", 80, "Angiv driftsherren (operatorId).", problems);
    Inputs.requiredText(body.get("reason"), "Begrundelsen", Inputs.MAX_LINE, "Angiv begrundelsen for revisionen.", problems);
    Inputs.date(body.get("earliestDate"), "Tidligste dato for FU", problems);
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    TariffRound.Operator operator = TariffSteps.requireOperator(round, operatorId);
    if (round.status == TariffRound.Status.ORPHANED) {
      throw new TariffConflictException("Takstrunden %s er forældreløs; dens proces findes ikke længere.".formatted(roundId));
    }
    if (EnumSet.of(TariffRound.OperatorStatus.REQUESTED, TariffRound.OperatorStatus.REOPENED, TariffRound.OperatorStatus.SUBMITTED,
        TariffRound.OperatorStatus.AT_DAS, TariffRound.OperatorStatus.AT_FU).contains(operator.status)) {
      throw new TariffConflictException("%s's takster er allerede under behandling (status %s).".formatted(operator.name, operator.status));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("roundId", roundId);
    variables.put("operatorId", operatorId);
    variables.put("reason", body.get("reason"));
    variables.put("earliestDate", body.get("earliestDate"));
    long key = processes.start(REVISION_PROCESS, variables);
    return Map.of("roundId", roundId, "operatorId", operatorId, "processInstanceKey", key);
  }
}
