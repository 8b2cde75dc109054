package dk.rammeflow.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail to send through {@link MailService}.
 *
 * <p>A reply token in the tag {@value #REPLY_TOKEN_TAG} (see {@link #withReplyToken(String)}) makes the mail
 * answerable: its subject tag ({@link ReplyTokens#subjectTag(String)}) is appended to the subject and Reply-To is
 * set to the hearing mailbox ({@code rammeflow.mail.hearing-address}).
 */
public record OutgoingMail(
    String idempotencyKey,
    List<String> to,
    String subject,
    String template,
    Map<String, Object> model,
    List<MailAttachment> attachments,
    Map<String, String> tags) {

  /** Tag holding the reply token issued by {@link ReplyTokens#issue(String, String)}. */
  public static final String REPLY_TOKEN_TAG = "replyToken";

  public OutgoingMail {
    to = to == null ? List.of() : List.copyOf(to);
    // Process variables may hold null values, which Map.copyOf rejects.
    model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    Map<String, String> copiedTags = new LinkedHashMap<>();
    if (tags != null) {
      tags.forEach((k, v) -> {
        if (k != null && v != null) {
          copiedTags.put(k, v);
        }
      });
    }
    tags = Collections.unmodifiableMap(copiedTags);
  }

  /** This mail with the reply token set, so replies to it can be matched to the hearing and party. */
  public OutgoingMail withReplyToken(String replyToken) {
    Map<String, String> withToken = new LinkedHashMap<>(tags);
    withToken.put(REPLY_TOKEN_TAG, replyToken);
    return new OutgoingMail(idempotencyKey, to, subject, template, model, attachments, withToken);
  }

  /** The reply token of this mail, or null when replies are not expected. */
  public String replyToken() {
    return tags.get(REPLY_TOKEN_TAG);
  }
}
