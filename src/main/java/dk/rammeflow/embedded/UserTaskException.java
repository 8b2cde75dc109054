package dk.rammeflow.embedded;

import org.springframework.http.HttpStatus;

/** A user task request the engine cannot carry out, with the status the REST API answers. */
public class UserTaskException extends RuntimeException {

  private final HttpStatus status;

  public UserTaskException(HttpStatus status, String detail) {
    super(detail);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
