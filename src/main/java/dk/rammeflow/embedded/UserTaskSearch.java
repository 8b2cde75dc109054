package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The user task search of the Orchestration Cluster REST API over the embedded store.
 */
public class UserTaskSearch {

  private static final Map<String, Function<UserTaskResult, Object>> FILTERABLE =
      Map.ofEntries(
          Map.entry("state", t -> t.getState() == null ? null : t.getState().getValue()),
          Map.entry("assignee", UserTaskResult::getAssignee),
          Map.entry("candidateGroup", UserTaskResult::getCandidateGroups),
          Map.entry("candidateUser", UserTaskResult::getCandidateUsers),
          Map.entry("processInstanceKey", UserTaskResult::getProcessInstanceKey),
          Map.entry("processDefinitionKey", UserTaskResult::getProcessDefinitionKey),
          Map.entry("processDefinitionId", UserTaskResult::getProcessDefinitionId),
          Map.entry("elementId", UserTaskResult::getElementId),
          Map.entry("elementInstanceKey", UserTaskResult::getElementInstanceKey),
          Map.entry("userTaskKey", UserTaskResult::getUserTaskKey),
          Map.entry("name", UserTaskResult::getName),
          Map.entry("tenantId", UserTaskResult::getTenantId),
          Map.entry("priority", UserTaskResult::getPriority));

  private static final Map<String, Function<UserTaskResult, String>> SORTABLE =
      Map.of(
          "creationDate", UserTaskResult::getCreationDate,
          "completionDate", UserTaskResult::getCompletionDate,
          "dueDate", UserTaskResult::getDueDate,
          "followUpDate", UserTaskResult::getFollowUpDate,
          "name", UserTaskResult::getName,
          "priority", t -> t.getPriority() == null ? null : "%010d".formatted(t.getPriority()));

  private static final SearchQuery<UserTaskResult> QUERY =
      new SearchQuery<>("user task", FILTERABLE, SORTABLE, t -> Long.parseLong(t.getUserTaskKey()),
          Map.of("state", java.util.Arrays.stream(io.camunda.client.protocol.rest.UserTaskStateEnum.values())
              .map(io.camunda.client.protocol.rest.UserTaskStateEnum::getValue)
              .filter(v -> !"UNKNOWN_DEFAULT_OPEN_API".equals(v))
              .collect(java.util.stream.Collectors.toSet())));

  public UserTaskSearchQueryResult search(List<UserTaskResult> tasks, JsonNode query) {
    SearchQuery.Page<UserTaskResult> found = QUERY.run(tasks, query);
    return new UserTaskSearchQueryResult().items(found.items()).page(found.page());
  }
}
