package dk.rammeflow.forum;

/** A request that does not fit the forum decision's state (answered with 409): it exists already or is orphaned. */
class ForumConflictException extends ForumException {

  ForumConflictException(String problem) {
    super(problem);
  }
}
