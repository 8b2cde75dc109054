package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rammeflow.testkit.RammeflowProcessTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.unit.DataSize;

/**
 * Replies sent over SMTP to the embedded mail server and read by the poller over IMAP. The test reads a hearing
 * mailbox of its own with a poller of its own (64 KB attachments, 2 MB mails, every 0.5 s, its review list and stores in the
 * test's data directory) and the recording handler below instead of the hearing process; the shared application,
 * whose poller reads the real hearing mailbox, provides the mail server, SMTP, the reply tokens and the sent-mail log.
 */
@RammeflowProcessTest
class HearingReplyPollerTest extends MailAppTestSupport {

  private static final String HEARING_MAILBOX = "hoering-polletest@rammeaftale.example";
  private static final RecordingReplyHandler handler = new RecordingReplyHandler();
  private static RammeflowMailProperties properties;
  private static ReviewList reviewList;
  private static ReceivedOriginals originals;
  private static HearingReplyPoller poller;

  @Autowired ReplyTokens replyTokens;
  @Autowired MailService mailService;
  @Autowired SentMailLog sentMailLog;
  @Autowired JavaMailSender smtp;
  @Autowired RammeflowMailProperties applicationProperties;
  @Autowired HearingReplyPoller applicationPoller;
  @Autowired ReviewList applicationReviewList;

  @TempDir Path otherDataDir;

  @BeforeEach
  void startPoller() {
    if (poller == null) {
      properties = new RammeflowMailProperties(applicationProperties.from(), HEARING_MAILBOX, null, DataSize.ofKilobytes(64), DataSize.ofMegabytes(2),
          new RammeflowMailProperties.Imap(true, "127.0.0.1", imapPort(), "imap", null, null, "INBOX", Duration.ofMillis(500), Duration.ofDays(7)));
      reviewList = new ReviewList(DATA_DIR);
      originals = new ReceivedOriginals(DATA_DIR);
      poller = new HearingReplyPoller(properties, environment, replyTokens, sentMailLog, reviewList, new ProcessedMessages(DATA_DIR), originals, handlerProvider());
      poller.start();
    }
  }

  @AfterAll
  static void stopPoller() {
    if (poller != null) {
      poller.stop();
    }
  }

  private static ObjectProvider<InboundReplyHandler> handlerProvider() {
    return new StaticListableBeanFactory(Map.of("recordingReplyHandler", handler)).getBeanProvider(InboundReplyHandler.class);
  }

  // ---- building and sending replies as a party's mail client would

  private static String newMessageId(String domain) {
    return "<" + UUID.randomUUID() + "@" + domain + ">";
  }

  private MimeMessage reply(String messageId, String from, String to, String subject, String text, MimeBodyPart... attachments) throws Exception {
    return reply(messageId, new InternetAddress(from), to, subject, text, attachments);
  }

