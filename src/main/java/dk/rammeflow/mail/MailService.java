package dk.rammeflow.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Sends template mails through Spring's {@link JavaMailSender}: multipart/alternative (plain text and HTML),
 * UTF-8 throughout, attachments named in RFC 2231 (Content-Disposition) and RFC 2047 (Content-Type name, for
 * older clients).
 *
 * <p>The SMTP connection is kept between mails (one per mail sent at once) and checked with NOOP before reuse.
 *
 * <p>Idempotency: the {@link SentMailLog} is checked before sending and written right after the SMTP server
 * accepted the mail, under a lock per key. A crash between acceptance and the log write sends the mail again on
 * the retry (at least once: a duplicate invitation is better than a missing one). The duplicate carries the same
 * Message-ID, which is derived from the key with a keyed hash, so replies to either copy match.
 */
@Service
public class MailService {

  private static final Logger LOG = LoggerFactory.getLogger(MailService.class);
  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  private static final Session COMPOSE_SESSION = Session.getInstance(new Properties());

  private final Supplier<JavaMailSender> sender;
  private final SentMailLog log;
  private final ReplyTokens replyTokens;
  private final MailTemplates templates;
  private final RammeflowMailProperties properties;
  private final InternetAddress from;
  private final InternetAddress hearingAddress;
  private final String messageIdDomain;
  private final ReentrantLock[] keyLocks = new ReentrantLock[64];
  /** Open SMTP connections between mails, most recently used first; at most one per mail sent at once. */
  private final BlockingDeque<Transport> idleConnections = new LinkedBlockingDeque<>(8);

  @Autowired
  public MailService(
      ObjectProvider<JavaMailSender> senders, SentMailLog log, ReplyTokens replyTokens, MailTemplates templates, RammeflowMailProperties properties) {
    this(new Supplier<>() {
      private volatile JavaMailSender found;

      @Override
      public JavaMailSender get() { // looked up once it is there, not on every mail
        JavaMailSender sender = found;
        if (sender == null) {
          sender = senders.getIfAvailable();
          found = sender;
        }
        return sender;
      }
    }, log, replyTokens, templates, properties);
  }

  public MailService(JavaMailSender sender, SentMailLog log, ReplyTokens replyTokens, MailTemplates templates, RammeflowMailProperties properties) {
    this(() -> sender, log, replyTokens, templates, properties);
  }

  private MailService(
      Supplier<JavaMailSender> sender, SentMailLog log, ReplyTokens replyTokens, MailTemplates templates, RammeflowMailProperties properties) {
    this.sender = sender;
    this.log = log;
    this.replyTokens = replyTokens;
    this.templates = templates;
    this.properties = properties;
    this.from = parseConfigured("rammeflow.mail.from", properties.from());
    this.hearingAddress = parseConfigured("rammeflow.mail.hearing-address", properties.hearingAddress());
    String address = from.getAddress();
    this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    for (int i = 0; i < keyLocks.length; i++) {
      keyLocks[i] = new ReentrantLock();
    }
  }

