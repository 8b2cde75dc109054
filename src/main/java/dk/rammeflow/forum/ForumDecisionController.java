package dk.rammeflow.forum;

import dk.rammeflow.web.CaseProblems;
import dk.rammeflow.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
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

  private static final CaseProblems PROBLEMS = new CaseProblems("Forumsagen findes ikke", "Forumsagen kan ikke ændres", "Sagen kan ikke behandles i forummet");

  private final ForumDecisionService service;
  private final ForumDecisionRecords records;

  ForumDecisionController(ForumDecisionService service, ForumDecisionRecords records) {
    this.service = service;
    this.records = records;
  }

  public record StartedDecision(String decisionId, long processInstanceKey, String forum, String meetingDate, String meetingText, boolean meetingCancelled) {}

  /** What a cancellation reached: the items moved to written procedure. */
  public record Cancellation(String forum, String meetingDate, List<String> decisionIds) {}

  @PostMapping(path = "/api/forum-decisions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedDecision> start(@RequestBody Map<String, Object> input) {
    StartedDecision started = service.start(input);
    return ResponseEntity.created(URI.create("/api/forum-decisions/" + started.decisionId())).body(started);
  }

  /** The secretariat sees every item; a forum's members the items before their forum. */
  @GetMapping(path = "/api/forum-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<ForumDecisionRecord> list(CurrentUser user) {
    return records.all().stream().filter(r -> user.isSecretariat() || user.isMemberOf(r.forumId())).toList();
  }

  @GetMapping(path = "/api/forum-decisions/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
  ForumDecisionRecord get(@PathVariable String decisionId, CurrentUser user) {
    ForumDecisionRecord record = service.require(decisionId);
    user.requireMemberOf(record.forumId());
    return record;
  }

  @PostMapping(path = "/api/forum-meetings/{forum}/{date}/cancellation", produces = MediaType.APPLICATION_JSON_VALUE)
  Cancellation cancel(@PathVariable String forum, @PathVariable String date, @RequestBody(required = false) Map<String, Object> body) {
    return service.cancelMeeting(forum, date, body == null ? null : body.get("reason"));
  }

  @ExceptionHandler(ForumException.class)
  ResponseEntity<ProblemDetail> onForumException(ForumException e) {
    return PROBLEMS.response(e.getMessage(), e.problems(), e instanceof UnknownDecisionException, e instanceof ForumConflictException);
  }
}
