package dk.rammeflow.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code rammeflow.mail}. SMTP itself is Spring's {@code spring.mail.*}; the data directory is
 * {@code rammeflow.data-dir}.
 *
 * @param from sender of every mail, "Name &lt;address&gt;"
 * @param hearingAddress the hearing mailbox: Reply-To of answerable mails, read by the poller
 * @param replyTokenSecret HMAC key of reply tokens; when empty a random key is kept in {@code <data-dir>/mail/reply-token.key}
 * @param maxAttachmentSize largest attachment accepted from a reply
 * @param maxMessageSize largest reply read at all; a larger one goes to the review list unread
 */
@ConfigurationProperties("rammeflow.mail")
public record RammeflowMailProperties(
    @DefaultValue("Rammeaftalesekretariatet <sekretariat@rammeaftale.example>") String from,
    @DefaultValue("hoering@rammeaftale.example") String hearingAddress,
    String replyTokenSecret,
    @DefaultValue("20MB") DataSize maxAttachmentSize,
    @DefaultValue("25MB") DataSize maxMessageSize,
    @DefaultValue Imap imap) {

  public static final String DEFAULT_FROM = "Rammeaftalesekretariatet <sekretariat@rammeaftale.example>";
  public static final String DEFAULT_HEARING_ADDRESS = "hoering@rammeaftale.example";

  /** The defaults, as bound from an empty configuration. */
  public static RammeflowMailProperties defaults() {
    return new RammeflowMailProperties(DEFAULT_FROM, DEFAULT_HEARING_ADDRESS, null, DataSize.ofMegabytes(20), DataSize.ofMegabytes(25),
        new Imap(null, null, null, "imap", null, null, "INBOX", Duration.ofSeconds(10), Duration.ofDays(7)));
  }

  /** The IMAP login: the configured username, else the hearing address. */
  public String imapUsername() {
    return imap.username() != null && !imap.username().isBlank() ? imap.username() : hearingAddress;
  }

  /**
   * The hearing mailbox over IMAP.
   *
   * @param enabled poll at all; unset means on in the embedded runtime and off otherwise
   * @param protocol {@code imap} or {@code imaps}
   * @param username login; defaults to the hearing address
   * @param recentWindow mail received this recently is examined even when already flagged \Seen (someone may
   *     have opened it in a mail client before the poller saw it)
   */
  public record Imap(
      Boolean enabled,
      String host,
      Integer port,
      @DefaultValue("imap") String protocol,
      String username,
      String password,
      @DefaultValue("INBOX") String folder,
      @DefaultValue("PT10S") Duration pollInterval,
      @DefaultValue("P7D") Duration recentWindow) {}
}
