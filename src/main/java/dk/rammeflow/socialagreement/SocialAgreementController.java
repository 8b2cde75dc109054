package dk.rammeflow.socialagreement;

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

/** Nordjysk Socialaftale over HTTP (the secretariat's): start, status with tidsplan, council decisions, initiative status. */
@RestController
@RequestMapping(path = "/api/social-agreements", produces = MediaType.APPLICATION_JSON_VALUE)
public class SocialAgreementController {

  private static final CaseProblems PROBLEMS = new CaseProblems("Sagen findes ikke", "Sagen kan ikke ændres", "Anmodningen kan ikke gennemføres");

  private final SocialAgreementService service;
  private final SocialAgreementCases cases;

  SocialAgreementController(SocialAgreementService service, SocialAgreementCases cases) {
    this.service = service;
    this.cases = cases;
  }

  public record StartedAgreement(String caseId, long processInstanceKey, boolean planFits, List<String> planWarnings) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedAgreement> start(@RequestBody Map<String, Object> input) {
    StartedAgreement started = service.start(input);
    return ResponseEntity.created(URI.create("/api/social-agreements/" + started.caseId())).body(started);
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return cases.all().stream().map(SocialAgreementViews::status).toList();
  }

  @GetMapping("/{caseId}")
  Map<String, Object> get(@PathVariable String caseId) {
    return SocialAgreementViews.status(service.require(caseId));
  }

  @PostMapping(path = "/{caseId}/councils/{councilId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> decide(@PathVariable String caseId, @PathVariable String councilId, @RequestBody(required = false) Map<String, Object> body) {
    Map<String, Object> b = body == null ? Map.of() : body;
    service.registerCouncilDecision(caseId, councilId, b.get("decidedOn"), b.get("approved"), b.get("note"));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{caseId}/initiatives/{initiativeId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> initiativeStatus(@PathVariable String caseId, @PathVariable String initiativeId, @RequestBody Map<String, Object> body) {
    service.registerInitiativeStatus(caseId, initiativeId, body.get("status"), body.get("note"), body.get("statusOn"));
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(SocialAgreementException.class)
  ResponseEntity<ProblemDetail> onException(SocialAgreementException e) {
    return PROBLEMS.response(e.getMessage(), e.problems(), e instanceof UnknownAgreementException, e instanceof AgreementConflictException);
  }
}
