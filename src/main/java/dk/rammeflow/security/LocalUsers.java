package dk.rammeflow.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local users for HTTP Basic and the login form. The file is read again when it has changed
 * (every write replaces it, so its file key changes), so a user added with
 * {@code ./rammeflow user add} can sign in without a restart.
 */
public class LocalUsers implements UserDetailsService {

  private final UserFile file;
  private Map<String, UserAccount> users = Map.of();
  private Version readVersion;

  private record Version(Object fileKey, Object lastModified, long size) {}

  public LocalUsers(UserFile file) {
    this.file = file;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    return new LocalUser(account);
  }

  public Optional<UserAccount> find(String email) {
    return Optional.ofNullable(current().get(UserAccount.normalize(email)));
  }

  public List<UserAccount> all() {
    return List.copyOf(current().values());
  }

  /** A user of the group, for tools that act as one (the test toolkit). */
  public Optional<UserAccount> anyMemberOf(String group) {
    return current().values().stream().filter(u -> u.groups().contains(group)).findFirst();
  }

  /** Writes the users unless there are some already; true when written. */
  public synchronized boolean createIfNone(List<UserAccount> accounts) {
    if (!current().isEmpty()) {
      return false;
    }
    file.write(accounts);
    return true;
  }

  private synchronized Map<String, UserAccount> current() {
    Version version = version();
    if (version == null) {
      users = Map.of();
      readVersion = null;
    } else if (!version.equals(readVersion)) {
      Map<String, UserAccount> read = new LinkedHashMap<>();
      file.read().forEach(u -> read.put(u.email(), u));
      users = read;
      readVersion = version;
    }
    return users;
  }

  private Version version() {
    try {
      if (!Files.exists(file.path())) {
        return null;
      }
      BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
      return new Version(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    } catch (IOException e) {
      return readVersion;
    }
  }
}
