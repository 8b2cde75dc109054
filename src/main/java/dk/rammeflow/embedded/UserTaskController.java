package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rammeflow.security.UserTaskAccess;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The human-task part of the Camunda 8.8 Orchestration Cluster REST API (/v2/user-tasks), served
 * by the embedded runtime with the real API's paths, bodies and problem-detail errors.
 */
@RestController
@ConditionalOnProperty(name = EmbeddedRuntimeEnvironment.ENABLED, havingValue = "true")
@RequestMapping(path = "/v2/user-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
public class UserTaskController {

  private final UserTaskService service;
  private final UserTaskStore store;
  private final UserTaskAccess access;
  private final UserTaskSearch search = new UserTaskSearch();

  public UserTaskController(UserTaskService service, UserTaskStore store, UserTaskAccess access) {
    this.service = service;
    this.store = store;
    this.access = access;
  }

  @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
  public UserTaskSearchQueryResult search(@RequestBody(required = false) JsonNode query) {
    return search.search(access.visible(store.all()), query);
  }

  @GetMapping("/{userTaskKey}")
  public UserTaskResult get(@PathVariable long userTaskKey) {
    return access.require(service.get(userTaskKey));
  }

  @GetMapping("/{userTaskKey}/form")
  public ResponseEntity<FormResult> form(@PathVariable long userTaskKey) {
    UserTaskResult task = access.require(service.get(userTaskKey));
    if (task.getFormKey() == null) {
      return ResponseEntity.noContent().build();
    }
    return store
        .form(Long.parseLong(task.getFormKey()))
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new UserTaskException(HttpStatus.NOT_FOUND, "Form with key '%s' not found".formatted(task.getFormKey())));
  }

  @PostMapping(path = "/{userTaskKey}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> complete(
      @PathVariable long userTaskKey, @RequestBody(required = false) UserTaskCompletionRequest request) {
    access.require(service.get(userTaskKey));
    UserTaskCompletionRequest body = request == null ? new UserTaskCompletionRequest() : request;
    service.complete(userTaskKey, body.getVariables(), body.getAction());
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/{userTaskKey}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> assign(@PathVariable long userTaskKey, @RequestBody UserTaskAssignmentRequest request) {
    access.require(service.get(userTaskKey));
    service.assign(userTaskKey, request.getAssignee(), request.getAllowOverride(), request.getAction());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{userTaskKey}/assignee")
  public ResponseEntity<Void> unassign(@PathVariable long userTaskKey) {
    access.require(service.get(userTaskKey));
    service.unassign(userTaskKey);
    return ResponseEntity.noContent().build();
  }
}
