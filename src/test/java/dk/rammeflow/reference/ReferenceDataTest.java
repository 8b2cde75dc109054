package dk.rammeflow.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference data shipped in {@code src/main/resources/reference/}. */
class ReferenceDataTest {

  static final List<String> PARTY_IDS =
      List.of(
          "aalborg",
          "broenderslev",
          "frederikshavn",
          "hjoerring",
          "jammerbugt",
          "laesoe",
          "mariagerfjord",
          "morsoe",
          "rebild",
          "thisted",
          "vesthimmerland",
          "region-nordjylland");

  static final List<String> MUNICIPALITY_IDS = PARTY_IDS.subList(0, 11);

  static final List<String> FIXED_FORUM_IDS =
      List.of(
          "fu",
          "das",
          "kdk",
          "kkr",
          "socialudviklingsgruppen",
          "styringsaftalegruppen",
          "chefkreds-handicap-psykiatri",
          "chefkreds-boern-familie",
          "chefkreds-myndighed",
          "ekspertpanelet",
          "dialogforum",
          "socialpolitisk-dialogforum",
          "regionsraadet",
          "sekretariatet");

  private static ReferenceData data;

  @BeforeAll
  static void load() {
    data = ReferenceDataLoader.loadDefault();
  }

  @Test
  void hasTheTwelvePartiesWithTheFixedIdsInOrder() {
    assertThat(data.parties()).extracting(Party::id).containsExactlyElementsOf(PARTY_IDS);
    assertThat(data.parties())
        .filteredOn(p -> p.kind() == PartyKind.MUNICIPALITY)
        .extracting(Party::id)
        .containsExactlyElementsOf(MUNICIPALITY_IDS);
    assertThat(data.requireParty("region-nordjylland").kind()).isEqualTo(PartyKind.REGION);
  }

  @Test
  void danishLettersSurviveLoading() {
    assertThat(data.parties())
        .extracting(Party::shortName)
        .containsExactly(
            "Aalborg",
            "Brønderslev",
            "Frederikshavn",
            "Hjørring",
            "Jammerbugt",
            "Læsø",
            "Mariagerfjord",
            "Morsø",
            "Rebild",
            "Thisted",
            "Vesthimmerland",
            "Region Nordjylland");
    assertThat(data.requireParty("laesoe").name()).isEqualTo("Læsø Kommune");
    assertThat(data.requireForum("chefkreds-boern-familie").name())
        .isEqualTo("Børne- og familiechefkredsen");
    assertThat(data.requireForum("regionsraadet").name()).isEqualTo("Regionsrådet");
    assertThat(data.requireForum("kb-broenderslev").name()).isEqualTo("Brønderslev Byråd");
  }

