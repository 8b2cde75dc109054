package dk.rammeflow.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a process API answers a request it refuses: problem+json with a Danish title per kind
 * (unknown case 404, case that cannot change 409, anything else 400) and every problem listed.
 */
public record CaseProblems(String unknownTitle, String conflictTitle, String refusedTitle) {

  public ResponseEntity<ProblemDetail> response(String detail, List<String> problems, boolean unknown, boolean conflict) {
    HttpStatus status = unknown ? HttpStatus.NOT_FOUND : conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(unknown ? unknownTitle : conflict ? conflictTitle : refusedTitle);
    problem.setProperty("problems", problems);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
