package dk.rammeflow.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The original (RFC 822) of every reply handed to the hearing process, kept in
 * {@code <rammeflow.data-dir>/mail/received/} under a digest of its Message-ID, so an accepted reply can be
 * checked against what the party really sent. (Reviewed mail keeps its original on the review list.)
 */
@Component
public class ReceivedOriginals {

  private final Path directory;

  public ReceivedOriginals(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.directory = dataDir.resolve("mail").resolve("received").toAbsolutePath().normalize();
  }

  void keep(String messageId, byte[] original) {
    try {
      Files.createDirectories(directory);
      Path temp = Files.createTempFile(directory, "received-", ".tmp");
      try {
        Files.write(temp, original);
        Files.move(temp, fileOf(messageId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the original of " + messageId + " in " + directory, e);
    }
  }

  public Optional<byte[]> find(String messageId) {
    Path file = fileOf(messageId);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private Path fileOf(String messageId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.strip().getBytes(StandardCharsets.UTF_8));
      return directory.resolve(HexFormat.of().formatHex(digest) + ".eml");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
