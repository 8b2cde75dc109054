package dk.rammeflow.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything Rammeflow keeps about one hearing: what was asked, of whom, and what came back. */
public record HearingRecord(
    String hearingId,
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
    Instant updatedAt) {

  public enum Status { OPEN, CANCELLED }

  public enum PartyStatus { AWAITING, ANSWERED, NOT_ANSWERED }

  public HearingRecord {
    questions = List.copyOf(questions);
    material = List.copyOf(material);
    parties = List.copyOf(parties);
    partyStatus = new LinkedHashMap<>(partyStatus);
    partyRound = new LinkedHashMap<>(partyRound);
    responses = new ArrayList<>(responses);
  }

  public HearingRecord withStatus(Status newStatus) {
    return new HearingRecord(hearingId, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt, newStatus, partyStatus, partyRound, responses, Instant.now());
  }

  public HearingRecord withPartyStatus(String partyId, PartyStatus newStatus) {
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    changed.put(partyId, newStatus);
    return new HearingRecord(hearingId, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt, status, changed, partyRound, responses, Instant.now());
  }

  /** Opens a new round for the party: it is asked again (a clarification) and awaited. */
  public HearingRecord withNewRound(String partyId) {
    Map<String, Integer> rounds = new LinkedHashMap<>(partyRound);
    rounds.put(partyId, roundOf(partyId) + 1);
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    changed.put(partyId, PartyStatus.AWAITING);
    return new HearingRecord(hearingId, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt, status, changed, rounds, responses, Instant.now());
  }

  public HearingRecord withDeadline(LocalDate newDeadline, String newDeadlineAt) {
    return new HearingRecord(hearingId, title, questions, material, parties, caseWorker, sentOn, newDeadline, newDeadlineAt, status, partyStatus, partyRound, responses, Instant.now());
  }

  public HearingRecord withResponse(HearingResponse response) {
    List<HearingResponse> all = new ArrayList<>(responses);
    all.add(response);
    Map<String, PartyStatus> changed = new LinkedHashMap<>(partyStatus);
    if (!response.late()) {
      changed.put(response.partyId(), PartyStatus.ANSWERED);
    }
    return new HearingRecord(hearingId, title, questions, material, parties, caseWorker, sentOn, deadline, deadlineAt, status, changed, partyRound, all, Instant.now());
  }

  /** The ids of the parties whose tasks are offered to a group the predicate accepts. */
  public java.util.Set<String> partiesOfGroups(java.util.function.Predicate<String> inGroup) {
    return parties.stream().filter(p -> inGroup.test(p.candidateGroup())).map(HearingParty::id).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The hearing as the given parties' users see it: only those parties, their status and their own
   * responses. A party does not see who else was asked or what they answered.
   */
  public HearingRecord onlyParties(java.util.Set<String> partyIds) {
    Map<String, PartyStatus> statuses = new LinkedHashMap<>(partyStatus);
    statuses.keySet().retainAll(partyIds);
    Map<String, Integer> rounds = new LinkedHashMap<>(partyRound);
    rounds.keySet().retainAll(partyIds);
    return new HearingRecord(hearingId, title, questions, material,
        parties.stream().filter(p -> partyIds.contains(p.id())).toList(), caseWorker, sentOn, deadline, deadlineAt, status,
        statuses, rounds, responses.stream().filter(r -> partyIds.contains(r.partyId())).toList(), updatedAt);
  }

  public Optional<HearingParty> party(String partyId) {
    return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
  }

  public PartyStatus statusOf(String partyId) {
    return partyStatus.getOrDefault(partyId, PartyStatus.AWAITING);
  }

  public int roundOf(String partyId) {
    return partyRound.getOrDefault(partyId, 0);
  }

  /** The response of the party's latest round, if it came in time or late. */
  public Optional<HearingResponse> latestResponse(String partyId) {
    return responses.stream().filter(r -> r.partyId().equals(partyId)).reduce((first, second) -> second);
  }
}
