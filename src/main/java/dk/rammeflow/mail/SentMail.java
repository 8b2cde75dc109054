package dk.rammeflow.mail;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mail the SMTP server accepted, as recorded in {@link SentMailLog}. The subject is the one sent (with the reply tag). */
public record SentMail(String idempotencyKey, String messageId, List<String> to, String subject, Instant sentAt, Map<String, String> tags) {

  public SentMail {
    to = to == null ? List.of() : List.copyOf(to);
    tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
