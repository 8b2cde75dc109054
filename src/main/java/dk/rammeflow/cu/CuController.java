package dk.rammeflow.cu;

import dk.rammeflow.cu.CuService.StartedCase;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Central Udmelding cases over HTTP: start, status table, negotiated deadline, approvals, questions, outcome. */
@RestController
@RequestMapping(path = "/api/central-notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class CuController {

  private final CuService service;
  private final CuCases cases;

  public CuController(CuService service, CuCases cases) {
    this.service = service;
    this.cases = cases;
  }

  public record DeadlineAgreement(String agreedDeadline) {}

  public record CouncilApproval(String approvedOn, String note) {}

  public record FollowUpQuestion(String question, String askedOn) {}

  public record AgencyDecision(String outcome, String text, String newDeadline, Object newDocument) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedCase> start(@RequestBody Map<String, Object> input) {
    StartedCase started = service.start(input);
    return ResponseEntity.created(URI.create("/api/central-notifications/" + started.caseId())).body(started);
  }

  @GetMapping
  public List<Map<String, Object>> list() {
    return cases.all().stream().map(CuViews::status).toList();
  }

  @GetMapping("/{caseId}")
  public Map<String, Object> get(@PathVariable String caseId) {
    return CuViews.status(cases.require(caseId));
  }

  @PostMapping(path = "/{caseId}/deadline", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> negotiate(@PathVariable String caseId, @RequestBody DeadlineAgreement body) {
    service.negotiateDeadline(caseId, body.agreedDeadline());
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{caseId}/councils/{councilId}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> approve(@PathVariable String caseId, @PathVariable String councilId, @RequestBody(required = false) CouncilApproval body) {
    service.registerCouncilApproval(caseId, councilId, body == null ? null : body.approvedOn(), body == null ? null : body.note());
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{caseId}/follow-up-questions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, String>> ask(@PathVariable String caseId, @RequestBody FollowUpQuestion body) {
    return ResponseEntity.accepted().body(Map.of("followUpId", service.askFollowUp(caseId, body.question(), body.askedOn())));
  }

  @PostMapping(path = "/{caseId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> outcome(@PathVariable String caseId, @RequestBody AgencyDecision body) {
    service.registerOutcome(caseId, body.outcome(), body.text(), body.newDeadline(), body.newDocument());
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(CuException.class)
  ResponseEntity<ProblemDetail> onCuException(CuException e) {
    HttpStatus status = e instanceof UnknownCaseException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(status == HttpStatus.NOT_FOUND ? "Sagen findes ikke" : "Anmodningen kan ikke gennemføres");
    problem.setProperty("problems", e.problems());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
