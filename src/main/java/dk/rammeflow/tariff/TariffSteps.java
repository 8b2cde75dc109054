package dk.rammeflow.tariff;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.documents.DocumentNotFoundException;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.input.Inputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The automated steps of {@code tariff-approval}, {@code tariff-submission} and {@code tariff-revision}, for their
 * job workers: each takes the step's variables, writes what the step owns in the round's record, and returns the
 * variables it produces. A round's record is written only here.
 */
@Component
public class TariffSteps {

  static final String FORUM_DAS = "das";
  static final String FORUM_FU = "fu";
  static final String FORUM_KKR = "kkr";
  private static final Set<TariffRound.OperatorStatus> WAITING = EnumSet.of(TariffRound.OperatorStatus.REQUESTED, TariffRound.OperatorStatus.REOPENED,
      TariffRound.OperatorStatus.LATE);

  private final TariffRounds rounds;
  private final TariffRoundInput roundInput;
  private final TariffChecks checks;
  private final TariffMails mails;
  private final DocumentStore documents;
  private final CalendarTime clock;

  TariffSteps(TariffRounds rounds, TariffRoundInput roundInput, TariffProperties properties, TariffMails mails,
      DocumentStore documents, CalendarTime clock) {
    this.rounds = rounds;
    this.roundInput = roundInput;
    this.checks = new TariffChecks(properties);
    this.mails = mails;
    this.documents = documents;
    this.clock = clock;
  }

  /**
   * {@code rammeflow-tariff-open-round}: checks and plans the round and registers it for its process instance.
   *
   * @throws TariffException with every problem (Danish)
   */
  public Map<String, Object> openRound(Map<String, Object> input, long processInstanceKey) {
    TariffRoundInput.Plan plan = roundInput.read(input);
    TariffRound round = new TariffRound();
    round.roundId = plan.roundId();
    round.year = plan.year();
    round.deadline = plan.deadline();
    round.dasMeetingDate = plan.das().date();
    round.caseWorker = plan.caseWorker();
    round.processInstanceKey = processInstanceKey;
    round.openedAt = clock.now().toInstant();
    round.warnings = new ArrayList<>(plan.warnings());
    for (TariffOperators.Known known : plan.operators()) {
      TariffRound.Operator operator = new TariffRound.Operator();
      operator.operatorId = known.operatorId();
      operator.name = known.name();
      operator.party = known.party();
      operator.afterDas = known.afterDas();
      operator.contacts = new ArrayList<>(known.contacts());
      round.operators.add(operator);
    }
    TariffRound stored = rounds.createIfAbsent(round);
    if (stored.processInstanceKey != processInstanceKey) {
      throw new TariffException("Takstrunden for %d findes allerede (%s).".formatted(plan.year(), plan.roundId()));
    }
    Map<String, Object> out = new LinkedHashMap<>(plan.variables());
    // Decided on the engine's clock, not left to the cut-off timer: a round opened after its cut-off asks no operator
    // in the round (a request the timer would cancel at some moment), every operator follows separately by FU.
    out.put("cutoffPassed", !clock.now().isBefore(plan.cutoffAt()));
    return out;
  }

  /** {@code rammeflow-tariff-request}: asks the operator by mail, with the takstindberetningsskema prefilled. */
  public Map<String, Object> request(String roundId, String operatorId, String deadlineText, long processInstanceKey) {
    TariffRound round = rounds.update(roundId, r -> {
      TariffRound.Operator o = requireOperator(r, operatorId);
      o.revisionProcessInstanceKey = processInstanceKey;
      return r;
    });
    TariffRound.Operator operator = requireOperator(round, operatorId);
    List<TariffRow> prefilled = operator.approved.stream().map(e -> operator.revisionReason != null ? e.row : carriedForward(e.row)).toList();
    byte[] sheet = TariffSheet.write("Takstindberetningsskema %d – %s".formatted(round.year, operator.name), prefilled);
    mails.sendRequest(round, operator, deadlineText, sheet, operator.submissions + (operator.revisionReason == null ? 0 : 1000));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operatorId", operatorId);
    out.put("operatorName", operator.name);
    out.put("party", operator.party);
    out.put("year", round.year);
    out.put("submissionKey", submissionKey(roundId, operatorId));
    out.put("submissionProblems", null);
    return out;
  }

