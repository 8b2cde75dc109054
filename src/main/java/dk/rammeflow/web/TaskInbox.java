package dk.rammeflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.security.CurrentUser;
import dk.rammeflow.security.UserTaskAccess;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.protocol.rest.UserTaskResult;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The task inbox over the Orchestration Cluster REST API with the official Camunda client, the
 * same on the embedded runtime (which serves that API itself) and on a cluster: open tasks by
 * candidate group, a task with its variables and its Camunda form, claim, release, complete.
 * The application's client may see every task; what the signed-in user may see and do is
 * checked here with {@link UserTaskAccess}.
 */
@Component
public class TaskInbox {

  /** Variables that say which case and party a task belongs to, and why it was opened again. */
  private static final List<String> CONTEXT_VARIABLES =
      List.of("title", "caseTitle", "hearingId", "decisionId", "caseId", "party", "forumName", "deadlineText",
          "responseProblem", "decisionProblems", "draftProblems", "submitProblems");
  private static final int INBOX_LIMIT = 200;

  private final CamundaClient client;
  private final ObjectMapper json;
  private final UserTaskAccess access;
  private final ReferenceData reference;
  private final CaseTypes caseTypes;
  private final CalendarTime time;

  public TaskInbox(OrchestrationApi api, ObjectMapper json, UserTaskAccess access, ReferenceData reference, CaseTypes caseTypes, CalendarTime time) {
    this.client = api.client();
    this.json = json;
    this.access = access;
    this.reference = reference;
    this.caseTypes = caseTypes;
    this.time = time;
  }

  /** A task as the inbox shows it: what it is, for which case and party, and by when. */
  public record TaskView(
      long key,
      String name,
      String processName,
      boolean open,
      String caseTitle,
      String caseReference,
      String caseUrl,
      String partyName,
      String dueText,
      boolean overdue,
      String assignee,
      boolean assignedToMe,
      List<String> groupNames,
      String problem,
      long processInstanceKey) {}

  /** The open tasks offered to one of the user's groups; the secretariat sees every open task. */
  public List<TaskView> openTasks(CurrentUser user) {
    List<UserTask> found =
        client.newUserTaskSearchRequest()
            .filter(f -> {
              f.state(UserTaskState.CREATED);
              if (!user.isSecretariat()) {
                f.candidateGroup(g -> g.in(List.copyOf(user.groups())));
              }
            })
            .sort(s -> s.dueDate().asc())
            .page(p -> p.limit(INBOX_LIMIT))
            .send()
            .join()
            .items();
    List<TaskView> views = new ArrayList<>();
    for (UserTask task : found) {
      if (mayWorkOn(user, task)) {
        views.add(view(user, task, variables(task.getUserTaskKey(), CONTEXT_VARIABLES)));
      }
    }
    return views;
  }

  /**
   * The party's current open task in a hearing, which a hearing mail links to: the mail is sent
   * before the task exists, and a new task replaces it when the party is asked again.
   */
  public Optional<Long> hearingTask(CurrentUser user, String hearingId, String partyId) {
    List<UserTask> candidates =
        client.newUserTaskSearchRequest()
            .filter(f -> {
              f.state(UserTaskState.CREATED).elementId("submit-response");
              if (!user.isSecretariat()) {
                f.candidateGroup(g -> g.in(List.copyOf(user.groups())));
              }
            })
            .page(p -> p.limit(INBOX_LIMIT))
            .send()
            .join()
            .items();
    for (UserTask task : candidates) {
      Map<String, Object> variables = variables(task.getUserTaskKey(), List.of("hearingId", "party"));
      if (hearingId.equals(variables.get("hearingId"))
          && variables.get("party") instanceof Map<?, ?> party
          && partyId.equals(party.get("id"))
          && mayWorkOn(user, task)) {
        return Optional.of(task.getUserTaskKey());
      }
    }
    return Optional.empty();
  }

