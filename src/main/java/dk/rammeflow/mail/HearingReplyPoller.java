package dk.rammeflow.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads replies from the hearing mailbox over IMAP and hands each to the {@link InboundReplyHandler} of its
 * target's kind (hearing, tariff, ...), or puts it on the {@link ReviewList} with a Danish reason.
 *
 * <p>A mail is matched by the reply token in its subject tag or, without a tag, by In-Reply-To/References naming
 * a Message-ID in the {@link SentMailLog} whose tags hold hearingId and partyId. The token wins when both are
 * present; a tag whose token does not verify puts the mail on the review list (the sender may have changed it).
 *
 * <p>Every Message-ID is handled once (durable {@link ProcessedMessages}); then the mail is flagged \Seen (once: a
 * person may mark it unread again in a mail client, and the poller leaves it so). The
 * order is handler, processed-set, flag: a crash right after the handler returned makes the mail reach the
 * handler again after the restart, so the handler must be idempotent by {@link InboundReply#messageId()}. A
 * handler failing with anything but {@link ReplyRejectedException} is retried on the next polls; after
 * {@value #MAX_ATTEMPTS} failures the mail goes on the review list.
 *
 * <p>Each poll examines unseen mail and all mail received within {@code rammeflow.mail.imap.recent-window}, so a
 * mail opened by a person in a mail client before the poller saw it is still registered. Messages are read with
 * BODY.PEEK, so reading does not flag them.
 */
@Component
public class HearingReplyPoller implements SmartLifecycle {

  public record PollResult(int accepted, int reviewed, int deferred, int alreadyProcessed) {

    PollResult plus(PollResult other) {
      return new PollResult(accepted + other.accepted, reviewed + other.reviewed, deferred + other.deferred, alreadyProcessed + other.alreadyProcessed);
    }
  }

  static final int MAX_ATTEMPTS = 5;
  static final String NO_HANDLER = "Ingen modtager for høringssvar";
  static final String NOT_MATCHED =
      "Mailen kunne ikke knyttes til en høring: emnefeltet har ingen svarkode, og mailen er ikke svar på en mail fra systemet.";
  static final String FORGED = "Svarkoden i emnefeltet er ugyldig (ændret eller forfalsket), så mailen kan ikke knyttes til en høring.";
  static final String AMBIGUOUS = "Emnefeltet indeholder svarkoder til flere forskellige høringer eller parter.";
  static final String AUTO_REPLY = "Automatisk svar (fx fraværsbesked eller returmeddelelse) – ikke registreret som høringssvar.";
  static final String EMPTY = "Mailen indeholder hverken tekst eller bilag.";
  static final String UNREADABLE = "Mailen kunne ikke læses (ugyldigt format).";
  static final String REUSED_ID =
      "Mailen har samme Message-ID som en tidligere modtaget mail, men en anden afsender, et andet emne eller en anden dato; den er ikke registreret automatisk.";

  private static final Logger LOG = LoggerFactory.getLogger(HearingReplyPoller.class);
  private static final PollResult NOTHING = new PollResult(0, 0, 0, 0);
  private static final PollResult ACCEPTED = new PollResult(1, 0, 0, 0);
  private static final PollResult REVIEWED = new PollResult(0, 1, 0, 0);
  private static final PollResult DEFERRED = new PollResult(0, 0, 1, 0);
  private static final PollResult ALREADY = new PollResult(0, 0, 0, 1);

  private final RammeflowMailProperties properties;
  private final boolean enabled;
  private final ReplyTokens replyTokens;
  private final SentMailLog sentMail;
  private final ReviewList reviewList;
  private final ProcessedMessages processed;
  private final ReceivedOriginals originals;
  private final ObjectProvider<InboundReplyHandler> handlers;
  private final Map<String, Integer> handlerFailures = new HashMap<>();
  private final Object lifecycle = new Object();
  private ScheduledExecutorService scheduler;
  private volatile boolean running;
  private boolean mailboxFailing;

  public HearingReplyPoller(
      RammeflowMailProperties properties,
      Environment environment,
      ReplyTokens replyTokens,
      SentMailLog sentMail,
      ReviewList reviewList,
      ProcessedMessages processed,
      ReceivedOriginals originals,
      ObjectProvider<InboundReplyHandler> handlers) {
    this.properties = properties;
    Boolean configured = properties.imap().enabled();
    this.enabled = configured != null ? configured : environment.getProperty("rammeflow.embedded.enabled", Boolean.class, false);
    this.replyTokens = replyTokens;
    this.sentMail = sentMail;
    this.reviewList = reviewList;
    this.processed = processed;
    this.originals = originals;
    this.handlers = handlers;
  }

  /** Reads the mailbox once and handles every new mail; returns what happened. Safe to call while the schedule runs. */
  public synchronized PollResult pollNow() {
    RammeflowMailProperties.Imap imap = properties.imap();
    if (!StringUtils.hasText(imap.host())) {
      throw new IllegalStateException("rammeflow.mail.imap.host is not set; cannot read the hearing mailbox");
    }
    String protocol = imap.protocol();
    Properties props = new Properties();
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", "10000");
    props.put("mail." + protocol + ".timeout", "60000");
    props.put("mail." + protocol + ".peek", "true");
    // Bodies come in 1 MB pieces instead of the default 16 KB, so an allowed large mail is not read in thousands of round trips.
    props.put("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
    // Some clients put raw UTF-8 in headers (RFC 6532) instead of encoded-words.
    props.put("mail.mime.allowutf8", "true");
    Session session = Session.getInstance(props);
    String where = "%s://%s@%s:%s/%s".formatted(protocol, properties.imapUsername(), imap.host(), imap.port() == null ? "default" : imap.port(), imap.folder());
    PollResult result = NOTHING;
    try (Store store = session.getStore(protocol)) {
      store.connect(imap.host(), imap.port() == null ? -1 : imap.port(), properties.imapUsername(), imap.password() == null ? "" : imap.password());
      Folder folder = store.getFolder(imap.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Date since = Date.from(Instant.now().minus(imap.recentWindow()));
        Message[] candidates = folder.search(new OrTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false), new ReceivedDateTerm(ComparisonTerm.GE, since)));
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(candidates, profile);
        for (Message message : candidates) {
          result = result.plus(processOne(session, message));
        }
      } finally {
        if (folder.isOpen()) {
          folder.close(false);
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the hearing mailbox " + where + ": " + e.getMessage(), e);
    }
    if (result.accepted() + result.reviewed() + result.deferred() > 0) {
      LOG.info("Hearing mailbox polled: {}", result);
    }
    return result;
  }

  /** One mail that cannot be read this time must not hold up the others; a lost connection ends the poll. */
  private PollResult processOne(Session session, Message message) throws MessagingException {
    try {
      return process(session, message);
    } catch (FolderClosedException | StoreClosedException e) {
      throw e;
    } catch (MessagingException | RuntimeException e) {
      LOG.warn("Cannot handle mail #{} in the hearing mailbox now; trying again on the next poll: {}", message.getMessageNumber(), e.toString());
      return DEFERRED;
    }
  }

  private PollResult process(Session session, Message message) throws MessagingException {
    String messageId = headerMessageId(message);
    String fingerprint = fingerprint(message);
    boolean reused = false;
    if (messageId != null) {
      Optional<String> seen = processed.fingerprint(messageId);
      if (seen.isPresent() && (seen.get().isEmpty() || seen.get().equals(fingerprint))) {
        // Not flagged again: a person may have marked it unread on purpose.
        return ALREADY;
      }
      if (seen.isPresent()) {
        // Another mail with a Message-ID seen before (e.g. for another party): never handled as the first one.
        reused = true;
        messageId = messageId + "#" + fingerprint;
        if (processed.contains(messageId)) {
          return ALREADY;
        }
      }
    }
    Instant receivedAt = receivedAt(message);
    long maxSize = properties.maxMessageSize().toBytes();
    if (message.getSize() > maxSize) {
      // Decided from the size the server reports, before any of the body is read.
      String id = messageId != null ? messageId : "<size-" + message.getSize() + "-" + receivedAt.toEpochMilli() + "@rammeflow.invalid>";
      String reason = "Mailen fylder %s og er for stor til at blive modtaget automatisk (grænsen er %s); den oprindelige mail ligger i postkassen."
          .formatted(InboundMail.sizeText(message.getSize()), InboundMail.sizeText(maxSize));
      return review(message, id, fingerprint, InboundMail.firstAddress(message.getFrom()), message.getSubject(), receivedAt, reason, "", List.of(), null);
    }
    byte[] raw = raw(message);
    if (messageId == null) {
      messageId = "<sha256-" + sha256(raw) + "@rammeflow.invalid>";
      if (processed.contains(messageId)) {
        return ALREADY;
      }
    }
    if (reused) {
      return review(message, messageId, fingerprint, InboundMail.firstAddress(message.getFrom()), message.getSubject(), receivedAt, REUSED_ID, "", List.of(), raw);
    }
    InboundMail mail;
    try {
      mail = new InboundMail(new MimeMessage(session, new ByteArrayInputStream(raw)), properties.maxAttachmentSize());
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.warn("Cannot parse mail {} in the hearing mailbox: {}", messageId, e.toString());
      return review(message, messageId, fingerprint, InboundMail.firstAddress(message.getFrom()), message.getSubject(), receivedAt, UNREADABLE, "", List.of(), raw);
    }
    if (mail.autoReply) {
      return review(message, messageId, fingerprint, mail, receivedAt, AUTO_REPLY, raw);
    }
    Match match = match(mail);
    if (match.target == null) {
      return review(message, messageId, fingerprint, mail, receivedAt, match.problem, raw);
    }
    if (!mail.problems.isEmpty()) {
      return review(message, messageId, fingerprint, mail, receivedAt, String.join(" ", mail.problems), raw);
    }
    if (mail.text.isBlank() && mail.attachments.isEmpty()) {
      return review(message, messageId, fingerprint, mail, receivedAt, EMPTY, raw);
    }
    InboundReplyHandler handler = InboundReplyHandler.of(handlers, match.target.kind());
    if (handler == null) {
      return review(message, messageId, fingerprint, mail, receivedAt, NO_HANDLER, raw);
    }
    InboundReply reply = new InboundReply(messageId, mail.from, mail.subject, receivedAt, mail.text, mail.attachments, match.target);
    originals.keep(messageId, raw);
    try {
      ReplyOutcome outcome = handler.onReply(reply);
      processed.add(messageId, fingerprint);
      handlerFailures.remove(messageId);
      markSeen(message);
      LOG.info("Reply {} from {} registered for {} {} party {}: {}", messageId, mail.from, match.target.kind(), match.target.caseId(), match.target.partyId(), outcome);
      return ACCEPTED;
    } catch (ReplyRejectedException e) {
      handlerFailures.remove(messageId);
      return review(message, messageId, fingerprint, mail, receivedAt, e.getMessage(), raw);
    } catch (RuntimeException e) {
      int attempts = handlerFailures.merge(messageId, 1, Integer::sum);
      if (attempts < MAX_ATTEMPTS) {
        LOG.warn("Reply handler failed on {} (attempt {} of {}); trying again on the next poll", messageId, attempts, MAX_ATTEMPTS, e);
        return DEFERRED;
      }
      handlerFailures.remove(messageId);
      LOG.error("Reply handler failed on {} {} times; putting the mail on the review list", messageId, attempts, e);
      String reason = "Svaret kunne ikke registreres automatisk på grund af en teknisk fejl (%d forsøg): %s".formatted(attempts, e.getMessage());
      return review(message, messageId, fingerprint, mail, receivedAt, reason, raw);
    }
  }

  /** What tells two mails with one Message-ID apart without reading their bodies: sender, subject and date. */
  private static String fingerprint(Message message) throws MessagingException {
    Date sent = message.getSentDate();
    String envelope = InboundMail.firstAddress(message.getFrom()) + "\n" + (message.getSubject() == null ? "" : message.getSubject()) + "\n"
        + (sent == null ? "" : sent.getTime());
    return sha256(envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
  }

  private record Match(ReplyTarget target, String problem) {}

  private Match match(InboundMail mail) {
    List<String> tokens = replyTokens.tokensInSubject(mail.subject);
    if (!tokens.isEmpty()) {
      Set<ReplyTarget> targets = new LinkedHashSet<>();
      for (String token : tokens) {
        replyTokens.verify(token).ifPresent(targets::add);
      }
      if (targets.size() == 1) {
        return new Match(targets.iterator().next(), null);
      }
      return new Match(null, targets.isEmpty() ? FORGED : AMBIGUOUS);
    }
    List<String> referenced = new ArrayList<>(mail.inReplyTo);
    List<String> references = new ArrayList<>(mail.references);
    Collections.reverse(references);
    referenced.addAll(references);
    for (String id : referenced) {
      Optional<SentMail> original = sentMail.byMessageId(id);
      if (original.isPresent()) {
        String hearingId = original.get().tags().get("hearingId");
        String partyId = original.get().tags().get("partyId");
        if (StringUtils.hasText(hearingId) && StringUtils.hasText(partyId)) {
          return new Match(new ReplyTarget(hearingId, partyId), null);
        }
        // Another kind of case (e.g. a tariff request): the reply token the original mail carried.
        Optional<ReplyTarget> byToken = replyTokens.verify(original.get().tags().get(OutgoingMail.REPLY_TOKEN_TAG));
        if (byToken.isPresent()) {
          return new Match(byToken.get(), null);
        }
      }
    }
    return new Match(null, NOT_MATCHED);
  }

  private PollResult review(Message message, String messageId, String fingerprint, InboundMail mail, Instant receivedAt, String reason, byte[] raw) {
    return review(message, messageId, fingerprint, mail.from, mail.subject, receivedAt, reason, mail.text, mail.attachmentNames, raw);
  }

  private PollResult review(Message message, String messageId, String fingerprint, String from, String subject, Instant receivedAt, String reason,
      String text, List<String> attachmentNames, byte[] raw) {
    reviewList.add(messageId, from, subject == null ? "" : subject, receivedAt, reason, text, attachmentNames, raw);
    processed.add(messageId, fingerprint);
    markSeen(message);
    return REVIEWED;
  }

  private static String headerMessageId(Message message) throws MessagingException {
    String[] values = message.getHeader("Message-ID");
    if (values == null || values.length == 0 || values[0].isBlank()) {
      return null;
    }
    return values[0].replaceAll("\\s+", "");
  }

  private static Instant receivedAt(Message message) throws MessagingException {
    Date received = message.getReceivedDate();
    if (received == null) {
      received = message.getSentDate();
    }
    return received == null ? Instant.now() : received.toInstant();
  }

  private static byte[] raw(Message message) throws MessagingException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new MessagingException("Cannot download the message: " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void markSeen(Message message) {
    try {
      if (!message.isSet(Flags.Flag.SEEN)) {
        message.setFlag(Flags.Flag.SEEN, true);
      }
    } catch (MessagingException e) {
      LOG.warn("Cannot flag a handled mail as \\Seen: {}", e.getMessage());
    }
  }

  // ---- schedule

  private void scheduledPoll() {
    try {
      pollNow();
      if (mailboxFailing) {
        LOG.info("The hearing mailbox can be read again");
        mailboxFailing = false;
      }
    } catch (RuntimeException e) {
      if (!mailboxFailing) {
        LOG.warn("Polling the hearing mailbox failed (further failures are logged at debug level until it works again): {}", e.getMessage());
        mailboxFailing = true;
      } else {
        LOG.debug("Polling the hearing mailbox failed again: {}", e.getMessage());
      }
    }
  }

  public boolean enabled() {
    return enabled;
  }

  @Override
  public void start() {
    synchronized (lifecycle) {
      if (!enabled || running) {
        return;
      }
      startSchedule();
    }
  }

  private void startSchedule() {
    long interval = Math.max(1, properties.imap().pollInterval().toMillis());
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "rammeflow-hearing-mail-poller");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::scheduledPoll, interval, interval, TimeUnit.MILLISECONDS);
    running = true;
    LOG.info("Polling the hearing mailbox {} every {}", properties.imapUsername(), properties.imap().pollInterval());
  }

  @Override
  public void stop() {
    ScheduledExecutorService current;
    synchronized (lifecycle) {
      current = scheduler;
      scheduler = null;
      running = false;
    }
    if (current != null) {
      current.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
