package dk.rammeflow.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * Each case starts from the valid files in {@code reference-minimal/} and replaces the files found
 * in {@code reference-invalid/<case>/}, then loads the result from a {@code file:} location.
 */
class ReferenceDataValidationTest {

  private static final String ID_RULE =
      "is not a valid candidate-group id (use lowercase letters a-z, digits and single '-' between"
          + " them)";

  @TempDir Path dir;

  @Test
  void minimalFixtureIsValid() throws IOException {
    copy("reference-minimal");

    ReferenceData data = load();

    assertThat(data.parties())
        .extracting(Party::id)
        .containsExactly("aalborg", "region-nordjylland");
    assertThat(data.forumMember("dialogforum-dh").orElseThrow().phone())
        .isEqualTo("+45 00 00 00 00");
  }

  @Test
  void memberReferringToUnknownPartyNamesFileForumAndMember() throws IOException {
    assertThat(problems("unknown-party"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in fora.yaml: forum 'das' member 'das-xyz' refers to unknown"
                + " party 'xyz'",
            "Invalid reference data in fora.yaml: forum 'kb-xyz' refers to unknown party 'xyz'",
            "Invalid reference data in external-bodies.yaml: external body 'socialtilsyn-nord'"
                + " refers to unknown party 'hjoerring' (field 'hostParty')");
  }

  @Test
  void duplicateIdsInEveryFileAndForumIdClashingWithPartyId() throws IOException {
    assertThat(problems("duplicate-ids"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: duplicate party id 'aalborg' (parties #1 and"
                + " parties #3)",
            "Invalid reference data in fora.yaml: duplicate member id 'das-aalborg' (forum 'das'"
                + " and forum 'fu')",
            "Invalid reference data in fora.yaml: duplicate forum id 'das' (fora #1 and fora #3)",
            "Invalid reference data in fora.yaml: forum 'aalborg': the id is already used by a"
                + " party in parties.yaml; party and forum ids must differ because both are"
                + " candidate groups",
            "Invalid reference data in external-bodies.yaml: duplicate external body id"
                + " 'socialstyrelsen' (externalBodies #1 and externalBodies #2)");
  }

  @Test
  void missingAndInvalidEmailAddresses() throws IOException {
    assertThat(problems("invalid-email"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: party 'aalborg' hearingContacts #1: invalid"
                + " e-mail address 'hoering(at)aalborg.example' in field 'email'",
            "Invalid reference data in parties.yaml: party 'aalborg' hearingContacts #2: invalid"
                + " e-mail address 'soeren.kjaergaard@aalborg' in field 'email'",
            "Invalid reference data in parties.yaml: party 'region-nordjylland' hearingContacts"
                + " #1: invalid e-mail address 'høring@rn.example' in field 'email'",
            "Invalid reference data in fora.yaml: forum 'das' member 'das-aalborg': missing"
                + " required field 'email'",
            "Invalid reference data in fora.yaml: forum 'das' member 'das-region-nordjylland':"
                + " invalid e-mail address 'aase mølgaard@rn.example' in field 'email'");
  }

  @Test
  void missingRequiredFields() throws IOException {
    assertThat(problems("missing-fields"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: party 'aalborg': missing required field"
                + " 'name'",
            "Invalid reference data in parties.yaml: party 'aalborg' hearingContacts #1: missing"
                + " required field 'name'",
            "Invalid reference data in parties.yaml: parties #2: missing required field 'id'",
            "Invalid reference data in parties.yaml: parties #2: missing required field 'kind'",
            "Invalid reference data in fora.yaml: forum 'das': missing required field 'name'",
            "Invalid reference data in fora.yaml: forum 'das': missing required field 'kind'",
            "Invalid reference data in fora.yaml: forum 'das' member 'das-aalborg': missing"
                + " required field 'name'",
            "Invalid reference data in fora.yaml: forum 'das' members #2: missing required field"
                + " 'id'");
  }

  @Test
  void unknownFieldsAreReportedWithTheAllowedOnes() throws IOException {
    assertThat(problems("unknown-fields"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: unknown top-level key 'partier' (allowed:"
                + " parties)",
            "Invalid reference data in parties.yaml: party 'aalborg': unknown field 'emial'"
                + " (allowed fields: id, name, shortName, kind, hearingContacts)",
            "Invalid reference data in parties.yaml: party 'aalborg' hearingContacts #1: unknown"
                + " field 'navn' (allowed fields: name, role, email, phone)",
            "Invalid reference data in fora.yaml: forum 'das' member 'das-aalborg': unknown field"
                + " 'telefon' (allowed fields: id, name, role, party, organisation, email, phone)");
  }

  @Test
  void partyWithoutHearingContacts() throws IOException {
    assertThat(problems("no-hearing-contacts"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: party 'aalborg' has no hearing contacts"
                + " (field 'hearingContacts')",
            "Invalid reference data in parties.yaml: party 'region-nordjylland' has no hearing"
                + " contacts (field 'hearingContacts')");
  }

  @Test
  void idsThatAreNotCandidateGroupIds() throws IOException {
    assertThat(problems("invalid-ids"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: parties #1: id 'Aalborg' " + ID_RULE,
            "Invalid reference data in parties.yaml: parties #2: id 'region nordjylland' "
                + ID_RULE,
            "Invalid reference data in fora.yaml: fora #1: id 'das_social' " + ID_RULE,
            "Invalid reference data in fora.yaml: forum 'das_social' members #1: id"
                + " '-das-aalborg' "
                + ID_RULE,
            "Invalid reference data in fora.yaml: forum 'das_social' members #2: id"
                + " 'das--aalborg' "
                + ID_RULE,
            "Invalid reference data in fora.yaml: fora #2: id 'brønderslev' " + ID_RULE);
  }

  @Test
  void councilNeedsPartyMemberNeedsPartyOrOrganisationKindAndMembersAreChecked()
      throws IOException {
    assertThat(problems("forum-rules"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in fora.yaml: forum 'kb-aalborg': field 'party' is required"
                + " for kind 'council'",
            "Invalid reference data in fora.yaml: forum 'kb-aalborg' member"
                + " 'kb-aalborg-sekretariat': set field 'party' or 'organisation'",
            "Invalid reference data in fora.yaml: forum 'das': invalid kind 'styregruppe'"
                + " (allowed: forum, council, working-group, dialogue, secretariat)",
            "Invalid reference data in fora.yaml: forum 'das' has no members (field 'members')",
            "Invalid reference data in fora.yaml: forum 'fu' has no members (field 'members')");
  }

  @Test
  void yamlSyntaxErrorGivesLineAndSkipsPartyReferenceChecks() throws IOException {
    List<String> problems = problems("yaml-syntax");

    // fora.yaml refers to parties too, but with parties.yaml unreadable that is not reported.
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("Invalid reference data in parties.yaml: line 4, column");
  }

  @Test
  void duplicateYamlKeyInOneEntry() throws IOException {
    List<String> problems = problems("duplicate-yaml-key");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("Invalid reference data in parties.yaml: line 6, column")
        .contains("Duplicate field 'name'");
  }

  @Test
  void wrongStructureIsReportedOncePerPlace() throws IOException {
    assertThat(problems("wrong-structure"))
        .containsExactlyInAnyOrder(
            "Invalid reference data in parties.yaml: expected the top-level key 'parties' with a"
                + " list below it",
            "Invalid reference data in fora.yaml: fora #1: expected fields (key: value), found"
                + " 'das'",
            "Invalid reference data in fora.yaml: forum 'fu': field 'members' must be a list"
                + " (entries starting with '- ')",
            "Invalid reference data in external-bodies.yaml: the top-level key 'externalBodies'"
                + " must hold a list (entries starting with '- ')");
  }

  @Test
  void fileWithOnlyCommentsIsEmpty() throws IOException {
    assertThat(problems("empty-file"))
        .containsExactly("Invalid reference data in fora.yaml: the file is empty");
  }

  @Test
  void missingFileIsNamed() throws IOException {
    copy("reference-minimal");
    Files.delete(dir.resolve("external-bodies.yaml"));

    assertThat(failure().problems())
        .containsExactly(
            "Invalid reference data in external-bodies.yaml: file not found at '"
                + location()
                + "external-bodies.yaml'");
  }

  @Test
  void problemsOfAllFilesAreReportedTogetherInOneMessage() throws IOException {
    copy("reference-minimal");
    copy("reference-invalid/no-hearing-contacts");
    copy("reference-invalid/forum-rules");
    copy("reference-invalid/unknown-party/external-bodies.yaml");

    InvalidReferenceDataException failure = failure();

    assertThat(failure.problems())
        .hasSize(8)
        .anyMatch(p -> p.startsWith("Invalid reference data in parties.yaml: "))
        .anyMatch(p -> p.startsWith("Invalid reference data in fora.yaml: "))
        .anyMatch(p -> p.startsWith("Invalid reference data in external-bodies.yaml: "));
    assertThat(failure.location()).isEqualTo(location());
    assertThat(failure.getMessage())
        .startsWith("Reference data at '" + location() + "' is invalid (8 problems):")
        .contains(failure.problems());
  }

  private List<String> problems(String invalidCase) throws IOException {
    copy("reference-minimal");
    copy("reference-invalid/" + invalidCase);
    return failure().problems();
  }

  private InvalidReferenceDataException failure() {
    InvalidReferenceDataException failure =
        catchThrowableOfType(InvalidReferenceDataException.class, this::load);
    assertThat(failure).as("loading %s must fail", dir).isNotNull();
    return failure;
  }

  private ReferenceData load() {
    return new ReferenceDataLoader().load(location());
  }

  private String location() {
    return "file:" + dir.toAbsolutePath() + "/";
  }

  /** Copies a classpath fixture file, or every file of a fixture directory, into {@link #dir}. */
  private void copy(String classpathFixture) throws IOException {
    Path source = new ClassPathResource(classpathFixture).getFile().toPath();
    if (Files.isRegularFile(source)) {
      Files.copy(source, dir.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
