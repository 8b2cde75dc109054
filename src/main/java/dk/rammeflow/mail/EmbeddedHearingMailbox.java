package dk.rammeflow.mail;

import dk.rammeflow.embedded.EmbeddedMailServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the embedded runtime, creates the hearing mailbox's user in GreenMail before anything is delivered, so the
 * IMAP login of the poller and SMTP deliveries to the hearing address share one mailbox (GreenMail would
 * otherwise create the user on first use, from two threads).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rammeflow.embedded.enabled", havingValue = "true")
class EmbeddedHearingMailbox {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHearingMailbox.class);

  @Bean
  HearingMailboxUser hearingMailboxUser(EmbeddedMailServer mailServer, RammeflowMailProperties properties) {
    var users = mailServer.greenMail().getUserManager();
    String address = properties.hearingAddress();
    String login = properties.imapUsername();
    if (users.getUserByEmail(address) == null && users.getUser(login) == null) {
      String password = properties.imap().password() == null ? "" : properties.imap().password();
      mailServer.greenMail().setUser(address, login, password);
      LOG.info("Embedded mail server: hearing mailbox {} (IMAP login {})", address, login);
    }
    return new HearingMailboxUser(address, login);
  }

  record HearingMailboxUser(String address, String login) {}
}
