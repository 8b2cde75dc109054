package dk.rammeflow.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Every mail sent, durable as JSON lines in {@code <rammeflow.data-dir>/mail/sent.jsonl}, loaded at startup. */
@Service
public class SentMailLog {

  private static final Logger LOG = LoggerFactory.getLogger(SentMailLog.class);

  private final DurableLines file;
  private final List<SentMail> sent = new ArrayList<>();
  private final Map<String, SentMail> byKey = new HashMap<>();
  private final Map<String, SentMail> byMessageId = new HashMap<>();

  public SentMailLog(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.file = new DurableLines(dataDir.resolve("mail").resolve("sent.jsonl"));
    for (String line : file.readAll()) {
      try {
        index(MailJson.MAPPER.readValue(line, SentMail.class));
      } catch (JsonProcessingException e) {
        LOG.warn("Skipping an unreadable line in {} (cut short by a crash?): {}", file.file().toAbsolutePath(), line);
      }
    }
    LOG.info("Sent-mail log {} holds {} mail(s)", file.file().toAbsolutePath(), sent.size());
  }

  public synchronized List<SentMail> all() {
    return List.copyOf(sent);
  }

  public synchronized List<SentMail> withTag(String key, String value) {
    return sent.stream().filter(m -> Objects.equals(m.tags().get(key), value)).toList();
  }

  public synchronized Optional<SentMail> byKey(String idempotencyKey) {
    return Optional.ofNullable(byKey.get(idempotencyKey));
  }

  public synchronized Optional<SentMail> byMessageId(String messageId) {
    return Optional.ofNullable(byMessageId.get(normalizeMessageId(messageId)));
  }

  /**
   * Records a mail the SMTP server accepted. The in-memory log is updated even when the file cannot be written:
   * the mail is out, and a retry in this process must not send it again. The line is on disk when this returns
   * (before the job completes); concurrent mail workers share one force of the file (group commit) and do not
   * hold this log's lock while writing.
   */
  void record(SentMail mail) {
    synchronized (this) {
      index(mail);
    }
    try {
      file.append(MailJson.MAPPER.writeValueAsString(mail));
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.error("Mail '{}' was sent but could not be written to {}; after a restart it may be sent again",
          mail.idempotencyKey(), file.file().toAbsolutePath(), e);
    }
  }

  /** How often the file was forced to disk (for tests of the group commit). */
  long forces() {
    return file.forces();
  }

  private void index(SentMail mail) {
    if (byKey.containsKey(mail.idempotencyKey())) {
      return;
    }
    sent.add(mail);
    byKey.put(mail.idempotencyKey(), mail);
    if (mail.messageId() != null) {
      byMessageId.put(normalizeMessageId(mail.messageId()), mail);
    }
  }

  /** Message-IDs compare without angle brackets and surrounding space. */
  static String normalizeMessageId(String messageId) {
    if (messageId == null) {
      return null;
    }
    String id = messageId.strip();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1).strip();
    }
    return id;
  }
}
