package dk.rammeflow.mail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Message-IDs of received mail already handled (passed to the handler or put on the review list), durable in {@code <rammeflow.data-dir>/mail/processed.txt}. */
@Component
public class ProcessedMessages {

  private final DurableLines file;
  private final Set<String> ids = new HashSet<>();

  public ProcessedMessages(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.file = new DurableLines(dataDir.resolve("mail").resolve("processed.txt"));
    ids.addAll(file.readAll());
  }

  public synchronized boolean contains(String messageId) {
    return ids.contains(messageId.strip());
  }

  synchronized void add(String messageId) {
    String id = messageId.strip();
    if (ids.add(id)) {
      file.append(id);
    }
  }
}
