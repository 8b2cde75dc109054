package dk.rammeflow.forum;

import dk.rammeflow.forum.ForumDecisionService.Cancellation;
import dk.rammeflow.forum.ForumDecisionService.StartedDecision;
import dk.rammeflow.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Forum decisions over HTTP: put an item before a forum, see it, cancel a meeting. */
@RestController
public class ForumDecisionController {

  private final ForumDecisionService service;
  private final ForumDecisionRecords records;

  public ForumDecisionController(ForumDecisionService service, ForumDecisionRecords records) {
    this.service = service;
    this.records = records;
  }

  public record MeetingCancellation(String reason) {}

  @PostMapping(path = "/api/forum-decisions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedDecision> start(@RequestBody Map<String, Object> input) {
    StartedDecision started = service.start(input);
    return ResponseEntity.created(URI.create("/api/forum-decisions/" + started.decisionId())).body(started);
  }

  /** The secretariat sees every item; a forum's members the items before their forum. */
  @GetMapping(path = "/api/forum-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ForumDecisionRecord> list(CurrentUser user) {
    return records.all().stream().filter(r -> user.isSecretariat() || user.isMemberOf(r.forumId())).toList();
  }

  @GetMapping(path = "/api/forum-decisions/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ForumDecisionRecord get(@PathVariable String decisionId, CurrentUser user) {
    ForumDecisionRecord record = records.find(decisionId).orElseThrow(() -> new UnknownDecision(decisionId));
    user.requireMemberOf(record.forumId());
    return record;
  }

  @PostMapping(path = "/api/forum-meetings/{forum}/{date}/cancellation", produces = MediaType.APPLICATION_JSON_VALUE)
  public Cancellation cancel(@PathVariable String forum, @PathVariable String date, @RequestBody(required = false) MeetingCancellation body) {
    return service.cancelMeeting(forum, date, body == null ? null : body.reason());
  }

  static final class UnknownDecision extends ForumException {
    UnknownDecision(String decisionId) {
      super("Forumsagen '%s' findes ikke.".formatted(decisionId));
    }
  }

  @ExceptionHandler(ForumException.class)
  ResponseEntity<ProblemDetail> onForumException(ForumException e) {
    HttpStatus status = e instanceof UnknownDecision ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(status == HttpStatus.NOT_FOUND ? "Forumsagen findes ikke" : "Sagen kan ikke behandles i forummet");
    problem.setProperty("problems", e.problems());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
