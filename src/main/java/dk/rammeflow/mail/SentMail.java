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

  /**
   * The mail without what would let someone answer in another's name or thread into its replies:
   * no Message-ID, no reply token (neither the tag nor the subject's {@code [RF-...]}).
   */
  public SentMail withoutReplyCredentials() {
    Map<String, String> safeTags = new LinkedHashMap<>(tags);
    safeTags.remove(OutgoingMail.REPLY_TOKEN_TAG);
    return new SentMail(idempotencyKey, null, to, ReplyTokens.withoutSubjectTag(subject), sentAt, safeTags);
  }
}