  /**
   * Sends the mail unless a mail with the same idempotency key was sent before; then returns that one.
   *
   * @throws MailDeliveryException when no SMTP server is configured, it cannot be reached, or it refuses the mail
   * @throws IllegalArgumentException when the mail itself is invalid (no key, bad address, unknown template)
   */
  public SentMail send(OutgoingMail mail) {
    validate(mail);
    ReentrantLock lock = keyLocks[Math.floorMod(mail.idempotencyKey().hashCode(), keyLocks.length)];
    lock.lock();
    try {
      Optional<SentMail> earlier = log.byKey(mail.idempotencyKey());
      if (earlier.isPresent()) {
        LOG.info("Mail '{}' was already sent at {} ({}); not sending it again", mail.idempotencyKey(), earlier.get().sentAt(), earlier.get().messageId());
        return earlier.get();
      }
      String subject = subjectOf(mail);
      Map<String, Object> model = new LinkedHashMap<>(mail.model());
      model.putIfAbsent("mailSubject", subject);
      model.putIfAbsent("hearingAddress", hearingAddress.getAddress());
      model.putIfAbsent("replyExpected", mail.replyToken() != null);
      MailTemplates.RenderedMail body = templates.render(mail.template(), model);
      String messageId = messageIdFor(mail.idempotencyKey());
      MimeMessage message = compose(mail, subject, body, messageId);

      JavaMailSender smtp = sender.get();
      if (smtp == null) {
        throw new MailDeliveryException("No SMTP server is configured (set spring.mail.host); mail '%s' was not sent".formatted(mail.idempotencyKey()), null);
      }
      try {
        deliver(smtp, message);
      } catch (MailException | MessagingException e) {
        String server = smtp instanceof JavaMailSenderImpl impl ? " via " + impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "") : "";
        throw new MailDeliveryException("SMTP delivery of mail '%s' to %s%s failed: %s"
            .formatted(mail.idempotencyKey(), mail.to(), server, NestedExceptionUtils.getMostSpecificCause(e).getMessage()), e);
      }
      SentMail sent = new SentMail(mail.idempotencyKey(), messageId, mail.to(), subject, Instant.now(), mail.tags());
      log.record(sent);
      LOG.info("Sent mail '{}' ({}) to {} as {}", mail.idempotencyKey(), mail.template(), mail.to(), messageId);
      return sent;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sends the message over a connection kept from an earlier mail when there is one that still answers (NOOP),
   * else over a new one, which is kept afterwards: a new connection costs a TCP handshake, EHLO and a thread on
   * each side. A connection that failed is closed; the mail's job is retried as before.
   */
  private void deliver(JavaMailSender smtp, MimeMessage message) throws MessagingException {
    if (!(smtp instanceof JavaMailSenderImpl impl)) {
      smtp.send(message);
      return;
    }
    Transport transport = idleConnection();
    if (transport == null) {
      transport = connect(impl);
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(transport);
      throw e;
    }
    if (!idleConnections.offerFirst(transport)) {
      closeQuietly(transport);
    }
  }

  private Transport idleConnection() {
    Transport transport;
    while ((transport = idleConnections.pollFirst()) != null) {
      if (transport.isConnected()) { // NOOP: the server may have closed an idle connection meanwhile
        return transport;
      }
      closeQuietly(transport);
    }
    return null;
  }

  /** Connects as {@link JavaMailSenderImpl} does for each of its sends. */
  private static Transport connect(JavaMailSenderImpl impl) throws MessagingException {
    Session session = impl.getSession();
    String protocol = impl.getProtocol() != null ? impl.getProtocol() : session.getProperty("mail.transport.protocol");
    Transport transport = session.getTransport(protocol != null ? protocol : "smtp");
    String username = "".equals(impl.getUsername()) ? null : impl.getUsername();
    String password = username == null && "".equals(impl.getPassword()) ? null : impl.getPassword();
    transport.connect(impl.getHost(), impl.getPort(), username, password);
    return transport;
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("Closing an SMTP connection failed: {}", e.getMessage());
    }
  }

  @PreDestroy
  void closeConnections() {
    Transport transport;
    while ((transport = idleConnections.pollFirst()) != null) {
      closeQuietly(transport);
    }
  }

  /** The Message-ID a mail with this key gets: {@code <uuid@domain-of-from>}, stable for the key, unguessable without the key secret. */
  public String messageIdFor(String idempotencyKey) {
    return "<" + UUID.nameUUIDFromBytes(replyTokens.digest("message-id", idempotencyKey)) + "@" + messageIdDomain + ">";
  }

  private String subjectOf(OutgoingMail mail) {
    String token = mail.replyToken();
    if (token == null) {
      return mail.subject();
    }
    String tag = replyTokens.subjectTag(token);
    return mail.subject().contains(tag) ? mail.subject() : mail.subject() + " " + tag;
  }

