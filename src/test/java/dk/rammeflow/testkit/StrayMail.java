package dk.rammeflow.testkit;

import dk.rammeflow.mail.HearingReplyPoller;
import dk.rammeflow.mail.RammeflowMailProperties;
import dk.rammeflow.mail.ReviewItem;
import dk.rammeflow.mail.ReviewList;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A new mail (no subject code, no reference) to the hearing mailbox, which the poller puts on the review list. */
public final class StrayMail {

  private StrayMail() {}

  public static ReviewItem sendAndAwaitReview(
      JavaMailSender sender, RammeflowMailProperties mail, HearingReplyPoller poller, ReviewList reviewList, String from, String subject, String text)
      throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.hearingAddress());
    helper.setSubject(subject);
    helper.setText(text);
    sender.send(message);
    long deadline = System.nanoTime() + ProcessTestKit.DEFAULT_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      poller.pollNow();
      var found = reviewList.all().stream().filter(i -> subject.equals(i.subject())).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new AssertionError("Expected the mail '%s' on the review list within %s, but the list has %s"
        .formatted(subject, ProcessTestKit.DEFAULT_WAIT, reviewList.all().stream().map(ReviewItem::subject).toList()));
  }
}
