package dk.rammeflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.reference.ReferenceDataLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The operator's user command: add, change, remove and list local users. */
class UserAdminTest {

  private static final ReferenceData REFERENCE = new ReferenceDataLoader().load(ReferenceDataLoader.DEFAULT_LOCATION);

  @TempDir Path dataDir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private UserAdmin admin(String password) {
    return new UserAdmin(new UserFile(dataDir), () -> REFERENCE, () -> password, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @Test
  void addsChangesListsAndRemovesAUser() {
    admin("første-kodeord").run(List.of("add", "Karen@Thisted.example", "thisted", "--name", "Karen Ø"));
    admin("andet-kodeord-x").run(List.of("add", "karen@thisted.example", "thisted,kb-thisted"));

    List<UserAccount> users = new UserFile(dataDir).read();
    assertThat(users).singleElement().satisfies(u -> {
      assertThat(u.email()).isEqualTo("karen@thisted.example");
      assertThat(u.name()).isEqualTo("Karen Ø");
      assertThat(u.groups()).containsExactly("thisted", "kb-thisted");
      assertThat(new BCryptPasswordEncoder().matches("andet-kodeord-x", u.passwordHash())).isTrue();
    });

    admin(null).run(List.of("list"));
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("karen@thisted.example  thisted,kb-thisted  Karen Ø");

    admin(null).run(List.of("remove", "KAREN@thisted.example"));
    assertThat(new UserFile(dataDir).read()).isEmpty();
  }

  @Test
  void refusesUnknownGroupsShortPasswordsAndBadCommands() {
    assertThatThrownBy(() -> admin("langt-nok-kodeord").run(List.of("add", "a@b.example", "aalborg,nogen")))
        .hasMessageContaining("Unknown groups [nogen]");
    assertThatThrownBy(() -> admin("kort").run(List.of("add", "a@b.example", "aalborg")))
        .hasMessageContaining("at least 10 characters");
    assertThatThrownBy(() -> admin("langt-nok-kodeord").run(List.of("add", "ikke-en-mail", "aalborg")))
        .hasMessageContaining("Not an e-mail address");
    assertThatThrownBy(() -> admin(null).run(List.of("remove", "ingen@b.example"))).hasMessageContaining("No user ingen@b.example");
    assertThatThrownBy(() -> admin(null).run(List.of("slet"))).hasMessageContaining("usage: ./rammeflow user");
    assertThat(new UserFile(dataDir).read()).isEmpty();
  }
}