  /** One task the user may see, with every variable it sees. */
  public Optional<OpenedTask> open(CurrentUser user, long key) {
    UserTask task;
    try {
      task = client.newUserTaskGetRequest(key).send().join();
    } catch (ProblemException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    if (!mayWorkOn(user, task)) {
      throw new AccessDeniedException("User task " + key + " is not offered to " + user.email());
    }
    Map<String, Object> variables = variables(key, null);
    return Optional.of(new OpenedTask(view(user, task, variables), variables, formSchema(task)));
  }

  public record OpenedTask(TaskView task, Map<String, Object> variables, Optional<String> formSchema) {}

  /** Claims the task for the user; refused when someone else holds it. */
  public void claim(CurrentUser user, long key) {
    requireOpen(user, key);
    client.newAssignUserTaskCommand(key).assignee(user.email()).allowOverride(false).send().join();
  }

  public void release(CurrentUser user, long key) {
    TaskView task = requireOpen(user, key);
    if (!task.assignedToMe() && !user.isSecretariat()) {
      throw new TaskRefusedException("Opgaven er tildelt en anden, så du kan ikke frigive den.");
    }
    client.newUnassignUserTaskCommand(key).send().join();
  }

  /** Completes the task with the form's data; the user must hold it (an unclaimed task is claimed first). */
  public void complete(CurrentUser user, long key, Map<String, Object> variables) {
    TaskView task = requireOpen(user, key);
    if (task.assignee() == null) {
      client.newAssignUserTaskCommand(key).assignee(user.email()).allowOverride(false).send().join();
    } else if (!task.assignedToMe()) {
      throw new TaskRefusedException("Opgaven er tildelt %s. Kun den, der har opgaven, kan afslutte den.".formatted(task.assignee()));
    }
    client.newCompleteUserTaskCommand(key).variables(variables).send().join();
  }

  private TaskView requireOpen(CurrentUser user, long key) {
    TaskView task = open(user, key).map(OpenedTask::task).orElseThrow(() -> new TaskRefusedException("Opgaven findes ikke."));
    if (!task.open()) {
      throw new TaskRefusedException("Opgaven er allerede afsluttet.");
    }
    return task;
  }

  private boolean mayWorkOn(CurrentUser user, UserTask task) {
    return access.mayWorkOn(
        user,
        new UserTaskResult()
            .userTaskKey(String.valueOf(task.getUserTaskKey()))
            .candidateGroups(task.getCandidateGroups())
            .candidateUsers(task.getCandidateUsers())
            .assignee(task.getAssignee()));
  }

  /** The task's variables by name, values parsed from JSON; only the named ones when names is given. */
  private Map<String, Object> variables(long key, List<String> names) {
    var request = client.newUserTaskVariableSearchRequest(key).withFullValues();
    if (names != null) {
      request = request.filter(f -> f.name(n -> n.in(names)));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Variable variable : request.page(p -> p.limit(1000)).send().join().items()) {
      variables.put(variable.getName(), parse(variable.getValue()));
    }
    return variables;
  }

  private Object parse(String value) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }

  private Optional<String> formSchema(UserTask task) {
    if (task.getFormKey() == null) {
      return Optional.empty();
    }
    Object schema = client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join().getSchema();
    if (schema == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(schema instanceof String text ? text : json.writeValueAsString(schema));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The form of user task " + task.getUserTaskKey() + " is not JSON", e);
    }
  }

  private TaskView view(CurrentUser user, UserTask task, Map<String, Object> variables) {
    OffsetDateTime due = task.getDueDate();
    String caseTitle = text(variables.get("title"), text(variables.get("caseTitle"), null));
    CaseTypes.CaseLink link = caseTypes.linkFor(variables);
    return new TaskView(
        task.getUserTaskKey(),
        task.getName(),
        task.getProcessName(),
        task.getState() == UserTaskState.CREATED,
        caseTitle,
        link == null ? null : link.reference(),
        link == null || !user.isSecretariat() ? null : link.url(),
        partyName(task, variables),
        due == null ? null : DanishDates.format(due.atZoneSameInstant(CalendarTime.ZONE).toLocalDate()),
        due != null && due.toInstant().isBefore(time.now().toInstant()),
        task.getAssignee(),
        task.getAssignee() != null && task.getAssignee().equalsIgnoreCase(user.email()),
        groupNames(task.getCandidateGroups()),
        problem(variables),
        task.getProcessInstanceKey());
  }

  /** The hearing party of the task, else the parties and fora it is offered to (not the secretariat). */
  private String partyName(UserTask task, Map<String, Object> variables) {
    if (variables.get("party") instanceof Map<?, ?> party && party.get("name") instanceof String name) {
      return name;
    }
    List<String> names = groupNames(task.getCandidateGroups().stream().filter(reference::isCandidateGroup).filter(g -> !"sekretariatet".equals(g)).toList());
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private List<String> groupNames(List<String> groups) {
    if (groups == null) {
      return List.of();
    }
    return groups.stream()
        .map(g -> reference.party(g).map(p -> p.name()).or(() -> reference.forum(g).map(f -> f.name())).orElse(g))
        .toList();
  }

  /** Why the task was opened again, when a worker refused the last answer. */
  private static String problem(Map<String, Object> variables) {
    for (String name : List.of("responseProblem", "decisionProblems", "draftProblems", "submitProblems")) {
      Object value = variables.get(name);
      if (value instanceof List<?> list && !list.isEmpty()) {
        return String.join(" ", list.stream().map(String::valueOf).toList());
      }
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String text(Object value, String fallback) {
    return value instanceof String s && !s.isBlank() ? s : fallback;
  }
}
