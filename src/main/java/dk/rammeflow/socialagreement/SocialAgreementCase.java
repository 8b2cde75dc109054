package dk.rammeflow.socialagreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Nordjysk Socialaftale period (e.g. 2027–2028) from framing to the last initiative of its handleplan, as stored
 * (JSON, by field). Written only by {@link SocialAgreementSteps}.
 *
 * <p>A case whose start date lies before the day it is registered is <em>historical</em>: it runs on its own
 * dates (each step's date is the meeting or the date given in the task), so a past period can be replayed.
 */
class SocialAgreementCase {

  enum Status { OPEN, LOCAL_APPROVAL, ADOPTED, IMPLEMENTED, ORPHANED }

  /** A step done: a forum's decision, a hearing or a task of the secretariat. */
  record StepRecord(String key, String label, String kind, String forum, String decisionId, LocalDate date, String outcome, String outcomeLabel,
      String text, boolean writtenProcedure, int postponements) {}

  /** A council's (or Regionsrådet's) decision on the agreement. */
  record Council(String id, String name, List<String> emails, LocalDate decidedOn, Boolean approved, String note, List<LocalDate> remindedOn) {

    Council {
      emails = List.copyOf(emails);
      remindedOn = List.copyOf(remindedOn);
    }

    boolean decided() {
      return decidedOn != null;
    }
  }

  /** An initiative of the handleplan; {@code implemented} once DAS considers it "udmøntet". */
  record Initiative(String id, int focusArea, String title, String status, String statusNote, LocalDate statusOn, LocalDate implementedOn) {

    boolean implemented() {
      return implementedOn != null;
    }
  }

  /** A status on the handleplan put before DAS. */
  record StatusReport(int number, String summary, List<String> proposedImplemented, LocalDate meetingDate, String outcomeLabel) {

    StatusReport {
      proposedImplemented = List.copyOf(proposedImplemented);
    }
  }

  private String caseId;
  private String title;
  private int firstYear;
  private String caseWorker;
  private LocalDate startDate;
  private boolean historical;
  private boolean electionYear;
  private boolean supplyDemandReview;
  private List<String> focusAreas = new ArrayList<>();
  private long processInstanceKey;
  private Instant createdAt;
  private Status status = Status.OPEN;
  private List<Map<String, Object>> plan = new ArrayList<>();
  private boolean planFits;
  private List<String> planWarnings = new ArrayList<>();
  private List<StepRecord> steps = new ArrayList<>();
  private LocalDate nextEarliestDate;
  private List<Map<String, String>> material = new ArrayList<>();
  private String capacityDecision;
  private List<Council> councils = new ArrayList<>();
  private LocalDate councilDueDate;
  private LocalDate councilReminderDate;
  private LocalDate adoptedOn;
  private List<Initiative> initiatives = new ArrayList<>();
  private List<StatusReport> statusReports = new ArrayList<>();

  SocialAgreementCase() {}

  SocialAgreementCase(String caseId, String title, int firstYear, String caseWorker, LocalDate startDate, boolean historical, boolean electionYear,
      boolean supplyDemandReview, List<String> focusAreas, Instant createdAt) {
    this.caseId = caseId;
    this.title = title;
    this.firstYear = firstYear;
    this.caseWorker = caseWorker;
    this.startDate = startDate;
    this.historical = historical;
    this.electionYear = electionYear;
    this.supplyDemandReview = supplyDemandReview;
    this.focusAreas = new ArrayList<>(focusAreas);
    this.createdAt = createdAt;
    this.nextEarliestDate = startDate;
  }

  String caseId() { return caseId; }
  String title() { return title; }
  int firstYear() { return firstYear; }
  String period() { return firstYear + "–" + (firstYear + 1); }
  String caseWorker() { return caseWorker; }
  LocalDate startDate() { return startDate; }
  boolean historical() { return historical; }
  boolean electionYear() { return electionYear; }
  boolean supplyDemandReview() { return supplyDemandReview; }
  List<String> focusAreas() { return List.copyOf(focusAreas); }
  long processInstanceKey() { return processInstanceKey; }
  Instant createdAt() { return createdAt; }
  Status status() { return status; }
  List<Map<String, Object>> plan() { return List.copyOf(plan); }
  boolean planFits() { return planFits; }
  List<String> planWarnings() { return List.copyOf(planWarnings); }
  List<StepRecord> steps() { return List.copyOf(steps); }
  LocalDate nextEarliestDate() { return nextEarliestDate; }
  List<Map<String, String>> material() { return List.copyOf(material); }
  String capacityDecision() { return capacityDecision; }
  List<Council> councils() { return List.copyOf(councils); }
  LocalDate councilDueDate() { return councilDueDate; }
  LocalDate councilReminderDate() { return councilReminderDate; }
  LocalDate adoptedOn() { return adoptedOn; }
  List<Initiative> initiatives() { return List.copyOf(initiatives); }
  List<StatusReport> statusReports() { return List.copyOf(statusReports); }

  /** "Today" of the case: today, or for a historical case the date it has reached. */
  LocalDate today(LocalDate realToday) {
    return historical ? nextEarliestDate : realToday;
  }

  Optional<Council> council(String id) {
    return councils.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  Optional<Initiative> initiative(String id) {
    return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  boolean allCouncilsDecided() {
    return !councils.isEmpty() && councils.stream().allMatch(Council::decided);
  }

  boolean allInitiativesImplemented() {
    return !initiatives.isEmpty() && initiatives.stream().allMatch(Initiative::implemented);
  }

  // ---------------------------------------------------------------- changes (SocialAgreementSteps only)

  void runBy(long key) {
    this.processInstanceKey = key;
  }

  void replan(List<Map<String, Object>> rows, boolean fits, List<String> warnings) {
    this.plan = new ArrayList<>(rows);
    this.planFits = fits;
    this.planWarnings = new ArrayList<>(warnings);
  }

  void recordStep(StepRecord step, LocalDate next) {
    steps.add(step);
    if (next != null && (nextEarliestDate == null || next.isAfter(nextEarliestDate))) {
      nextEarliestDate = next;
    }
  }

  void addMaterial(Map<String, String> item) {
    material.removeIf(m -> m.get("name") != null && m.get("name").equals(item.get("name")));
    material.add(item);
  }

  void capacityDecision(String decision) {
    this.capacityDecision = decision;
  }

  void startLocalApproval(LocalDate due, LocalDate reminder, List<Council> councils) {
    this.status = Status.LOCAL_APPROVAL;
    this.councilDueDate = due;
    this.councilReminderDate = reminder;
    this.councils = new ArrayList<>(councils);
  }

  void decide(String councilId, LocalDate on, boolean approved, String note) {
    councils.replaceAll(c -> c.id().equals(councilId) && !c.decided() ? new Council(c.id(), c.name(), c.emails(), on, approved, note, c.remindedOn()) : c);
  }

  void reminded(String councilId, LocalDate on) {
    councils.replaceAll(c -> {
      if (!c.id().equals(councilId) || c.remindedOn().contains(on)) {
        return c;
      }
      List<LocalDate> dates = new ArrayList<>(c.remindedOn());
      dates.add(on);
      return new Council(c.id(), c.name(), c.emails(), c.decidedOn(), c.approved(), c.note(), dates);
    });
  }

  void adopt(LocalDate on) {
    this.status = Status.ADOPTED;
    this.adoptedOn = on;
    if (on != null && (nextEarliestDate == null || on.plusDays(1).isAfter(nextEarliestDate))) {
      nextEarliestDate = on.plusDays(1);
    }
  }

  void actionPlan(List<Initiative> initiatives) {
    this.initiatives = new ArrayList<>(initiatives);
  }

  void initiativeStatus(String id, String status, String note, LocalDate on) {
    initiatives.replaceAll(i -> i.id().equals(id) ? new Initiative(i.id(), i.focusArea(), i.title(), status, note, on, i.implementedOn()) : i);
  }

  void statusReport(StatusReport report) {
    statusReports.add(report);
  }

  /** DAS's decision on the latest status: the proposed initiatives are considered implemented when DAS took note or approved. */
  void statusDecided(LocalDate meetingDate, String outcomeLabel, boolean accepted) {
    StatusReport last = statusReports.removeLast();
    statusReports.add(new StatusReport(last.number(), last.summary(), last.proposedImplemented(), meetingDate, outcomeLabel));
    if (accepted && meetingDate != null) {
      initiatives.replaceAll(i -> last.proposedImplemented().contains(i.id()) && !i.implemented()
          ? new Initiative(i.id(), i.focusArea(), i.title(), "Udmøntet", i.statusNote(), i.statusOn(), meetingDate) : i);
    }
    if (allInitiativesImplemented()) {
      status = Status.IMPLEMENTED;
    }
  }

  void orphaned() {
    this.status = Status.ORPHANED;
  }
}
