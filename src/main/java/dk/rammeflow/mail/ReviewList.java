package dk.rammeflow.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Received mail the system could not match, parse or register, for a person to handle. Durable as JSON lines in
 * {@code <rammeflow.data-dir>/mail/review.jsonl}; the original mail (when it could be read) is kept beside it in
 * {@code review/<id>.eml}.
 */
@Service
public class ReviewList {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewList.class);

  private final DurableLines file;
  private final Path originals;
  private final List<ReviewItem> items = new ArrayList<>();

  public ReviewList(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    Path mailDir = dataDir.resolve("mail");
    this.file = new DurableLines(mailDir.resolve("review.jsonl"));
    this.originals = mailDir.resolve("review");
    for (String line : file.readAll()) {
      try {
        put(MailJson.MAPPER.readValue(line, ReviewItem.class));
      } catch (JsonProcessingException e) {
        LOG.warn("Skipping an unreadable line in {} (cut short by a crash?): {}", file.file().toAbsolutePath(), line);
      }
    }
  }

  /** A later line of the same item (its resolution) replaces the earlier one. */
  private void put(ReviewItem item) {
    items.removeIf(i -> i.id().equals(item.id()));
    items.add(item);
  }

  /** Records how the secretariat handled a waiting item; refused (409) once it is handled. */
  synchronized ReviewItem resolve(String id, ReviewItem.Status status, String resolution, String by, Instant at) {
    ReviewItem item = find(id).orElseThrow(() -> new ReviewItemException(404, "Posten findes ikke på listen til gennemsyn."));
    if (!item.waiting()) {
      throw new ReviewItemException(409, "Posten er allerede behandlet: %s".formatted(item.resolution()));
    }
    ReviewItem resolved = item.resolved(status, resolution, by, at);
    try {
      file.append(MailJson.MAPPER.writeValueAsString(resolved));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize review item " + id, e);
    }
    put(resolved);
    return resolved;
  }

  public synchronized List<ReviewItem> all() {
    return List.copyOf(items);
  }

  public synchronized Optional<ReviewItem> find(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The original mail (RFC 822) of the item, when it was kept. */
  public Optional<byte[]> original(String id) {
    if (find(id).isEmpty()) {
      return Optional.empty();
    }
    Path eml = originals.resolve(id + ".eml");
    try {
      return Files.exists(eml) ? Optional.of(Files.readAllBytes(eml)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + eml.toAbsolutePath(), e);
    }
  }

  /**
   * Adds a mail to the list, at most once per Message-ID (a mail put here just before a crash is examined again
   * after the restart).
   */
  synchronized ReviewItem add(
      String messageId, String from, String subject, Instant receivedAt, String reason, String text, List<String> attachmentNames, byte[] original) {
    Optional<ReviewItem> existing = items.stream().filter(i -> messageId != null && Objects.equals(i.messageId(), messageId)).findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    ReviewItem item = new ReviewItem(UUID.randomUUID().toString(), messageId, from, subject, receivedAt, reason, text, attachmentNames, null, null, null, null);
    if (original != null) {
      try {
        Files.createDirectories(originals);
        Files.write(originals.resolve(item.id() + ".eml"), original);
      } catch (IOException e) {
        LOG.warn("Cannot keep the original of review item {} ({}): {}", item.id(), messageId, e.getMessage());
      }
    }
    try {
      file.append(MailJson.MAPPER.writeValueAsString(item));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize review item " + item.id(), e);
    }
    put(item);
    LOG.warn("Mail {} from {} ('{}') put on the review list: {}", messageId, from, subject, reason);
    return item;
  }
}
