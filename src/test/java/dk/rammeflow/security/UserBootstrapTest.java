package dk.rammeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.reference.ReferenceDataLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The built-in users created from the reference data on the embedded default. */
@ExtendWith(OutputCaptureExtension.class)
class UserBootstrapTest {

  private static final ReferenceData REFERENCE = new ReferenceDataLoader().load(ReferenceDataLoader.DEFAULT_LOCATION);
  private static final String SECRETARIAT_ADDRESS = "sekretariat@rammeaftale.example";
  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

  @TempDir Path dataDir;

  @Test
  void createsOneUserPerAddressWithBcryptAndTheGroupsOfTheReferenceData() throws Exception {
    LocalUsers users = new LocalUsers(new UserFile(dataDir));

    UserBootstrap.run(users, REFERENCE, SECRETARIAT_ADDRESS, "Start-kodeord-1", encoder);

    Map<String, UserAccount> byEmail = users.all().stream().collect(Collectors.toMap(UserAccount::email, Function.identity()));
    long addresses = Stream.concat(
            REFERENCE.parties().stream().flatMap(p -> p.hearingContacts().stream()).map(c -> c.email().toLowerCase()),
            REFERENCE.fora().stream().flatMap(f -> f.members().stream()).map(m -> m.email().toLowerCase()))
        .distinct().count();
    assertThat(byEmail).hasSize((int) addresses);
    assertThat(byEmail.get("hoering@aalborg.example").groups()).containsExactly("aalborg");
    assertThat(byEmail.get("hoering@aalborg.example").name()).isEqualTo("Høringspostkassen, Aalborg Kommune");
    assertThat(byEmail.get("sekretariat@rammeaftale.example").groups()).containsExactly("sekretariatet");
    String dasAalborg = REFERENCE.forumMember("das-aalborg").orElseThrow().email().toLowerCase();
    assertThat(byEmail.get(dasAalborg).groups()).contains("das", "aalborg").doesNotContain("sekretariatet");
    String outsideMember = REFERENCE.fora().stream().flatMap(f -> f.members().stream()).filter(m -> m.party() == null).findFirst().orElseThrow().id();
    assertThat(users.anyMemberOf(outsideMember)).as("a member outside the parties answers hearings in its own member id").isPresent();

    UserAccount any = byEmail.get("hoering@aalborg.example");
    assertThat(any.passwordHash()).startsWith("$2a$").doesNotContain("Start-kodeord-1");
    assertThat(encoder.matches("Start-kodeord-1", any.passwordHash())).isTrue();
    assertThat(encoder.matches("forkert", any.passwordHash())).isFalse();
    assertThat(Files.readString(dataDir.resolve("security/users.json"))).contains("\"hoering@aalborg.example\"").doesNotContain("Start-kodeord-1");
    try (Stream<Path> files = Files.list(dataDir.resolve("security"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("users.json");
    }
  }

  @Test
  void runningAgainChangesNothing() throws Exception {
    LocalUsers users = new LocalUsers(new UserFile(dataDir));
    UserBootstrap.run(users, REFERENCE, SECRETARIAT_ADDRESS, "Start-kodeord-1", encoder);
    String first = Files.readString(dataDir.resolve("security/users.json"));

    UserBootstrap.run(new LocalUsers(new UserFile(dataDir)), REFERENCE, SECRETARIAT_ADDRESS, "Et-andet-kodeord", encoder);

    assertThat(Files.readString(dataDir.resolve("security/users.json"))).isEqualTo(first);
  }

  @Test
  void existingUsersAreNeverReplaced() throws Exception {
    UserFile file = new UserFile(dataDir);
    file.write(List.of(new UserAccount("Anna@Aalborg.example", "Anna", List.of("aalborg"), encoder.encode("annas-kodeord"))));
    String before = Files.readString(file.path());

    UserBootstrap.run(new LocalUsers(file), REFERENCE, SECRETARIAT_ADDRESS, "Start-kodeord-1", encoder);

    assertThat(Files.readString(file.path())).isEqualTo(before);
    assertThat(new LocalUsers(file).find("ANNA@aalborg.example")).hasValueSatisfying(u -> assertThat(u.groups()).containsExactly("aalborg"));
  }

  @Test
  void withoutUsersAndWithoutPasswordItSaysInOneLineHowToCreateUsers(CapturedOutput output) {
    UserBootstrap.run(new LocalUsers(new UserFile(dataDir)), REFERENCE, SECRETARIAT_ADDRESS, "", encoder);

    assertThat(dataDir.resolve("security/users.json")).doesNotExist();
    assertThat(output.getOut().lines().filter(l -> l.contains("No users exist")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("RAMMEFLOW_BOOTSTRAP_PASSWORD", "./rammeflow user add <email> <group,...>"));
  }

  @Test
  void aUserAddedToTheFileCanSignInWithoutARestart() throws Exception {
    UserFile file = new UserFile(dataDir);
    LocalUsers users = new LocalUsers(file);
    assertThat(users.find("bo@laesoe.example")).isEmpty();

    new UserAdmin(file, () -> REFERENCE, () -> "Bos-lange-kodeord", System.out).run(List.of("add", "bo@laesoe.example", "laesoe,das"));

    assertThat(users.loadUserByUsername("BO@laesoe.example").getAuthorities()).extracting(Object::toString)
        .containsExactlyInAnyOrder("GROUP_laesoe", "GROUP_das");
  }
}
