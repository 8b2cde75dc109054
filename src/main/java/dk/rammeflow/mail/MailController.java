package dk.rammeflow.mail;

import dk.rammeflow.security.CurrentUser;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mail log and the review list over HTTP (JSON). */
@RestController
public class MailController {

  private final SentMailLog sentMailLog;
  private final ReviewList reviewList;
  private final ReceivedOriginals received;
  private final ReviewDecisions decisions;

  public MailController(SentMailLog sentMailLog, ReviewList reviewList, ReceivedOriginals received, ReviewDecisions decisions) {
    this.sentMailLog = sentMailLog;
    this.reviewList = reviewList;
    this.received = received;
    this.decisions = decisions;
  }

  public record Registration(String hearingId, String partyId) {}

  public record Dismissal(String reason) {}

  /** Registers a reviewed mail as the party's answer in the hearing, as a matched reply would be. */
  @PostMapping(path = "/api/mail/review/{id}/registration", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ReviewItem register(@PathVariable String id, @RequestBody Registration registration) {
    return decisions.register(id, registration.hearingId(), registration.partyId(), signedIn());
  }

  /** Takes a mail off the review list with the secretariat's reason. */
  @PostMapping(path = "/api/mail/review/{id}/dismissal", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ReviewItem dismiss(@PathVariable String id, @RequestBody Dismissal dismissal) {
    return decisions.dismiss(id, dismissal.reason(), signedIn());
  }

  @ExceptionHandler(ReviewItemException.class)
  ResponseEntity<ProblemDetail> onReviewItemException(ReviewItemException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
    problem.setTitle("Posten kan ikke behandles");
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String signedIn() {
    return CurrentUser.current().map(CurrentUser::email).orElse("ukendt");
  }

  /**
   * Every mail sent, oldest first; narrowed to one hearing and/or party by their tags. The secretariat
   * sees them all; anyone else only the mails sent to them, without Message-IDs and reply tokens.
   */
  @GetMapping(path = "/api/mail/sent", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<SentMail> sent(
      @RequestParam(required = false) String hearingId, @RequestParam(required = false) String partyId, CurrentUser user) {
    return sentMailLog.all().stream()
        .filter(m -> hearingId == null || hearingId.equals(m.tags().get("hearingId")))
        .filter(m -> partyId == null || partyId.equals(m.tags().get("partyId")))
        .filter(m -> user.isSecretariat() || m.to().stream().anyMatch(to -> to.equalsIgnoreCase(user.email())))
        .map(m -> user.isSecretariat() ? m : m.withoutReplyCredentials())
        .toList();
  }

  /** Received mail waiting for a person: unmatched, forged, unreadable or rejected replies, oldest first. */
  @GetMapping(path = "/api/mail/review", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ReviewItem> review() {
    return reviewList.all();
  }

  /** The original mail of a review item, to open in a mail client (attachments included). */
  @GetMapping(path = "/api/mail/review/{id}/original")
  public ResponseEntity<byte[]> original(@PathVariable String id) {
    return reviewList.original(id)
        .map(bytes -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("message/rfc822"))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".eml").build().toString())
            .body(bytes))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** The original of a reply that was handed to the hearing process, by its Message-ID (as in the response). */
  @GetMapping(path = "/api/mail/received/original")
  public ResponseEntity<byte[]> receivedOriginal(@RequestParam String messageId) {
    return received.find(messageId)
        .map(bytes -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("message/rfc822"))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("svar.eml").build().toString())
            .body(bytes))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