  private MimeMessage compose(OutgoingMail mail, String subject, MailTemplates.RenderedMail body, String messageId) {
    try {
      MimeMessage message = new MimeMessage(COMPOSE_SESSION) {
        @Override
        protected void updateMessageID() throws MessagingException {
          setHeader("Message-ID", messageId);
        }
      };
      message.setFrom(from);
      message.setRecipients(Message.RecipientType.TO, recipients(mail.to()));
      if (mail.replyToken() != null) {
        message.setReplyTo(new Address[] {hearingAddress});
      }
      message.setSubject(subject, UTF_8);
      message.setSentDate(new Date());

      MimeBodyPart text = new MimeBodyPart();
      text.setText(body.text(), UTF_8, "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(body.html(), UTF_8, "html");
      MimeMultipart alternative = new MimeMultipart("alternative", text, html);
      if (mail.attachments().isEmpty()) {
        message.setContent(alternative);
      } else {
        MimeBodyPart bodyPart = new MimeBodyPart();
        bodyPart.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed", bodyPart);
        for (MailAttachment attachment : mail.attachments()) {
          mixed.addBodyPart(attachmentPart(attachment));
        }
        message.setContent(mixed);
      }
      message.saveChanges();
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("Cannot compose mail '%s': %s".formatted(mail.idempotencyKey(), e.getMessage()), e);
    }
  }

  private static MimeBodyPart attachmentPart(MailAttachment attachment) throws MessagingException, UnsupportedEncodingException {
    String contentType = StringUtils.hasText(attachment.contentType()) ? attachment.contentType() : "application/octet-stream";
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), contentType)));
    ContentType type = new ContentType(contentType);
    type.setParameter("name", MimeUtility.encodeText(attachment.fileName(), UTF_8, "B").replaceAll("\r?\n", ""));
    part.setHeader("Content-Type", type.toString());
    ParameterList parameters = new ParameterList();
    parameters.set("filename", attachment.fileName(), UTF_8);
    ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT, parameters);
    part.setHeader("Content-Disposition", disposition.toString());
    return part;
  }

  private static void validate(OutgoingMail mail) {
    if (mail == null || !StringUtils.hasText(mail.idempotencyKey())) {
      throw new IllegalArgumentException("A mail needs an idempotency key");
    }
    if (mail.to().isEmpty()) {
      throw new IllegalArgumentException("Mail '%s' has no recipients".formatted(mail.idempotencyKey()));
    }
    if (!StringUtils.hasText(mail.subject())) {
      throw new IllegalArgumentException("Mail '%s' has no subject".formatted(mail.idempotencyKey()));
    }
    for (MailAttachment attachment : mail.attachments()) {
      if (attachment == null || !StringUtils.hasText(attachment.fileName()) || attachment.content() == null) {
        throw new IllegalArgumentException("Mail '%s' has an attachment without a name or content".formatted(mail.idempotencyKey()));
      }
    }
  }

  private static Address[] recipients(List<String> to) {
    List<Address> addresses = new ArrayList<>();
    for (String recipient : to) {
      try {
        InternetAddress[] parsed = InternetAddress.parse(recipient, true);
        for (InternetAddress address : parsed) {
          address.validate();
          addresses.add(withUtf8Personal(address));
        }
      } catch (AddressException | UnsupportedEncodingException e) {
        throw new IllegalArgumentException("Invalid recipient address '%s': %s".formatted(recipient, e.getMessage()), e);
      }
    }
    return addresses.toArray(Address[]::new);
  }

  private static InternetAddress parseConfigured(String key, String value) {
    try {
      InternetAddress address = new InternetAddress(value, true);
      address.validate();
      return withUtf8Personal(address);
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("Invalid mail address in %s: '%s'".formatted(key, value), e);
    }
  }

  private static InternetAddress withUtf8Personal(InternetAddress address) throws UnsupportedEncodingException {
    if (address.getPersonal() != null) {
      address.setPersonal(address.getPersonal(), UTF_8);
    }
    return address;
  }
}
