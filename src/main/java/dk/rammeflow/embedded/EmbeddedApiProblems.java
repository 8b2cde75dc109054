package dk.rammeflow.embedded;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the embedded runtime's Orchestration Cluster REST API, in the API's problem-detail shape. */
@RestControllerAdvice(assignableTypes = {UserTaskController.class, ProcessInstanceController.class})
class EmbeddedApiProblems {

  @ExceptionHandler(UserTaskException.class)
  ResponseEntity<ProblemDetail> onUserTaskException(UserTaskException e, HttpServletRequest request) {
    return problem(e.status(), e.getMessage(), request);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ProblemDetail> onBadRequest(Exception e, HttpServletRequest request) {
    String detail =
        e instanceof MethodArgumentTypeMismatchException mismatch
            ? "The value '%s' is not a valid %s".formatted(mismatch.getValue(), mismatch.getName())
            : "The request body could not be read: " + e.getMessage();
    return problem(HttpStatus.BAD_REQUEST, detail, request);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.name());
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
