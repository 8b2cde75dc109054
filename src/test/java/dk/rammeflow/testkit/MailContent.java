package dk.rammeflow.testkit;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the parts of a received mail that tests assert on: addresses, subject, text, HTML, attachments. */
public final class MailContent {

  private MailContent() {}

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> to(MimeMessage message) {
    try {
      var recipients = message.getRecipients(Message.RecipientType.TO);
      return recipients == null ? List.of() : Arrays.stream(recipients).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(MimeMessage message) {
    return firstPart(message, "text/plain");
  }

  public static String html(MimeMessage message) {
    return firstPart(message, "text/html");
  }

  public static List<String> attachmentNames(MimeMessage message) {
    List<String> names = new ArrayList<>();
    try {
      collectAttachments(message, names);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static String firstPart(Part part, String mimeType) {
    try {
      if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return String.valueOf(part.getContent());
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = firstPart(multipart.getBodyPart(i), mimeType);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collectAttachments(Part part, List<String> names) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collectAttachments(child, names);
      }
    } else if (part.getFileName() != null) {
      names.add(MimeUtility.decodeText(part.getFileName()));
    }
  }
}