  @Test
  void hasTheFixedForumIdsAndOneCouncilPerMunicipality() {
    List<String> councilIds = MUNICIPALITY_IDS.stream().map(id -> "kb-" + id).toList();

    assertThat(data.fora())
        .extracting(Forum::id)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(FIXED_FORUM_IDS.stream(), councilIds.stream()).toList());
    for (String partyId : PARTY_IDS) {
      Forum council = data.councilOf(partyId).orElseThrow();
      assertThat(council.kind()).isEqualTo(ForumKind.COUNCIL);
      assertThat(council.party()).isEqualTo(partyId);
    }
    assertThat(data.councilOf("aalborg").orElseThrow().id()).isEqualTo("kb-aalborg");
    assertThat(data.councilOf("region-nordjylland").orElseThrow().id()).isEqualTo("regionsraadet");
  }

  @Test
  void decisionForaComeLowestFirst() {
    assertThat(data.fora())
        .filteredOn(f -> f.kind() == ForumKind.FORUM)
        .extracting(Forum::id)
        .containsExactly("fu", "das", "kdk", "kkr");
    assertThat(data.requireForum("kkr").shortName()).isEqualTo("KKR Nordjylland");
    assertThat(data.requireForum("sekretariatet").kind()).isEqualTo(ForumKind.SECRETARIAT);
    assertThat(data.requireForum("dialogforum").kind()).isEqualTo(ForumKind.DIALOGUE);
    assertThat(data.requireForum("chefkreds-myndighed").kind()).isEqualTo(ForumKind.WORKING_GROUP);
  }

  @Test
  void dasHasOneMemberPerPartyAndKdkAndKkrOnePerMunicipality() {
    assertThat(data.requireForum("das").members())
        .extracting(ForumMember::party)
        .containsExactlyElementsOf(PARTY_IDS);
    assertThat(data.requireForum("kdk").members())
        .extracting(ForumMember::party)
        .containsExactlyElementsOf(MUNICIPALITY_IDS);
    assertThat(data.requireForum("kkr").members())
        .extracting(ForumMember::party)
        .containsExactlyElementsOf(MUNICIPALITY_IDS);
    for (String partyId : PARTY_IDS) {
      assertThat(data.forumMembers("das", partyId))
          .extracting(ForumMember::id)
          .containsExactly("das-" + partyId);
    }
  }

  @Test
  void everyForumHasMembersWithUniqueIdsAndEveryPartyReferenceResolves() {
    List<ForumMember> members = data.fora().stream().flatMap(f -> f.members().stream()).toList();

    assertThat(data.fora()).allSatisfy(f -> assertThat(f.members()).isNotEmpty());
    assertThat(members).extracting(ForumMember::id).doesNotHaveDuplicates();
    assertThat(members)
        .allSatisfy(
            m -> {
              assertThat(data.forumMember(m.id())).contains(m);
              if (m.party() != null) {
                assertThat(data.party(m.party())).isPresent();
              } else {
                assertThat(m.organisation()).isNotBlank();
              }
            });
    assertThat(data.forumMember("das-aalborg").orElseThrow().party()).isEqualTo("aalborg");
  }

  @Test
  void secretariatIsAGroupWithTheSharedMailbox() {
    Forum secretariat = data.requireForum("sekretariatet");

    assertThat(secretariat.name()).isEqualTo("Rammeaftalesekretariatet");
    assertThat(secretariat.members())
        .extracting(ForumMember::email)
        .contains("sekretariat@rammeaftale.example");
    assertThat(data.isCandidateGroup("sekretariatet")).isTrue();
  }

  @Test
  void everyPartyHasAHearingMailbox() {
    assertThat(data.parties())
        .allSatisfy(
            p ->
                assertThat(p.hearingContacts())
                    .extracting(Contact::email)
                    .anyMatch(e -> e.startsWith("hoering@")));
    assertThat(data.requireParty("aalborg").hearingContacts().get(0).email())
        .isEqualTo("hoering@aalborg.example");
  }

  @Test
  void allContactDataIsFictionalOnExampleDomains() {
    Stream<String> emails =
        Stream.of(
                data.parties().stream()
                    .flatMap(p -> p.hearingContacts().stream())
                    .map(Contact::email),
                data.fora().stream()
                    .flatMap(f -> f.members().stream())
                    .map(ForumMember::email),
                data.externalBodies().stream()
                    .flatMap(b -> b.contacts().stream())
                    .map(Contact::email))
            .flatMap(s -> s);

    assertThat(emails).isNotEmpty().allMatch(e -> e.endsWith(".example"), "ends with .example");
  }

  @Test
  void externalBodies() {
    assertThat(data.externalBodies())
        .extracting(ExternalBody::id)
        .containsExactly("socialstyrelsen", "socialtilsyn-nord", "koordinationsforum");
    assertThat(data.requireExternalBody("socialtilsyn-nord").hostParty()).isEqualTo("hjoerring");
    assertThat(data.requireExternalBody("koordinationsforum").name())
        .isEqualTo("KL's Koordinationsforum");
    assertThat(data.externalBody("ukendt")).isEmpty();
  }

  @Test
  void candidateGroupsArePartyAndForumIdsOnly() {
    Set<String> groups = data.candidateGroups().stream().collect(Collectors.toSet());

    assertThat(data.candidateGroups()).hasSize(12 + FIXED_FORUM_IDS.size() + 11);
    assertThat(groups).containsAll(PARTY_IDS).containsAll(FIXED_FORUM_IDS).contains("kb-morsoe");
    assertThat(data.candidateGroups()).allMatch(ReferenceDataLoader.ID.asMatchPredicate());
    assertThat(data.isCandidateGroup("hjoerring")).isTrue();
    assertThat(data.isCandidateGroup("kb-laesoe")).isTrue();
    assertThat(data.isCandidateGroup("das-aalborg")).as("a forum member").isFalse();
    assertThat(data.isCandidateGroup("socialstyrelsen")).as("an external body").isFalse();
    assertThat(data.isCandidateGroup("Aalborg")).isFalse();
    assertThat(data.isCandidateGroup(null)).isFalse();
  }

  @Test
  void lookupsOfUnknownIdsAreEmpty() {
    assertThat(data.party("xyz")).isEmpty();
    assertThat(data.party(null)).isEmpty();
    assertThat(data.forum("xyz")).isEmpty();
    assertThat(data.forumMember("xyz")).isEmpty();
    assertThat(data.forumMembers("das", "xyz")).isEmpty();
    assertThat(data.forumMembers("xyz", "aalborg")).isEmpty();
    assertThat(data.councilOf("xyz")).isEmpty();
  }

  @Test
  void requireThrowsWithDanishUserMessage() {
    assertThatThrownBy(() -> data.requireParty("xyz"))
        .isInstanceOfSatisfying(
            UnknownReferenceException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Ukendt part: 'xyz'");
              assertThat(e.userMessage()).isEqualTo("Ukendt part: 'xyz'");
              assertThat(e.id()).isEqualTo("xyz");
              assertThat(e.type()).isEqualTo(UnknownReferenceException.Type.PARTY);
            });
    assertThatThrownBy(() -> data.requireForum("bestyrelsen"))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("Ukendt forum: 'bestyrelsen'");
    assertThatThrownBy(() -> data.requireForumMember("das-xyz"))
        .hasMessage("Ukendt forummedlem: 'das-xyz'");
    assertThatThrownBy(() -> data.requireExternalBody("kl"))
        .hasMessage("Ukendt ekstern instans: 'kl'");
    assertThatThrownBy(() -> data.requireParty(" ")).hasMessage("Ingen part angivet");
    assertThatThrownBy(() -> data.requireForum(null)).hasMessage("Intet forum angivet");
  }

  @Test
  void listsAreImmutable() {
    assertThatThrownBy(() -> data.parties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.requireForum("das").members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
