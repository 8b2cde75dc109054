package dk.rammeflow.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** GreenMail's SMTP and IMAP servers on loopback: the embedded runtime's mail transport. */
public class EmbeddedMailServer implements AutoCloseable {

  private final GreenMail greenMail;
  private final int smtpPort;
  private final int imapPort;

  public EmbeddedMailServer(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.greenMail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }

  public void start() {
    greenMail.start();
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every message the server received, in arrival order (one copy per recipient). */
  public List<MimeMessage> receivedMessages() {
    return List.of(greenMail.getReceivedMessages());
  }

  /**
   * Deletes every mail received before {@code cutoff} from every mailbox (the retention of ended work).
   *
   * @return how many mails were deleted
   */
  public int releaseReceivedBefore(java.time.Instant cutoff) {
    var imap = greenMail.getManagers().getImapHostManager();
    int released = 0;
    for (var user : greenMail.getUserManager().listUser()) {
      try {
        for (var folder : imap.listMailboxes(user, "*")) {
          int before = released;
          for (var message : folder.getNonDeletedMessages()) {
            if (message.getReceivedDate() != null && message.getReceivedDate().toInstant().isBefore(cutoff)) {
              message.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
              released++;
            }
          }
          if (released > before) {
            folder.expunge();
          }
        }
      } catch (com.icegreen.greenmail.store.FolderException e) {
        throw new IllegalStateException("Could not release old mails of " + user.getEmail(), e);
      }
    }
    return released;
  }

  /** For tests and the mail-reading worker: direct access to users and mailboxes. */
  public GreenMail greenMail() {
    return greenMail;
  }
}
