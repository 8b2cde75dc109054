package dk.rammeflow.embedded;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import dk.rammeflow.security.CurrentUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Lets a person read every mail the embedded mail server received, per recipient. */
@RestController
@ConditionalOnProperty(name = EmbeddedRuntimeEnvironment.ENABLED, havingValue = "true")
public class MailboxController {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss");

  public record ReceivedMail(
      String messageId, String from, List<String> to, List<String> cc, String subject, String receivedAt, String text, List<String> attachments) {}

  public record Mailbox(String recipient, List<ReceivedMail> messages) {}

  private final EmbeddedMailServer mailServer;

  public MailboxController(EmbeddedMailServer mailServer) {
    this.mailServer = mailServer;
  }

  /** The secretariat reads every mailbox; anyone else only their own. */
  @GetMapping(path = "/api/mail", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Mailbox> mailboxes(@RequestParam(required = false) String recipient, CurrentUser reader) {
    if (!reader.isSecretariat()) {
      recipient = reader.email();
    }
    var users = new ArrayList<>(mailServer.greenMail().getUserManager().listUser());
    users.sort(Comparator.comparing(GreenMailUser::getEmail));
    List<Mailbox> result = new ArrayList<>();
    for (GreenMailUser user : users) {
      if (recipient != null && !recipient.equalsIgnoreCase(user.getEmail())) {
        continue;
      }
      List<ReceivedMail> messages = new ArrayList<>();
      for (StoredMessage stored : inbox(user)) {
        messages.add(toReceivedMail(stored));
      }
      result.add(new Mailbox(user.getEmail(), messages));
    }
    return result;
  }

  @GetMapping(path = "/mail", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@RequestParam(required = false) String recipient, CurrentUser reader) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Rammeflow – sendte mails</title>")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}section{border-top:2px solid #333;margin-top:2em}")
        .append("article{border:1px solid #ccc;padding:.5em 1em;margin:1em 0}pre{white-space:pre-wrap}</style></head><body>")
        .append("<h1>Sendte mails (indbygget mailserver)</h1>")
        .append("<p>Mailserveren kører i hukommelsen: mails forsvinder, når programmet stoppes.</p>");
    List<Mailbox> boxes = mailboxes(recipient, reader);
    if (boxes.isEmpty()) {
      html.append("<p>Ingen mails endnu.</p>");
    }
    for (Mailbox box : boxes) {
      html.append("<section><h2>").append(esc(box.recipient())).append(" (").append(box.messages().size()).append(")</h2>");
      for (ReceivedMail mail : box.messages()) {
        html.append("<article><h3>").append(esc(mail.subject())).append("</h3><p>Fra: ").append(esc(mail.from()))
            .append("<br>Til: ").append(esc(String.join(", ", mail.to())))
            .append("<br>Modtaget: ").append(esc(mail.receivedAt()));
        if (!mail.attachments().isEmpty()) {
          html.append("<br>Bilag: ").append(esc(String.join(", ", mail.attachments())));
        }
        html.append("</p><pre>").append(esc(mail.text())).append("</pre></article>");
      }
      html.append("</section>");
    }
    return html.append("</body></html>").toString();
  }

  private List<StoredMessage> inbox(GreenMailUser user) {
    try {
      return mailServer.greenMail().getManagers().getImapHostManager().getInbox(user).getNonDeletedMessages();
    } catch (FolderException e) {
      throw new IllegalStateException("Cannot read the inbox of " + user.getEmail(), e);
    }
  }

  private ReceivedMail toReceivedMail(StoredMessage stored) {
    MimeMessage message = stored.getMimeMessage();
    try {
      List<String> attachments = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      collect(message, text, attachments);
      return new ReceivedMail(
          message.getMessageID(),
          addresses(message.getFrom()).stream().findFirst().orElse(""),
          addresses(message.getRecipients(Message.RecipientType.TO)),
          addresses(message.getRecipients(Message.RecipientType.CC)),
          message.getSubject(),
          SHOWN.format(stored.getReceivedDate().toInstant().atZone(COPENHAGEN)),
          text.toString(),
          attachments);
    } catch (MessagingException | IOException e) {
      return new ReceivedMail(null, "", List.of(), List.of(), "(mailen kunne ikke læses: " + e.getMessage() + ")", "", "", List.of());
    }
  }

  private static void collect(Part part, StringBuilder text, List<String> attachments) throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || (part.getFileName() != null && !part.isMimeType("multipart/*"))) {
      attachments.add(decode(part.getFileName()));
    } else if (part.isMimeType("text/plain") && text.isEmpty()) {
      text.append(part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, text, attachments);
      }
    }
  }

  private static String decode(String fileName) throws UnsupportedEncodingException {
    return fileName == null ? "(uden navn)" : MimeUtility.decodeText(fileName);
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    if (addresses == null) {
      return List.of();
    }
    return Arrays.stream(addresses).map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString()).toList();
  }

  private static String esc(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
  }
}
