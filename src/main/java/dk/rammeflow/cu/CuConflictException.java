package dk.rammeflow.cu;

/** A request that does not fit the case's state (answered with 409): it exists already, or is orphaned. */
class CuConflictException extends CuException {

  CuConflictException(String problem) {
    super(problem);
  }
}
