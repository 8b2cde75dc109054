package dk.rammeflow.security;

import io.camunda.client.protocol.rest.UserTaskResult;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on a Camunda user task: the secretariat, a member of one of its candidate
 * groups, a candidate user, or its assignee. Called by the user task API before it answers.
 */
@Component
public class UserTaskAccess {

  public boolean mayWorkOn(CurrentUser user, UserTaskResult task) {
    return user.isSecretariat()
        || user.isMemberOfAny(task.getCandidateGroups())
        || (task.getCandidateUsers() != null && task.getCandidateUsers().contains(user.email()))
        || user.email().equalsIgnoreCase(task.getAssignee() == null ? "" : task.getAssignee());
  }

  /** @throws AccessDeniedException (403) unless the signed-in user may work on the task */
  public UserTaskResult require(UserTaskResult task) {
    if (!mayWorkOn(signedIn(), task)) {
      throw new AccessDeniedException("User task " + task.getUserTaskKey() + " is not offered to the user");
    }
    return task;
  }

  /** The tasks the signed-in user may see, for the search. */
  public List<UserTaskResult> visible(List<UserTaskResult> tasks) {
    CurrentUser user = signedIn();
    return tasks.stream().filter(task -> mayWorkOn(user, task)).toList();
  }

  private static CurrentUser signedIn() {
    return CurrentUser.current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
  }
}
