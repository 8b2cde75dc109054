package dk.rammeflow.mail;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Message-IDs of received mail already handled (passed to the handler or put on the review list), each with a
 * fingerprint of the mail (sender, subject, date), durable in {@code <rammeflow.data-dir>/mail/processed.txt}. The
 * fingerprint tells the same mail delivered again from another mail that reuses its Message-ID.
 */
@Component
public class ProcessedMessages {

  private final DurableLines file;
  private final Map<String, String> fingerprints = new HashMap<>();

  public ProcessedMessages(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.file = new DurableLines(dataDir.resolve("mail").resolve("processed.txt"));
    for (String line : file.readAll()) {
      String[] parts = line.split("\t", 2);
      fingerprints.putIfAbsent(parts[0], parts.length == 2 ? parts[1] : "");
    }
  }

  public synchronized boolean contains(String messageId) {
    return fingerprints.containsKey(messageId.strip());
  }

  /** The fingerprint recorded with the Message-ID; empty for entries written before fingerprints were kept. */
  synchronized Optional<String> fingerprint(String messageId) {
    return Optional.ofNullable(fingerprints.get(messageId.strip()));
  }

  synchronized void add(String messageId, String fingerprint) {
    String id = messageId.strip();
    if (!fingerprints.containsKey(id)) {
      fingerprints.put(id, fingerprint);
      file.append(fingerprint.isEmpty() ? id : id + "\t" + fingerprint);
    }
  }
}
