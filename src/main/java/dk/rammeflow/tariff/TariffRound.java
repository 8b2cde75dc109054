package dk.rammeflow.tariff;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One year's tariff round: the operators asked, what each submitted, the decisions of DAS and FU, and the
 * published takstbilag versions. Written only by {@link TariffSteps} (and the start-up orphan check).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
class TariffRound {

  /** OPEN: collecting; AT_DAS: before DAS; DECIDED: DAS has decided (late and rejected tariffs follow by FU); ORPHANED. */
  enum Status { OPEN, AT_DAS, DECIDED, ORPHANED }

  enum OperatorStatus { REQUESTED, SUBMITTED, AT_DAS, AT_FU, APPROVED, PARTLY_APPROVED, REJECTED, LATE, REOPENED }

  enum RowStatus { SUBMITTED, APPROVED, REJECTED }

  String roundId;
  int year;
  LocalDate deadline;
  LocalDate dasMeetingDate;
  String caseWorker;
  long processInstanceKey;
  Status status = Status.OPEN;
  Instant openedAt;
  List<String> warnings = new ArrayList<>();
  List<Operator> operators = new ArrayList<>();
  List<Decision> decisions = new ArrayList<>();
  List<Annex> annexes = new ArrayList<>();

  @JsonAutoDetect(fieldVisibility = Visibility.ANY)
  static class Operator {
    String operatorId;
    String name;
    String party;
    /** The forum that approves its tariffs after DAS (kkr for Socialtilsyn Nord), or null. */
    String afterDas;
    List<String> contacts = new ArrayList<>();
    OperatorStatus status = OperatorStatus.REQUESTED;
    /** The latest accepted submission, each row with where it stands. */
    List<Row> rows = new ArrayList<>();
    /** The tariffs in force: approved rows, kept until a revision's replacement is approved. */
    List<Row> approved = new ArrayList<>();
    Instant submittedAt;
    String submittedBy;
    int submissions;
    /** Submissions refused by the checks (each mailed with its problems). */
    int refusals;
    List<String> lastProblems = new ArrayList<>();
    boolean reminded;
    String revisionReason;
    /** The process instance that collects this operator's tariffs now (a submission or revision). */
    long revisionProcessInstanceKey;
  }

  @JsonAutoDetect(fieldVisibility = Visibility.ANY)
  static class Row {
    TariffRow row;
    RowStatus status = RowStatus.SUBMITTED;
    String decidedBy;
    LocalDate decidedOn;

    Row() {}

    Row(TariffRow row) {
      this.row = row;
    }
  }

  /** A forum's decision on (some of) the round's tariffs. */
  record Decision(String forum, LocalDate meetingDate, String outcome, String decisionText, List<String> operators,
      List<String> rejectedOffers, int approvedRows, int rejectedRows, Instant registeredAt) {}

  /** One published version of the takstbilag. */
  record Annex(int version, String xlsxDocumentId, String pdfDocumentId, String reason, Instant publishedAt) {}

  Optional<Operator> operator(String operatorId) {
    return operators.stream().filter(o -> o.operatorId.equals(operatorId)).findFirst();
  }

  Optional<Annex> latestAnnex() {
    return annexes.isEmpty() ? Optional.empty() : Optional.of(annexes.getLast());
  }

  boolean finished() {
    return status == Status.DECIDED || status == Status.ORPHANED;
  }
}
