package dk.rammeflow.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parties, fora and external bodies of the cooperation, as loaded and validated at startup by
 * {@link ReferenceDataLoader}. Immutable; lists keep the order of the YAML files.
 *
 * <p>Lookups by id return {@link Optional}; the {@code require...} methods are for callers that
 * validate user input and throw {@link UnknownReferenceException} with a Danish message.
 */
public final class ReferenceData {

  private final List<Party> parties;
  private final List<Forum> fora;
  private final List<ExternalBody> externalBodies;
  private final Map<String, Party> partiesById;
  private final Map<String, Forum> foraById;
  private final Map<String, ForumMember> membersById;
  private final Map<String, ExternalBody> externalBodiesById;

  /** Ids must be unique; {@link ReferenceDataLoader} guarantees it. */
  ReferenceData(List<Party> parties, List<Forum> fora, List<ExternalBody> externalBodies) {
    this.parties = List.copyOf(parties);
    this.fora = List.copyOf(fora);
    this.externalBodies = List.copyOf(externalBodies);
    this.partiesById = index(this.parties.stream(), Party::id);
    this.foraById = index(this.fora.stream(), Forum::id);
    this.membersById =
        index(this.fora.stream().flatMap(f -> f.members().stream()), ForumMember::id);
    this.externalBodiesById = index(this.externalBodies.stream(), ExternalBody::id);
  }

  private static <T> Map<String, T> index(Stream<T> items, Function<T, String> id) {
    return items.collect(
        Collectors.toMap(
            id,
            Function.identity(),
            (a, b) -> {
              throw new IllegalArgumentException("duplicate id " + id.apply(a));
            },
            LinkedHashMap::new));
  }

  public List<Party> parties() {
    return parties;
  }

  public Optional<Party> party(String id) {
    return Optional.ofNullable(id == null ? null : partiesById.get(id));
  }

  /**
   * @throws UnknownReferenceException with message "Ukendt part: 'id'" if there is no such party
   */
  public Party requireParty(String id) {
    return party(id)
        .orElseThrow(() -> new UnknownReferenceException(UnknownReferenceException.Type.PARTY, id));
  }

  /** Fora in file order; the decision fora come lowest first (FU, DAS, KDK, KKR). */
  public List<Forum> fora() {
    return fora;
  }

  public Optional<Forum> forum(String id) {
    return Optional.ofNullable(id == null ? null : foraById.get(id));
  }

  /**
   * @throws UnknownReferenceException with message "Ukendt forum: 'id'" if there is no such forum
   */
  public Forum requireForum(String id) {
    return forum(id)
        .orElseThrow(() -> new UnknownReferenceException(UnknownReferenceException.Type.FORUM, id));
  }

  /** A member of any forum by its member id, e.g. {@code das-aalborg}. */
  public Optional<ForumMember> forumMember(String id) {
    return Optional.ofNullable(id == null ? null : membersById.get(id));
  }

  /**
   * @throws UnknownReferenceException with message "Ukendt forummedlem: 'id'"
   */
  public ForumMember requireForumMember(String id) {
    return forumMember(id)
        .orElseThrow(
            () -> new UnknownReferenceException(UnknownReferenceException.Type.FORUM_MEMBER, id));
  }

  /**
   * The members of a forum who represent a party, e.g. the DAS member of Aalborg; empty if the
   * forum or party is unknown or the party has no member in the forum.
   */
  public List<ForumMember> forumMembers(String forumId, String partyId) {
    return forum(forumId).stream()
        .flatMap(f -> f.members().stream())
        .filter(m -> partyId != null && partyId.equals(m.party()))
        .toList();
  }

  /** The council (kommunalbestyrelse/byråd or Regionsrådet) of a party. */
  public Optional<Forum> councilOf(String partyId) {
    return fora.stream()
        .filter(f -> f.kind() == ForumKind.COUNCIL && f.party().equals(partyId))
        .findFirst();
  }

  public List<ExternalBody> externalBodies() {
    return externalBodies;
  }

  public Optional<ExternalBody> externalBody(String id) {
    return Optional.ofNullable(id == null ? null : externalBodiesById.get(id));
  }

  /**
   * @throws UnknownReferenceException with message "Ukendt ekstern instans: 'id'"
   */
  public ExternalBody requireExternalBody(String id) {
    return externalBody(id)
        .orElseThrow(
            () -> new UnknownReferenceException(UnknownReferenceException.Type.EXTERNAL_BODY, id));
  }

  /** Party ids and forum ids are the candidate groups of user tasks. */
  public boolean isCandidateGroup(String id) {
    return id != null && (partiesById.containsKey(id) || foraById.containsKey(id));
  }

  /** All candidate groups: party ids, then forum ids, in file order. */
  public List<String> candidateGroups() {
    return Stream.concat(partiesById.keySet().stream(), foraById.keySet().stream()).toList();
  }
}