  /** Last year's approved tariff as this year's "previous" figure. */
  private static TariffRow carriedForward(TariffRow r) {
    return new TariffRow(r.offer(), r.service(), r.level(), r.legalBasis(), r.places(), r.unit(), r.occupancyPercent(), r.part(), r.budgetNew(),
        null, r.tariffNew(), null, null, null, null, "");
  }

  /** {@code rammeflow-tariff-remind}: one reminder per request, while the operator has not submitted. */
  public Map<String, Object> remind(String roundId, String operatorId, String deadlineText) {
    boolean[] send = {false};
    TariffRound round = rounds.update(roundId, r -> {
      TariffRound.Operator o = requireOperator(r, operatorId);
      send[0] = !o.reminded && WAITING.contains(o.status);
      o.reminded = true;
      return r;
    });
    if (send[0]) {
      TariffRound.Operator operator = requireOperator(round, operatorId);
      mails.sendReminder(round, operator, deadlineText, operator.submissions + (operator.revisionReason == null ? 0 : 1000));
    }
    return Map.of("reminded", send[0]);
  }

  /**
   * {@code rammeflow-tariff-check-submission}: reads the rows (a list, text lines, or an uploaded sheet), checks
   * them and stores them. Nothing is stored when any row has a problem: the operator gets every problem by mail.
   *
   * @throws TariffException with every problem (Danish)
   */
  public Map<String, Object> checkSubmission(String roundId, String operatorId, Object rows, Object sheetDocumentId, Object submittedBy) {
    TariffRound round = rounds.require(roundId);
    TariffRound.Operator operator = requireOperator(round, operatorId);
    List<String> problems = new ArrayList<>();
    List<TariffRow> read = read(rows, sheetDocumentId, problems);
    TariffChecks.Report report = problems.isEmpty() ? checks.check(read) : null;
    if (report != null) {
      problems.addAll(report.problems());
    }
    if (!problems.isEmpty()) {
      TariffRound updated = rounds.update(roundId, r -> {
        TariffRound.Operator o = requireOperator(r, operatorId);
        o.lastProblems = new ArrayList<>(problems);
        o.refusals++;
        return r;
      });
      TariffRound.Operator refused = requireOperator(updated, operatorId);
      mails.sendProblems(updated, refused, problems, refused.refusals);
      throw new TariffException(problems);
    }
    Instant now = clock.now().toInstant();
    String by = Inputs.plain(submittedBy);
    rounds.update(roundId, r -> {
      TariffRound.Operator o = requireOperator(r, operatorId);
      if (!WAITING.contains(o.status) && o.status != TariffRound.OperatorStatus.SUBMITTED) {
        throw new TariffConflictException("%s kan ikke indberette nu (status %s).".formatted(o.name, o.status));
      }
      o.rows = new ArrayList<>(read.stream().map(TariffRound.Row::new).toList());
      o.status = TariffRound.OperatorStatus.SUBMITTED;
      o.submittedAt = now;
      o.submittedBy = by.isEmpty() ? "opgave" : by;
      o.submissions++;
      o.lastProblems = new ArrayList<>();
      return r;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("submittedRows", read.size());
    out.put("maxDeviation", report.maxDeviation());
    out.put("submissionProblems", null);
    return out;
  }

  /** The rows of a submission: the uploaded sheet when a document id is given, else the rows given. */
  List<TariffRow> read(Object rows, Object sheetDocumentId, List<String> problems) {
    String documentId = Inputs.text(sheetDocumentId, "Skemaets dokument-id", 100, problems);
    if (!documentId.isEmpty()) {
      try {
        return TariffSheet.read(documents.content(documentId), problems);
      } catch (DocumentNotFoundException e) {
        problems.add("Dokumentet '%s' findes ikke; upload skemaet igen.".formatted(documentId));
        return List.of();
      }
    }
    return TariffRows.read(rows, problems);
  }

  /** The checks alone, for the API: every problem (Danish), nothing stored. */
  List<String> problemsOf(Object rows, Object sheetDocumentId) {
    List<String> problems = new ArrayList<>();
    List<TariffRow> read = read(rows, sheetDocumentId, problems);
    if (problems.isEmpty()) {
      problems.addAll(checks.check(read).problems());
    }
    return problems;
  }

  /**
   * {@code rammeflow-tariff-prepare-decision}: the item for the forum. For DAS every submitted operator's rows,
   * the others are late and follow separately (FU); for FU the one operator's rows.
   */
  public Map<String, Object> prepareDecision(String roundId, String forum, String operatorId) {
    boolean das = FORUM_DAS.equals(forum);
    TariffRound round = rounds.update(roundId, r -> {
      for (TariffRound.Operator o : r.operators) {
        if (das && o.status == TariffRound.OperatorStatus.SUBMITTED) {
          o.status = TariffRound.OperatorStatus.AT_DAS;
        } else if (das && WAITING.contains(o.status)) {
          o.status = TariffRound.OperatorStatus.LATE;
        } else if (!das && o.operatorId.equals(operatorId)) {
          o.status = TariffRound.OperatorStatus.AT_FU;
        }
      }
      if (das) {
        boolean anyRows = r.operators.stream().anyMatch(o -> o.status == TariffRound.OperatorStatus.AT_DAS);
        r.status = anyRows ? TariffRound.Status.AT_DAS : TariffRound.Status.DECIDED;
      }
      return r;
    });
    TariffRound.OperatorStatus deciding = das ? TariffRound.OperatorStatus.AT_DAS : TariffRound.OperatorStatus.AT_FU;
    List<TariffRound.Operator> decided = round.operators.stream().filter(o -> o.status == deciding).toList();
    List<Map<String, Object>> late = round.operators.stream().filter(o -> o.status == TariffRound.OperatorStatus.LATE)
        .map(o -> followUp(o, "Taksterne kom ikke med til DAS-mødet og godkendes særskilt af FU.")).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hasRows", !decided.isEmpty());
    out.put("followUps", das ? late : List.of());
    if (decided.isEmpty()) {
      return out;
    }
    String names = String.join(", ", decided.stream().map(o -> o.name).toList());
    String fileName = das ? "takstforslag-%d.xlsx".formatted(round.year) : "takstforslag-%d-%s.xlsx".formatted(round.year, operatorId);
    String documentId = documents.store(fileName, TariffSheet.MEDIA_TYPE, proposal(round, decided), "rammeflow").id();
    String title = das ? "Godkendelse af takster for %d".formatted(round.year)
        : (decided.getFirst().revisionReason != null ? "Reviderede takster %d: %s" : "Takster %d: %s (særskilt godkendelse)").formatted(round.year, names);
    String recommendation = das
        ? "Det indstilles, at DAS godkender taksterne for %d fra %s (Styringsaftalen § 2.2.1).%s".formatted(round.year, names,
            late.isEmpty() ? "" : " Takster fra %s godkendes særskilt af FU.".formatted(String.join(", ",
                round.operators.stream().filter(o -> o.status == TariffRound.OperatorStatus.LATE).map(o -> o.name).toList())))
        : "Det indstilles, at FU med den kompetence, DAS har givet FU, godkender %s takster for %d.%s".formatted(names, round.year,
            decided.getFirst().revisionReason == null ? "" : " Begrundelse: " + decided.getFirst().revisionReason);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("caseTitle", title);
    item.put("recommendation", recommendation);
    item.put("material", List.of(Map.of("name", fileName, "documentId", documentId)));
    out.put("decisionCase", item);
    return out;
  }

  private static Map<String, Object> followUp(TariffRound.Operator o, String reason) {
    return Map.of("operatorId", o.operatorId, "reason", reason);
  }

  private static byte[] proposal(TariffRound round, List<TariffRound.Operator> decided) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (TariffRound.Operator o : decided) {
        String name = o.name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        TariffSheet.addSheet(workbook, name.length() > 31 ? name.substring(0, 31) : name, "Takster %d – %s".formatted(round.year, o.name),
            o.rows.stream().map(e -> e.row).toList());
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code rammeflow-tariff-record-decision}: registers the forum's decision on the rows it had. "Godkendt med
   * ændringer" needs the offers that were not approved ({@code rejectedOffers}, one per line); their rows stay open
   * for a new submission and the tariffs approved before stay in force.
   *
   * @throws TariffException (Danish) when an offer is unknown or none is given for a partial approval
   */
  public Map<String, Object> recordDecision(String roundId, String forum, String operatorId, String outcome, Object decisionText, String meetingDate,
      Object rejectedOffers) {
    if (FORUM_KKR.equals(forum)) {
      return recordKkrDecision(roundId, outcome, decisionText, meetingDate);
    }
    boolean das = FORUM_DAS.equals(forum);
    TariffRound.OperatorStatus deciding = das ? TariffRound.OperatorStatus.AT_DAS : TariffRound.OperatorStatus.AT_FU;
    TariffRound current = rounds.require(roundId);
    List<TariffRound.Operator> decided = current.operators.stream()
        .filter(o -> o.status == deciding && (das || o.operatorId.equals(operatorId))).toList();
    List<String> problems = new ArrayList<>();
    List<String> rejected = Inputs.lines(rejectedOffers, "Tilbud, der ikke er godkendt", problems);
    boolean approved = "godkendt".equals(outcome) || "godkendt-med-aendringer".equals(outcome);
    if ("godkendt-med-aendringer".equals(outcome) && rejected.isEmpty() && problems.isEmpty()) {
      problems.add("Angiv de tilbud, som ikke er godkendt (ét pr. linje), f.eks. 'Attruphøj'.");
    }
    List<String> offers = decided.stream().flatMap(o -> o.rows.stream()).map(e -> e.row.offer()).distinct().toList();
    List<String> rejectedNames = new ArrayList<>();
    for (String given : rejected) {
      List<String> matching = offers.stream().filter(offer -> TariffRow.norm(offer).contains(TariffRow.norm(given))).toList();
      if (matching.isEmpty()) {
        problems.add("Tilbuddet '%s' er ikke blandt de behandlede takster (%s).".formatted(given, String.join(", ", offers)));
      }
      rejectedNames.addAll(matching);
    }
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    LocalDate date = meetingDate == null || meetingDate.isBlank() ? clock.today() : LocalDate.parse(meetingDate);
    String by = das ? "DAS" : "FU";
    int[] counts = new int[2];
    TariffRound round = rounds.update(roundId, r -> {
      for (TariffRound.Operator o : r.operators) {
        if (o.status != deciding || (!das && !o.operatorId.equals(operatorId))) {
          continue;
        }
        if (!approved) {
          o.status = "ikke-godkendt".equals(outcome) ? TariffRound.OperatorStatus.REJECTED : TariffRound.OperatorStatus.LATE;
          o.rows.forEach(e -> e.status = "ikke-godkendt".equals(outcome) ? TariffRound.RowStatus.REJECTED : TariffRound.RowStatus.SUBMITTED);
          counts[1] += o.rows.size();
          continue;
        }
        List<TariffRound.Row> inForce = new ArrayList<>(o.approved.stream().filter(e -> rejectedNames.contains(e.row.offer())).toList());
        for (TariffRound.Row e : o.rows) {
          e.decidedBy = by;
          e.decidedOn = date;
          if (rejectedNames.contains(e.row.offer())) {
            e.status = TariffRound.RowStatus.REJECTED;
            counts[1]++;
          } else {
            e.status = TariffRound.RowStatus.APPROVED;
            inForce.add(e);
            counts[0]++;
          }
        }
        o.approved = inForce;
        o.status = o.rows.stream().anyMatch(e -> e.status == TariffRound.RowStatus.REJECTED) ? TariffRound.OperatorStatus.PARTLY_APPROVED
            : TariffRound.OperatorStatus.APPROVED;
        o.revisionReason = null;
      }
      r.decisions.add(new TariffRound.Decision(by, date, outcome, Inputs.plain(decisionText), decided.stream().map(o -> o.operatorId).toList(),
          List.copyOf(rejectedNames), counts[0], counts[1], clock.now().toInstant()));
      if (das) {
        r.status = TariffRound.Status.DECIDED;
      }
      return r;
    });
    List<Map<String, Object>> followUps = new ArrayList<>();
    if (das) {
      for (TariffRound.Operator o : round.operators) {
        if (o.status == TariffRound.OperatorStatus.LATE) {
          followUps.add(followUp(o, "Taksterne kom ikke med til DAS-mødet og godkendes særskilt af FU."));
        } else if (decided.stream().anyMatch(d -> d.operatorId.equals(o.operatorId))
            && (o.status == TariffRound.OperatorStatus.PARTLY_APPROVED || o.status == TariffRound.OperatorStatus.REJECTED)) {
          followUps.add(followUp(o, "DAS godkendte ikke taksterne for " + String.join(", ",
              o.rows.stream().filter(e -> e.status == TariffRound.RowStatus.REJECTED).map(e -> e.row.offer()).distinct().toList())
              + "; de indsendes igen og godkendes af FU."));
        }
      }
    }
    List<TariffRound.Operator> toKkr = round.operators.stream().filter(o -> das && "kkr".equals(o.afterDas)
        && decided.stream().anyMatch(d -> d.operatorId.equals(o.operatorId))
        && (o.status == TariffRound.OperatorStatus.APPROVED || o.status == TariffRound.OperatorStatus.PARTLY_APPROVED)).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hasKkr", !toKkr.isEmpty());
    if (!toKkr.isEmpty()) {
      String names = String.join(", ", toKkr.stream().map(o -> o.name).toList());
      out.put("kkrCase", Map.of("caseTitle", "Budget og takster %d for %s".formatted(round.year, names),
          "recommendation", "DAS har godkendt taksterne for %d for %s og anbefaler, at KKR Nordjylland godkender dem.".formatted(round.year, names)));
    }
    out.put("approvedRows", counts[0]);
    out.put("rejectedRows", counts[1]);
    out.put("rejectedOfferNames", rejectedNames);
    out.put("followUps", followUps);
    out.put("exceptionProblems", null);
    return out;
  }

  /** KKR's decision on the tariffs DAS forwarded (Socialtilsyn Nord): recorded; not approved leaves them rejected. */
  private Map<String, Object> recordKkrDecision(String roundId, String outcome, Object decisionText, String meetingDate) {
    boolean approved = "godkendt".equals(outcome) || "godkendt-med-aendringer".equals(outcome);
    LocalDate date = meetingDate == null || meetingDate.isBlank() ? clock.today() : LocalDate.parse(meetingDate);
    int[] counts = new int[2];
    rounds.update(roundId, r -> {
      List<String> forwarded = new ArrayList<>();
      for (TariffRound.Operator o : r.operators) {
        if (!"kkr".equals(o.afterDas) || (o.status != TariffRound.OperatorStatus.APPROVED && o.status != TariffRound.OperatorStatus.PARTLY_APPROVED)) {
          continue;
        }
        forwarded.add(o.operatorId);
        for (TariffRound.Row e : o.approved) {
          if (approved) {
            e.decidedBy = "DAS og KKR";
            e.decidedOn = date;
            counts[0]++;
          } else {
            counts[1]++;
          }
        }
        if (!approved) {
          o.rows.forEach(e -> e.status = TariffRound.RowStatus.REJECTED);
          o.approved = new ArrayList<>();
          o.status = TariffRound.OperatorStatus.REJECTED;
        }
      }
      r.decisions.add(new TariffRound.Decision("KKR", date, outcome, Inputs.plain(decisionText), forwarded, List.of(), counts[0], counts[1],
          clock.now().toInstant()));
      return r;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kkrApprovedRows", counts[0]);
    out.put("kkrRejectedRows", counts[1]);
    return out;
  }

  /** {@code rammeflow-tariff-publish-annex}: the takstbilag as XLSX and PDF, a new version each time. */
  public Map<String, Object> publishAnnex(String roundId, String reason) {
    TariffRound round = rounds.require(roundId);
    int version = round.annexes.size() + 1;
    LocalDate today = clock.today();
    String xlsx = documents.store("takstbilag-%d-v%d.xlsx".formatted(round.year, version), TariffSheet.MEDIA_TYPE,
        TariffAnnex.xlsx(round, version, today), "rammeflow").id();
    String pdf = documents.store("takstbilag-%d-v%d.pdf".formatted(round.year, version), "application/pdf", TariffAnnex.pdf(round, version, today),
        "rammeflow").id();
    rounds.update(roundId, r -> {
      r.annexes.add(new TariffRound.Annex(version, xlsx, pdf, Inputs.plain(reason), clock.now().toInstant()));
      return r;
    });
    return Map.of("annexVersion", version, "annexXlsx", xlsx, "annexPdf", pdf);
  }

  /**
   * {@code rammeflow-tariff-open-revision}: reopens one operator's tariffs for a new submission (a revision after
   * approval, a late submission, rows not approved). The tariffs in force stay until the new ones are approved.
   *
   * @throws TariffException (Danish) when the round or operator is unknown or already waiting for a submission
   */
  public Map<String, Object> openRevision(Map<String, Object> input, long processInstanceKey) {
    List<String> problems = new ArrayList<>();
    String roundId = Inputs.requiredText(input.get("roundId"), "Takstrunden", 80, "Angiv takstrunden.", problems);
    String operatorId = Inputs.requiredText(input.get("operatorId"), "Driftsherren", 80, "Angiv driftsherren.", problems);
    String reason = Inputs.requiredText(input.get("reason"), "Begrundelsen", Inputs.MAX_LINE, "Angiv begrundelsen for revisionen.", problems);
    LocalDate earliest = Inputs.date(input.get("earliestDate"), "Tidligste dato for FU", problems);
    int workingDays = Inputs.integer(input.get("workingDays"), 10, 1, 60, "Arbejdsdage til indberetning", problems);
    if (!problems.isEmpty()) {
      throw new TariffException(problems);
    }
    TariffRound round = rounds.update(roundId, r -> {
      TariffRound.Operator o = requireOperator(r, operatorId);
      if (r.status == TariffRound.Status.ORPHANED) {
        throw new TariffConflictException("Takstrunden %s er forældreløs; dens proces findes ikke længere.".formatted(roundId));
      }
      if (o.revisionProcessInstanceKey != processInstanceKey && EnumSet.of(TariffRound.OperatorStatus.REQUESTED, TariffRound.OperatorStatus.REOPENED,
          TariffRound.OperatorStatus.SUBMITTED, TariffRound.OperatorStatus.AT_DAS, TariffRound.OperatorStatus.AT_FU).contains(o.status)) {
        throw new TariffConflictException("%s's takster er allerede under behandling (status %s).".formatted(o.name, o.status));
      }
      o.status = TariffRound.OperatorStatus.REOPENED;
      o.revisionReason = reason;
      o.reminded = false;
      o.revisionProcessInstanceKey = processInstanceKey;
      return r;
    });
    TariffRound.Operator operator = requireOperator(round, operatorId);
    Map<String, Object> out = new LinkedHashMap<>(roundInput.revisionDeadline(clock.today(), workingDays));
    out.put("roundId", roundId);
    out.put("operatorId", operatorId);
    out.put("operator", Map.of("operatorId", operatorId, "name", operator.name, "party", operator.party));
    out.put("reason", reason);
    out.put("year", round.year);
    out.put("caseWorker", round.caseWorker);
    out.put("fuEarliestDate", (earliest == null ? clock.today() : earliest).toString());
    return out;
  }

  /** {@code rammeflow-tariff-inform-das}: FU's decision on an operator's tariffs to DAS's members, with the takstbilag. */
  public Map<String, Object> informDas(String roundId, String operatorId) {
    TariffRound round = rounds.require(roundId);
    TariffRound.Operator operator = requireOperator(round, operatorId);
    TariffRound.Decision decision = round.decisions.stream().filter(d -> d.forum().equals("FU") && d.operators().contains(operatorId))
        .reduce((a, b) -> b).orElseThrow(() -> new TariffException("FU har ingen beslutning om %s's takster.".formatted(operator.name)));
    TariffRound.Annex annex = round.latestAnnex().orElse(null);
    mails.informDas(round, operator, decision, annex == null ? null : documents.content(annex.pdfDocumentId()), annex == null ? 0 : annex.version());
    return Map.of("dasInformedAt", CalendarTime.iso(clock.now()));
  }

  static String submissionKey(String roundId, String operatorId) {
    return roundId + "/" + operatorId;
  }

  static TariffRound.Operator requireOperator(TariffRound round, String operatorId) {
    return round.operator(operatorId).orElseThrow(() -> new UnknownRoundException(
        "Driftsherren '%s' er ikke med i takstrunden %s.".formatted(operatorId, round.roundId)));
  }
}
