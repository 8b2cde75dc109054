package dk.rammeflow.security;

import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.reference.ReferenceDataLoader;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The operator's command for local users, run by {@code ./rammeflow user ...} without starting the
 * application; the running application sees the change at the next sign-in.
 *
 * <pre>
 * user add &lt;email&gt; &lt;group,...&gt; [--name "Display name"]   create, or change groups and password
 * user remove &lt;email&gt;
 * user list
 * options: --data-dir DIR (default ./data), --reference LOCATION (default classpath:reference/)
 * </pre>
 *
 * The password is read from the console, or from the environment variable
 * {@code RAMMEFLOW_USER_PASSWORD} when there is no console.
 */
public final class UserAdmin {

  static final String USAGE =
      """
      usage: ./rammeflow user add <email> <group,...> [--name "Display name"] | remove <email> | list
             options: --data-dir DIR (default ./data), --reference LOCATION (default classpath:reference/)
             groups: party ids, forum ids and sekretariatet from the reference data, e.g. aalborg or sekretariatet
             the password is asked for, or taken from RAMMEFLOW_USER_PASSWORD""";

  private static final int MIN_PASSWORD_LENGTH = 10;

  private final UserFile file;
  private final Supplier<ReferenceData> reference;
  private final Supplier<String> password;
  private final PrintStream out;

  UserAdmin(UserFile file, Supplier<ReferenceData> reference, Supplier<String> password, PrintStream out) {
    this.file = file;
    this.reference = reference;
    this.password = password;
    this.out = out;
  }

  public static void main(String[] args) {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    try {
      String dataDir = option(arguments, "--data-dir", "./data");
      String location = option(arguments, "--reference", ReferenceDataLoader.DEFAULT_LOCATION);
      new UserAdmin(new UserFile(Path.of(dataDir)), () -> new ReferenceDataLoader().load(location), UserAdmin::readPassword, System.out)
          .run(arguments);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  void run(List<String> arguments) {
    List<String> args = new ArrayList<>(arguments);
    String name = option(args, "--name", null);
    String command = args.isEmpty() ? "" : args.getFirst();
    switch (command) {
      case "add" -> {
        require(args.size() == 3);
        add(args.get(1), args.get(2), name);
      }
      case "remove" -> {
        require(args.size() == 2);
        remove(args.get(1));
      }
      case "list" -> {
        require(args.size() == 1);
        file.read().forEach(u -> out.println(u.email() + "  " + String.join(",", u.groups()) + "  " + (u.name() == null ? "" : u.name())));
      }
      default -> throw new IllegalArgumentException(USAGE);
    }
  }

  private void add(String email, String groupList, String name) {
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("Not an e-mail address: " + email);
    }
    Set<String> groups = new LinkedHashSet<>(Arrays.stream(groupList.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList());
    Set<String> known = knownGroups(reference.get());
    List<String> unknown = groups.stream().filter(g -> !known.contains(g)).toList();
    if (groups.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown groups " + unknown + "; known groups are " + known);
    }
    String secret = password.get();
    if (secret == null || secret.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    List<UserAccount> users = new ArrayList<>(file.read());
    String login = UserAccount.normalize(email);
    UserAccount existing = users.stream().filter(u -> u.email().equals(login)).findFirst().orElse(null);
    users.remove(existing);
    String displayName = name != null ? name : existing != null ? existing.name() : login;
    users.add(new UserAccount(login, displayName, List.copyOf(groups), new BCryptPasswordEncoder().encode(secret)));
    file.write(users);
    out.println((existing == null ? "Added " : "Changed ") + login + " in " + String.join(",", groups) + " (" + file.path() + ")");
  }

  private void remove(String email) {
    List<UserAccount> users = new ArrayList<>(file.read());
    String login = UserAccount.normalize(email);
    if (!users.removeIf(u -> u.email().equals(login))) {
      throw new IllegalArgumentException("No user " + login + " in " + file.path());
    }
    file.write(users);
    out.println("Removed " + login);
  }

  /** The groups tasks can be offered to: party ids, forum ids, and member ids of members outside the parties. */
  static Set<String> knownGroups(ReferenceData reference) {
    Set<String> groups = new LinkedHashSet<>(reference.candidateGroups());
    reference.fora().stream().flatMap(f -> f.members().stream()).filter(m -> m.party() == null).map(ForumMember::id).forEach(groups::add);
    return groups;
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw new IllegalArgumentException(USAGE);
    }
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
    }
    String value = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return value;
  }

  private static String readPassword() {
    String fromEnvironment = System.getenv("RAMMEFLOW_USER_PASSWORD");
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("No console to ask for the password: set RAMMEFLOW_USER_PASSWORD.");
    }
    char[] first = console.readPassword("Password: ");
    char[] second = console.readPassword("Repeat the password: ");
    if (first == null || !Arrays.equals(first, second)) {
      throw new IllegalArgumentException("The passwords differ.");
    }
    return new String(first);
  }
}
