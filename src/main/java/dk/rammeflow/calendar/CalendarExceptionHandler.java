package dk.rammeflow.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the calendar API as {@code application/problem+json} with Danish {@code title} and
 * {@code detail}. Bad input (400) shows the Danish message of {@link CalendarException}; anything
 * unexpected (500) is logged and shown without technical details.
 */
@RestControllerAdvice(assignableTypes = CalendarController.class)
public class CalendarExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(CalendarExceptionHandler.class);

  @ExceptionHandler(CalendarException.class)
  public ResponseEntity<ProblemDetail> badInput(CalendarException e) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldigt input til kalenderen", e.danishMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldigt input til kalenderen",
        "Forespørgslen kunne ikke læses. Send et JSON-objekt med target og chain.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Ugyldigt input til kalenderen",
        "Forespørgslen skal sendes som JSON (Content-Type: application/json).");
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Calendar API request failed", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Fejl i kalenderen",
        "Der opstod en uventet fejl i kalenderen. Prøv igen, eller kontakt den systemansvarlige.");
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
