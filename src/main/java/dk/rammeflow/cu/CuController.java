package dk.rammeflow.cu;

import dk.rammeflow.web.CaseProblems;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Central Udmelding cases over HTTP: start, status table, negotiated deadline, approvals, questions, outcome. */
@RestController
@RequestMapping(path = "/api/central-notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class CuController {

  private static final CaseProblems PROBLEMS = new CaseProblems("Sagen findes ikke", "Sagen kan ikke ændres", "Anmodningen kan ikke gennemføres");

  private final CuService service;
  private final CuCases cases;

  CuController(CuService service, CuCases cases) {
    this.service = service;
    this.cases = cases;
  }

  public record StartedCase(String caseId, long processInstanceKey, boolean planFits, List<String> planWarnings) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedCase> start(@RequestBody Map<String, Object> input) {
    StartedCase started = service.start(input);
    return ResponseEntity.created(URI.create("/api/central-notifications/" + started.caseId())).body(started);
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return cases.all().stream().map(CuViews::status).toList();
  }

  @GetMapping("/{caseId}")
  Map<String, Object> get(@PathVariable String caseId) {
    return CuViews.status(service.require(caseId));
  }

  @PostMapping(path = "/{caseId}/deadline", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> negotiate(@PathVariable String caseId, @RequestBody Map<String, Object> body) {
    service.negotiateDeadline(caseId, body.get("agreedDeadline"));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{caseId}/councils/{councilId}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> approve(@PathVariable String caseId, @PathVariable String councilId, @RequestBody(required = false) Map<String, Object> body) {
    service.registerCouncilApproval(caseId, councilId, body == null ? null : body.get("approvedOn"), body == null ? null : body.get("note"));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{caseId}/follow-up-questions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> ask(@PathVariable String caseId, @RequestBody Map<String, Object> body) {
    return ResponseEntity.accepted().body(Map.of("followUpId", service.askFollowUp(caseId, body.get("question"), body.get("askedOn"))));
  }

  @PostMapping(path = "/{caseId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> outcome(@PathVariable String caseId, @RequestBody Map<String, Object> body) {
    service.registerOutcome(caseId, body.get("outcome"), body.get("text"), body.get("newDeadline"), body.get("newDocument"));
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(CuException.class)
  ResponseEntity<ProblemDetail> onCuException(CuException e) {
    return PROBLEMS.response(e.getMessage(), e.problems(), e instanceof UnknownCaseException, e instanceof CuConflictException);
  }
}
