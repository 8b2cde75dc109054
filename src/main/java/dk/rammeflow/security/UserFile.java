package dk.rammeflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.rammeflow.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The local users in {@code <rammeflow.data-dir>/security/users.json}, written atomically. Read from
 * disk on every call, so a change by {@link UserAdmin} (or by hand: it is plain JSON) counts at the
 * next sign-in.
 */
public final class UserFile {

  /** The file's content: {@code {"users": [...]}}. */
  public record Content(List<UserAccount> users) {
    public Content {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  public UserFile(Path dataDir) {
    this.file = dataDir.resolve("security").resolve("users.json");
  }

  public Path path() {
    return file;
  }

  public List<UserAccount> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return JSON.readValue(file.toFile(), Content.class).users();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the users in " + file, e);
    }
  }

  public void write(List<UserAccount> users) {
    List<UserAccount> sorted = new ArrayList<>(users);
    sorted.sort(Comparator.comparing(UserAccount::email));
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + file.getParent(), e);
    }
    AtomicFile.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, new Content(sorted)));
  }
}
