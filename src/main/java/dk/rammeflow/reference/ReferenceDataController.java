package dk.rammeflow.reference;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON view of the reference data. */
@RestController
@RequestMapping("/api/reference")
class ReferenceDataController {

  private final ReferenceData referenceData;

  ReferenceDataController(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @GetMapping("/parties")
  List<Party> parties() {
    return referenceData.parties();
  }

  @GetMapping("/parties/{id}")
  Party party(@PathVariable String id) {
    return referenceData.requireParty(id);
  }

  @GetMapping("/fora")
  List<Forum> fora() {
    return referenceData.fora();
  }

  @GetMapping("/fora/{id}")
  Forum forum(@PathVariable String id) {
    return referenceData.requireForum(id);
  }

  @GetMapping("/external-bodies")
  List<ExternalBody> externalBodies() {
    return referenceData.externalBodies();
  }

  @GetMapping("/external-bodies/{id}")
  ExternalBody externalBody(@PathVariable String id) {
    return referenceData.requireExternalBody(id);
  }

  @ExceptionHandler(UnknownReferenceException.class)
  ProblemDetail unknownReference(UnknownReferenceException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Ikke fundet");
    return problem;
  }
}
