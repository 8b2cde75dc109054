package dk.rammeflow.security;

import dk.rammeflow.storage.JsonRecordFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The local users in {@code <rammeflow.data-dir>/security/users.json}, written atomically. Read by
 * the application and changed by {@link UserAdmin} (and by hand: it is plain JSON).
 */
public final class UserFile {

  static final String NAME = "users";

  /** The file's content: {@code {"users": [...]}}. */
  public record Content(List<UserAccount> users) {
    public Content {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  private final Path file;
  private final JsonRecordFiles<Content> files;

  public UserFile(Path dataDir) {
    Path directory = dataDir.resolve("security");
    this.files = new JsonRecordFiles<>(directory, Content.class);
    this.file = directory.resolve(NAME + ".json");
  }

  public Path path() {
    return file;
  }

  public List<UserAccount> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    return files.readAll().stream().flatMap(content -> content.users().stream()).toList();
  }

  public void write(List<UserAccount> users) {
    List<UserAccount> sorted = new ArrayList<>(users);
    sorted.sort(Comparator.comparing(UserAccount::email));
    files.write(NAME, new Content(sorted));
  }
}
