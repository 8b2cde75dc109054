package dk.rammeflow.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;

/** A received mail taken apart: sender, subject, referenced Message-IDs, reply text, attachments, and what is wrong with it. */
final class InboundMail {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
      "(?i)^\\s*(automatisk svar|autosvar|fraværende|fraværsmeddelelse|out of office|automatic reply|auto[- ]?reply|undeliverable|kan ikke leveres|returneret mail|mail delivery failed|delivery status notification)\\b.*");

  final String from;
  final String subject;
  final List<String> inReplyTo;
  final List<String> references;
  final boolean autoReply;
  final String text;
  final List<MailAttachment> attachments = new ArrayList<>();
  final List<String> attachmentNames = new ArrayList<>();
  /** Danish reasons why the mail cannot be registered as it is (oversized or unreadable attachments). */
  final List<String> problems = new ArrayList<>();

  private final long maxAttachmentBytes;
  private final String maxAttachmentText;
  private String plain;
  private String html;

  InboundMail(MimeMessage message, DataSize maxAttachmentSize) throws MessagingException, IOException {
    this.maxAttachmentBytes = maxAttachmentSize.toBytes();
    this.maxAttachmentText = sizeText(maxAttachmentBytes);
    this.from = firstAddress(message.getFrom());
    this.subject = message.getSubject() == null ? "" : message.getSubject();
    this.inReplyTo = messageIds(message.getHeader("In-Reply-To", " "));
    this.references = messageIds(message.getHeader("References", " "));
    this.autoReply = isAutoReply(message, subject);
    walk(message, false);
    String body = plain != null ? plain : html != null ? ReplyText.htmlToText(html) : "";
    this.text = ReplyText.stripQuoted(body);
  }

  static String firstAddress(Address[] addresses) {
    if (addresses == null || addresses.length == 0) {
      return "";
    }
    if (addresses[0] instanceof InternetAddress address) {
      String personal = address.getPersonal();
      return personal == null || personal.isBlank() ? address.getAddress() : personal + " <" + address.getAddress() + ">";
    }
    return addresses[0].toString();
  }

  static List<String> messageIds(String header) {
    List<String> ids = new ArrayList<>();
    if (header != null) {
      Matcher matcher = MESSAGE_ID.matcher(header);
      while (matcher.find()) {
        ids.add(matcher.group());
      }
    }
    return ids;
  }

  /** Out-of-office replies and bounces carry the subject tag too, but are no hearing response (RFC 3834 and common practice). */
  private static boolean isAutoReply(MimeMessage message, String subject) throws MessagingException {
    String autoSubmitted = message.getHeader("Auto-Submitted", ",");
    if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
      return true;
    }
    if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null) {
      return true;
    }
    String precedence = message.getHeader("Precedence", ",");
    if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|auto_reply")) {
      return true;
    }
    String returnPath = message.getHeader("Return-Path", ",");
    if (returnPath != null && returnPath.strip().equals("<>")) {
      return true;
    }
    return message.isMimeType("multipart/report") || AUTO_REPLY_SUBJECT.matcher(subject).matches();
  }

  private void walk(Part part, boolean inRelated) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Object content = part.getContent();
      if (content instanceof Multipart multipart) {
        boolean related = part.isMimeType("multipart/related");
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i), related);
        }
      }
    } else if (isAttachment(part, inRelated)) {
      attachment(part);
    } else if (part.isMimeType("text/plain") && plain == null) {
      plain = readText(part);
    } else if (part.isMimeType("text/html") && html == null) {
      html = readText(part);
    }
  }

  private static boolean isAttachment(Part part, boolean inRelated) throws MessagingException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.isMimeType("message/rfc822")) {
      return true;
    }
    if (rawFileName(part) == null) {
      return false;
    }
    // Images embedded in an HTML body (signature logos) are no attachments.
    boolean embedded = inRelated && part instanceof MimePart mimePart && mimePart.getContentID() != null;
    return !embedded;
  }

  private void attachment(Part part) throws MessagingException {
    String name = fileName(part);
    attachmentNames.add(name);
    String contentType = baseType(part);
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (bytes.size() + read > maxAttachmentBytes) {
          problems.add("Bilaget »%s« er større end %s og kan ikke modtages automatisk.".formatted(name, maxAttachmentText));
          return;
        }
        bytes.write(buffer, 0, read);
      }
      attachments.add(new MailAttachment(name, contentType, bytes.toByteArray()));
    } catch (IOException | MessagingException e) {
      problems.add("Bilaget »%s« kunne ikke læses.".formatted(name));
    }
  }

  private String fileName(Part part) throws MessagingException {
    String raw = rawFileName(part);
    if (raw == null && part.isMimeType("message/rfc822")) {
      try {
        Object content = part.getContent();
        if (content instanceof MimeMessage nested && nested.getSubject() != null) {
          raw = nested.getSubject().replaceAll("[\\\\/:*?\"<>|]", "_") + ".eml";
        }
      } catch (IOException e) {
        raw = null;
      }
    }
    if (raw == null) {
      return "bilag-" + (attachmentNames.size() + 1) + (part.isMimeType("message/rfc822") ? ".eml" : "");
    }
    try {
      return MimeUtility.decodeText(raw);
    } catch (UnsupportedEncodingException e) {
      return raw;
    }
  }

  private static String rawFileName(Part part) throws MessagingException {
    String name = part.getFileName();
    return name == null || name.isBlank() ? null : name;
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  /** The text in its declared charset; unknown or wrong charsets fall back to UTF-8 rather than failing the mail. */
  /** The text of a part; a charset Java does not know is a problem (the text would be garbled), and no text. */
  private String readText(Part part) throws MessagingException, IOException {
    String declared = null;
    try {
      declared = new ContentType(part.getContentType()).getParameter("charset");
    } catch (MessagingException e) {
      // no usable Content-Type: the default below
    }
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null) {
      try {
        charset = Charset.forName(MimeUtility.javaCharset(declared));
      } catch (RuntimeException e) {
        problems.add("Mailens tegnsæt »%s« kendes ikke, så teksten kan ikke læses sikkert; se den oprindelige mail."
            .formatted(declared.length() > 40 ? declared.substring(0, 40) + "…" : declared));
        return "";
      }
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), charset);
    }
  }

  static String sizeText(long bytes) {
    if (bytes >= 1024L * 1024) {
      double mb = bytes / (1024.0 * 1024);
      return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.forLanguageTag("da-DK"), "%.1f", mb)) + " MB";
    }
    if (bytes >= 1024) {
      return (bytes / 1024) + " KB";
    }
    return bytes + " byte";
  }
}