  private MimeMessage reply(String messageId, InternetAddress from, String to, String subject, String text, MimeBodyPart... attachments) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(subject, "UTF-8");
    if (attachments.length == 0) {
      message.setText(text, "UTF-8");
    } else {
      MimeBodyPart body = new MimeBodyPart();
      body.setText(text, "UTF-8");
      MimeMultipart mixed = new MimeMultipart("mixed", body);
      for (MimeBodyPart attachment : attachments) {
        mixed.addBodyPart(attachment);
      }
      message.setContent(mixed);
    }
    return message;
  }

  private static MimeBodyPart attachment(String name, String type, byte[] content) throws Exception {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    part.setFileName(name);
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  /** Outlook's way: the name as an RFC 2047 encoded-word inside the quoted parameter. */
  private static MimeBodyPart outlookAttachment(String name, String type, byte[] content) throws Exception {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    String encoded = MimeUtility.encodeText(name, "UTF-8", "B");
    part.setHeader("Content-Type", type + "; name=\"" + encoded + "\"");
    part.setHeader("Content-Disposition", "attachment; filename=\"" + encoded + "\"");
    return part;
  }

  private void send(MimeMessage message) {
    smtp.send(message);
  }

  private ReviewItem reviewed(String messageId) {
    return reviewList.all().stream().filter(i -> messageId.equals(i.messageId())).findFirst()
        .orElseThrow(() -> new AssertionError("Expected " + messageId + " on the review list, but it holds " + reviewList.all()));
  }

  private boolean seen(String user, String messageId) throws Exception {
    return withHearingMessage(user, messageId, Folder.READ_ONLY, m -> m.isSet(Flags.Flag.SEEN));
  }

  private void markUnseen(String user, String messageId) throws Exception {
    withHearingMessage(user, messageId, Folder.READ_WRITE, m -> {
      m.setFlag(Flags.Flag.SEEN, false);
      return true;
    });
  }

  private interface MessageAction {
    boolean apply(Message message) throws MessagingException;
  }

  private boolean withHearingMessage(String user, String messageId, int mode, MessageAction action) throws Exception {
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect("127.0.0.1", imapPort(), user, "");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(mode);
      try {
        for (Message message : inbox.getMessages()) {
          String[] ids = message.getHeader("Message-ID");
          if (ids != null && ids[0].equals(messageId)) {
            return action.apply(message);
          }
        }
        throw new AssertionError("No message " + messageId + " in the mailbox of " + user);
      } finally {
        inbox.close(false);
      }
    }
  }

  // ---- matched replies

  @Test
  void replyWithSubjectTagReachesTheHandlerOnceWithTheReplyTextAndAttachments() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String token = replyTokens.issue(hearingId, "laesoe");
    String messageId = newMessageId("laesoe.example");
    byte[] pdf = "%PDF-1.4 Læsø svarer".getBytes(StandardCharsets.UTF_8);
    byte[] docx = new byte[] {80, 75, 3, 4, 1, 2, 3};
    String text = """
        Læsø Kommune har ingen bemærkninger til målgruppebeskrivelsen.

        Venlig hilsen
        Åse Østergård, Læsø Kommune

        Den tor. 2. okt. 2025 kl. 10.15 skrev Rammeaftalesekretariatet <
        sekretariat@rammeaftale.example>:

        > Kære Læsø Kommune
        > Rammeaftalesekretariatet sender hermed følgende i høring:
        """;
    send(reply(messageId, new InternetAddress("aase@laesoe.example", "Åse Østergård", "UTF-8"), HEARING_MAILBOX, "SV: Høring: Målgruppebeskrivelse " + replyTokens.subjectTag(token), text,
        attachment("Høringssvar fra Læsø.pdf", "application/pdf", pdf), outlookAttachment("Bemærkninger – særlige behov.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)));

    poller.pollNow();

    assertThat(handler.acceptedFor(hearingId)).hasSize(1);
    InboundReply received = handler.acceptedFor(hearingId).get(0);
    assertThat(received.target()).isEqualTo(new ReplyTarget(hearingId, "laesoe"));
    assertThat(received.messageId()).isEqualTo(messageId);
    assertThat(received.from()).isEqualTo("Åse Østergård <aase@laesoe.example>");
    assertThat(received.subject()).isEqualTo("SV: Høring: Målgruppebeskrivelse " + replyTokens.subjectTag(token));
    assertThat(received.text()).isEqualTo("Læsø Kommune har ingen bemærkninger til målgruppebeskrivelsen.\n\nVenlig hilsen\nÅse Østergård, Læsø Kommune");
    assertThat(received.receivedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    assertThat(received.attachments()).extracting(MailAttachment::fileName).containsExactly("Høringssvar fra Læsø.pdf", "Bemærkninger – særlige behov.docx");
    assertThat(received.attachments().get(0).content()).isEqualTo(pdf);
    assertThat(received.attachments().get(0).contentType()).isEqualTo("application/pdf");
    assertThat(received.attachments().get(1).content()).isEqualTo(docx);
    assertThat(seen(HEARING_MAILBOX, messageId)).as("flagged \\Seen after handling").isTrue();

    // Someone marks the mail unread in a mail client, and the poller runs again: the handler is not called again.
    markUnseen(HEARING_MAILBOX, messageId);
    HearingReplyPoller.PollResult again = poller.pollNow();
    assertThat(again.accepted()).isZero();
    assertThat(handler.acceptedFor(hearingId)).hasSize(1);
    assertThat(seen(HEARING_MAILBOX, messageId)).as("left unread as the person marked it").isFalse();

    // After a restart (new processed-set loaded from disk, new poller) the mail is still known.
    HearingReplyPoller restarted = new HearingReplyPoller(properties, environment, replyTokens, sentMailLog, reviewList, new ProcessedMessages(DATA_DIR), new ReceivedOriginals(DATA_DIR),
        handlerProvider());
    assertThat(restarted.pollNow().alreadyProcessed()).isGreaterThanOrEqualTo(1);
    assertThat(handler.attemptsFor(hearingId)).hasSize(1);
  }

  @Test
  void theOriginalOfAnAcceptedReplyIsKept() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("thisted.example");
    send(reply(messageId, "hoering@thisted.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "thisted")),
        "Thisted har ingen bemærkninger."));

    poller.pollNow();

    assertThat(handler.acceptedFor(hearingId)).hasSize(1);
    assertThat(originals.find(messageId)).hasValueSatisfying(eml -> assertThat(new String(eml, StandardCharsets.UTF_8))
        .contains("Message-ID: " + messageId).contains("Thisted har ingen bem"));
  }

  @Test
  void aMailReusingAMessageIdForAnotherPartyGoesToTheReviewList() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("rebild.example");
    send(reply(messageId, "hoering@rebild.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "rebild")),
        "Rebild har ingen bemærkninger."));
    poller.pollNow();
    assertThat(handler.acceptedFor(hearingId)).hasSize(1);

    send(reply(messageId, "hoering@morsoe.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "morsoe")),
        "Morsø kan ikke tilslutte sig."));
    poller.pollNow();

    assertThat(handler.attemptsFor(hearingId)).hasSize(1);
    ReviewItem item = reviewList.all().stream().filter(i -> i.messageId().startsWith(messageId + "#")).findFirst()
        .orElseThrow(() -> new AssertionError("Expected the second mail with " + messageId + " on the review list: " + reviewList.all()));
    assertThat(item.reason()).isEqualTo(HearingReplyPoller.REUSED_ID);
    assertThat(reviewList.original(item.id())).hasValueSatisfying(eml -> assertThat(new String(eml, StandardCharsets.UTF_8)).contains("morsoe"));
    assertThat(poller.pollNow().reviewed()).as("reviewed once").isZero();
  }

  @Test
  void aReplyInAnUnknownCharsetGoesToTheReviewListWithItsOriginal() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("jammerbugt.example");
    MimeMessage message = reply(messageId, "hoering@jammerbugt.example", HEARING_MAILBOX,
        "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "jammerbugt")), "ignored");
    message.setDataHandler(new DataHandler(new ByteArrayDataSource("Jammerbugt har bemærkninger.".getBytes(StandardCharsets.UTF_8), "text/plain; charset=x-klingon-2000")));
    send(message);

    poller.pollNow();

    assertThat(handler.attemptsFor(hearingId)).isEmpty();
    ReviewItem item = reviewed(messageId);
    assertThat(item.reason()).isEqualTo("Mailens tegnsæt »x-klingon-2000« kendes ikke, så teksten kan ikke læses sikkert; se den oprindelige mail.");
    assertThat(reviewList.original(item.id())).hasValueSatisfying(eml -> assertThat(new String(eml, StandardCharsets.ISO_8859_1)).contains("x-klingon-2000"));
  }

  @Test
  void aMailOverTheMessageSizeLimitIsReviewedWithoutReadingItsBody() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("frederikshavn.example");
    assertThat(applicationProperties.maxMessageSize()).as("the application's limit").isEqualTo(DataSize.ofMegabytes(25));
    byte[] large = new byte[3 * 1024 * 1024];
    new java.util.Random(7).nextBytes(large);
    send(reply(messageId, "hoering@frederikshavn.example", HEARING_MAILBOX,
        "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "frederikshavn")), "Vores svar er vedhæftet.",
        attachment("Svar.pdf", "application/pdf", large)));

    poller.pollNow();

    assertThat(handler.attemptsFor(hearingId)).isEmpty();
    ReviewItem item = reviewed(messageId);
    assertThat(item.reason()).startsWith("Mailen fylder ").contains("er for stor til at blive modtaget automatisk (grænsen er 2 MB)");
    assertThat(reviewList.original(item.id())).as("the body was never downloaded").isEmpty();
  }

  @Test
  void replyWithoutTagIsMatchedByInReplyToOrReferences() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    SentMail toRebild = mailService.send(new OutgoingMail("hearing:" + hearingId + ":rebild:invitation", List.of("hoering@rebild.example"), "Høring: Takster 2027",
        "hearing-round/invitation", Map.of("hearingTitle", "Takster 2027"), null, Map.of("hearingId", hearingId, "partyId", "rebild")));
    SentMail toMorsoe = mailService.send(new OutgoingMail("hearing:" + hearingId + ":morsoe:invitation", List.of("hoering@morsoe.example"), "Høring: Takster 2027",
        "hearing-round/invitation", Map.of("hearingTitle", "Takster 2027"), null, Map.of("hearingId", hearingId, "partyId", "morsoe")));

    MimeMessage fromRebild = reply(newMessageId("rebild.example"), "hoering@rebild.example", HEARING_MAILBOX, "SV: Høring: Takster 2027", "Rebild tilslutter sig.");
    fromRebild.setHeader("In-Reply-To", toRebild.messageId());
    send(fromRebild);
    // Raw UTF-8 in the From header (RFC 6532), as some clients send it.
    MimeMessage fromMorsoe = reply(newMessageId("morsoe.example"), "Mørten Ørum <hoering@morsoe.example>", HEARING_MAILBOX, "VS: Takster", "Morsø har bemærkninger, se nedenfor.");
    fromMorsoe.setHeader("In-Reply-To", "<ukendt@morsoe.example>");
    fromMorsoe.setHeader("References", "<tidligere@morsoe.example> " + toMorsoe.messageId() + " <ukendt@morsoe.example>");
    send(fromMorsoe);

    poller.pollNow();

    assertThat(handler.acceptedFor(hearingId)).extracting(InboundReply::target)
        .containsExactlyInAnyOrder(new ReplyTarget(hearingId, "rebild"), new ReplyTarget(hearingId, "morsoe"));
    assertThat(handler.acceptedFor(hearingId)).extracting(InboundReply::from).contains("Mørten Ørum <hoering@morsoe.example>");
  }

  @Test
  void htmlOnlyReplyIsReadAsTextWithoutTheQuotedOriginal() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("thisted.example");
    MimeMessage message = reply(messageId, "hoering@thisted.example", HEARING_MAILBOX, "Re: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "thisted")), "");
    message.setText("<div dir=\"ltr\"><p>Thisted Kommune kan <b>ikke</b> tilslutte sig.</p></div><div class=\"gmail_quote\">Den 2. okt. skrev X:"
        + "<blockquote>Kære Thisted</blockquote></div>", "UTF-8", "html");
    send(message);

    poller.pollNow();

    assertThat(handler.acceptedFor(hearingId)).singleElement().extracting(InboundReply::text).isEqualTo("Thisted Kommune kan ikke tilslutte sig.");
  }

  // ---- the review list

  @Test
  void forgedTokenGoesToTheReviewList() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String token = replyTokens.issue(hearingId, "aalborg");
    String otherParty = Base64.getUrlEncoder().withoutPadding().encodeToString((hearingId + "\0hjoerring").getBytes(StandardCharsets.UTF_8));
    String forged = otherParty + token.substring(token.indexOf('.'));
    String messageId = newMessageId("hjoerring.example");
    // Also to the application's hearing mailbox: its poller puts the mail on the review list the API serves.
    send(reply(messageId, "someone@hjoerring.example", HEARING_MAILBOX + ", " + applicationProperties.hearingAddress(), "SV: Høring [RF-" + forged + "]", "Vi er imod.",
        attachment("Indsigelse.pdf", "application/pdf", new byte[] {1, 2, 3})));

    poller.pollNow();

    ReviewItem item = reviewed(messageId);
    assertThat(item.reason()).isEqualTo(HearingReplyPoller.FORGED);
    assertThat(item.from()).isEqualTo("someone@hjoerring.example");
    assertThat(item.subject()).isEqualTo("SV: Høring [RF-" + forged + "]");
    assertThat(item.text()).isEqualTo("Vi er imod.");
    assertThat(item.attachmentNames()).containsExactly("Indsigelse.pdf");
    assertThat(handler.attemptsFor(hearingId)).isEmpty();
    assertThat(seen(HEARING_MAILBOX, messageId)).isTrue();

    applicationPoller.pollNow();
    ReviewItem listedItem = applicationReviewList.all().stream().filter(i -> messageId.equals(i.messageId())).findFirst()
        .orElseThrow(() -> new AssertionError("Expected " + messageId + " on the application's review list, but it holds " + applicationReviewList.all()));
    assertThat(listedItem.reason()).isEqualTo(HearingReplyPoller.FORGED);
    JsonNode listed = getJson("/api/mail/review");
    assertThat(listed.findValuesAsText("messageId")).contains(messageId);
    HttpResponse<byte[]> original = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/api/mail/review/" + listedItem.id() + "/original"))
        .header("Authorization", kit.authorizationAs("sekretariatet")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("message/rfc822"));
    assertThat(new String(original.body(), StandardCharsets.US_ASCII)).contains("Message-ID: " + messageId);
  }

  @Test
  void mailWithoutTokenOrKnownReferenceGoesToTheReviewList() throws Exception {
    String messageId = newMessageId("vesthimmerland.example");
    MimeMessage message = reply(messageId, "borger@vesthimmerland.example", HEARING_MAILBOX, "Spørgsmål om høringen", "Hvornår er fristen?");
    message.setHeader("In-Reply-To", "<noget-andet@vesthimmerland.example>");
    send(message);

    poller.pollNow();

    assertThat(reviewed(messageId).reason()).isEqualTo(HearingReplyPoller.NOT_MATCHED);
  }

  @Test
  void rejectedReplyGoesToTheReviewListWithTheHandlersReason() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("jammerbugt.example");
    send(reply(messageId, "hoering@jammerbugt.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "jammerbugt")),
        "AFVIS venligst ikke – vi svarer for sent."));

    poller.pollNow();

    assertThat(reviewed(messageId).reason()).isEqualTo(RecordingReplyHandler.REJECTION);
    assertThat(handler.attemptsFor(hearingId)).hasSize(1);
    assertThat(handler.acceptedFor(hearingId)).isEmpty();
  }

  @Test
  void oversizedAttachmentGoesToTheReviewList() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("mariagerfjord.example");
    send(reply(messageId, "hoering@mariagerfjord.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "mariagerfjord")),
        "Vores svar er vedhæftet.", attachment("Høringssvar med bilag.pdf", "application/pdf", new byte[100 * 1024])));

    poller.pollNow();

    ReviewItem item = reviewed(messageId);
    assertThat(item.reason()).isEqualTo("Bilaget »Høringssvar med bilag.pdf« er større end 64 KB og kan ikke modtages automatisk.");
    assertThat(item.attachmentNames()).containsExactly("Høringssvar med bilag.pdf");
    assertThat(item.text()).isEqualTo("Vores svar er vedhæftet.");
    assertThat(handler.attemptsFor(hearingId)).isEmpty();
  }

  @Test
  void replyHoldingOnlyTheQuotedOriginalIsReviewed() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("frederikshavn.example");
    send(reply(messageId, "hoering@frederikshavn.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "frederikshavn")),
        "\n> Kære Frederikshavn Kommune\n> Rammeaftalesekretariatet sender hermed følgende i høring\n"));

    poller.pollNow();

    assertThat(reviewed(messageId).reason()).isEqualTo(HearingReplyPoller.EMPTY);
    assertThat(handler.attemptsFor(hearingId)).isEmpty();
  }

  @Test
  void outOfOfficeReplyCarryingTheTagIsNoAnswer() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("aalborg.example");
    MimeMessage message = reply(messageId, "leder@aalborg.example", HEARING_MAILBOX,
        "Automatisk svar: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "aalborg")), "Jeg er på ferie til og med uge 42.");
    message.setHeader("Auto-Submitted", "auto-replied");
    send(message);

    poller.pollNow();

    assertThat(reviewed(messageId).reason()).isEqualTo(HearingReplyPoller.AUTO_REPLY);
    assertThat(handler.attemptsFor(hearingId)).isEmpty();
  }

  @Test
  void handlerFailureIsRetriedAndAfterFiveAttemptsReviewed() throws Exception {
    String hearingId = "H-" + UUID.randomUUID();
    String messageId = newMessageId("broenderslev.example");
    send(reply(messageId, "hoering@broenderslev.example", HEARING_MAILBOX, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "broenderslev")),
        "Svar der udløser TEKNISK-FEJL hos modtageren."));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (reviewList.all().stream().noneMatch(i -> messageId.equals(i.messageId())) && System.nanoTime() < deadline) {
      HearingReplyPoller.PollResult result = poller.pollNow();
      if (reviewList.all().stream().noneMatch(i -> messageId.equals(i.messageId()))) {
        assertThat(seen(HEARING_MAILBOX, messageId)).as("not flagged while the handler fails").isFalse();
        assertThat(result.accepted()).isZero();
      }
    }

    assertThat(reviewed(messageId).reason()).startsWith("Svaret kunne ikke registreres automatisk på grund af en teknisk fejl (5 forsøg)")
        .contains("Zeebe gateway unavailable");
    assertThat(handler.attemptsFor(hearingId)).hasSize(HearingReplyPoller.MAX_ATTEMPTS);
    assertThat(seen(HEARING_MAILBOX, messageId)).isTrue();
  }

  @Test
  void withoutAHandlerBeanEveryMatchedMailIsReviewed() throws Exception {
    String mailbox = "hoering-uden-modtager@rammeaftale.example";
    RammeflowMailProperties noHandlerMailbox = new RammeflowMailProperties(properties.from(), mailbox, null, DataSize.ofMegabytes(20), DataSize.ofMegabytes(25),
        new RammeflowMailProperties.Imap(true, "127.0.0.1", imapPort(), "imap", null, null, "INBOX", Duration.ofSeconds(10), Duration.ofDays(7)));
    ReviewList ownReviewList = new ReviewList(otherDataDir);
    HearingReplyPoller withoutHandler = new HearingReplyPoller(noHandlerMailbox, environment, replyTokens, sentMailLog, ownReviewList,
        new ProcessedMessages(otherDataDir), new ReceivedOriginals(otherDataDir), new DefaultListableBeanFactory().getBeanProvider(InboundReplyHandler.class));
    String messageId = newMessageId("rebild.example");
    send(reply(messageId, "hoering@rebild.example", mailbox, "SV: Høring " + replyTokens.subjectTag(replyTokens.issue("H-uden", "rebild")), "Rebild svarer."));

    HearingReplyPoller.PollResult result = withoutHandler.pollNow();

    assertThat(result.reviewed()).isEqualTo(1);
    assertThat(ownReviewList.all()).singleElement().satisfies(item -> {
      assertThat(item.reason()).isEqualTo("Ingen modtager for høringssvar");
      assertThat(item.messageId()).isEqualTo(messageId);
      assertThat(item.text()).isEqualTo("Rebild svarer.");
    });
    assertThat(new ReviewList(otherDataDir).all()).as("durable").hasSize(1);
    assertThat(withoutHandler.pollNow().reviewed()).isZero();
  }

  @Test
  void theScheduleReadsTheMailboxWithoutPollNow() throws Exception {
    assertThat(applicationPoller.enabled()).as("the application's poller is on in the embedded runtime").isTrue();
    assertThat(applicationPoller.isRunning()).as("and started with the application").isTrue();
    assertThat(poller.enabled()).isTrue();
    assertThat(poller.isRunning()).isTrue();
    String hearingId = "H-" + UUID.randomUUID();
    send(reply(newMessageId("hjoerring.example"), "hoering@hjoerring.example", HEARING_MAILBOX,
        "SV: Høring " + replyTokens.subjectTag(replyTokens.issue(hearingId, "hjoerring")), "Hjørring tilslutter sig."));

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (handler.acceptedFor(hearingId).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(handler.acceptedFor(hearingId)).singleElement().extracting(InboundReply::text).isEqualTo("Hjørring tilslutter sig.");
  }
}
