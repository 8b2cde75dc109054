package dk.rammeflow.mail;

/** A file attached to an outgoing mail or extracted from an incoming one; the name is decoded (æ/ø/å intact). */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  @Override
  public String toString() {
    return "MailAttachment[fileName=%s, contentType=%s, size=%d]".formatted(fileName, contentType, content == null ? 0 : content.length);
  }
}
