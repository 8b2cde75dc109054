package dk.rammeflow.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Rammeflow keeps about one hearing: what was asked, of whom, what came back, and where the hearing
 * stands. Written only by the hearing process's steps ({@link HearingSteps}); the API reads it.
 *
 * @param processInstanceKey the {@code hearing-round} instance that runs the hearing
 * @param noteDocxId the høringsnotat as Word document, once compiled (the latest compilation)
 * @param notePdfId the høringsnotat as PDF, once compiled
 */
record HearingRecord(
    String hearingId,
    long processInstanceKey,
    String title,
    List<String> questions,
    List<Map<String, String>> material,
    List<HearingParty> parties,
    String caseWorker,
    LocalDate sentOn,
    LocalDate deadline,
    String deadlineAt,
    Status status,
    Map<String, PartyStatus> partyStatus,
    Map<String, Integer> partyRound,
    List<HearingResponse> responses,
    String noteDocxId,
    String notePdfId,
    Instant updatedAt) {

  /**
   * Where the hearing stands. {@code ORPHANED}: its process instance no longer exists (found at start-up after
   * a restart of the embedded runtime); nothing more can be done with it.
   */
  enum Status {
    OPEN, ALL_ANSWERED, NOTE_READY, CLOSED, CANCELLED, ORPHANED;

    boolean isFinal() {
      return this == CLOSED || this == CANCELLED || this == ORPHANED;
    }
  }

  enum PartyStatus { AWAITING, ANSWERED, NOT_ANSWERED }

  HearingRecord {
    questions = List.copyOf(questions);
    material = List.copyOf(material);
    parties = List.copyOf(parties);
    partyStatus = new LinkedHashMap<>(partyStatus);
    partyRound = new LinkedHashMap<>(partyRound == null ? Map.of() : partyRound);
    responses = new ArrayList<>(responses);
  }

  HearingRecord withStatus(Status newStatus) {
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt,
        newStatus, partyStatus, partyRound, responses, noteDocxId, notePdfId, Instant.now());
  }

  HearingRecord withPartyStatus(String partyId, PartyStatus newStatus) {
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    changed.put(partyId, newStatus);
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt,
        status, changed, partyRound, responses, noteDocxId, notePdfId, Instant.now());
  }

  /** Opens a new round for the party: it is asked again (a clarification) and awaited. */
  HearingRecord withNewRound(String partyId) {
    Map<String, Integer> rounds = new LinkedHashMap<>(partyRound);
    rounds.put(partyId, roundOf(partyId) + 1);
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    changed.put(partyId, PartyStatus.AWAITING);
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt,
        Status.OPEN, changed, rounds, responses, noteDocxId, notePdfId, Instant.now());
  }

  HearingRecord withDeadline(LocalDate newDeadline, String newDeadlineAt) {
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, newDeadline, newDeadlineAt,
        status, partyStatus, partyRound, responses, noteDocxId, notePdfId, Instant.now());
  }

  /** Adds a response; the party counts as answered unless the response is late. */
  HearingRecord withResponse(HearingResponse response) {
    List<HearingResponse> all = new ArrayList<>(responses);
    all.add(response);
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    if (!response.late()) {
      changed.put(response.partyId(), PartyStatus.ANSWERED);
    }
    boolean allAnswered = parties.stream().allMatch(p -> changed.getOrDefault(p.id(), PartyStatus.AWAITING) == PartyStatus.ANSWERED);
    Status next = status == Status.OPEN && allAnswered ? Status.ALL_ANSWERED : status;
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt,
        next, changed, partyRound, all, noteDocxId, notePdfId, Instant.now());
  }

  HearingRecord withNote(String docxId, String pdfId) {
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt,
        Status.NOTE_READY, partyStatus, partyRound, responses, docxId, pdfId, Instant.now());
  }

  /** The ids of the parties whose tasks are offered to a group the predicate accepts. */
  java.util.Set<String> partiesOfGroups(java.util.function.Predicate<String> inGroup) {
    return parties.stream().filter(p -> inGroup.test(p.candidateGroup())).map(HearingParty::id).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The hearing as the given parties' users see it: only those parties, their status and their own
   * responses. A party does not see who else was asked or what they answered.
   */
  HearingRecord onlyParties(java.util.Set<String> partyIds) {
    Map<String, PartyStatus> statuses = new LinkedHashMap<>(partyStatus);
    statuses.keySet().retainAll(partyIds);
    Map<String, Integer> rounds = new LinkedHashMap<>(partyRound);
    rounds.keySet().retainAll(partyIds);
    return new HearingRecord(hearingId, processInstanceKey, title, questions, material,
        parties.stream().filter(p -> partyIds.contains(p.id())).toList(), caseWorker, sentOn, deadline, deadlineAt, status,
        statuses, rounds, responses.stream().filter(r -> partyIds.contains(r.partyId())).toList(), noteDocxId, notePdfId, updatedAt);
  }

  Optional<HearingParty> party(String partyId) {
    return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
  }

  PartyStatus statusOf(String partyId) {
    return partyStatus.getOrDefault(partyId, PartyStatus.AWAITING);
  }

  int roundOf(String partyId) {
    return partyRound.getOrDefault(partyId, 0);
  }

  boolean awaitsAnyParty() {
    return parties.stream().anyMatch(p -> statusOf(p.id()) == PartyStatus.AWAITING);
  }

  /** The party's latest response, in time or late. */
  Optional<HearingResponse> latestResponse(String partyId) {
    return responses.stream().filter(r -> r.partyId().equals(partyId)).reduce((first, second) -> second);
  }

  Optional<HearingResponse> responseToMail(String messageId) {
    return responses.stream().filter(r -> messageId.equals(r.mailMessageId())).findFirst();
  }
}
