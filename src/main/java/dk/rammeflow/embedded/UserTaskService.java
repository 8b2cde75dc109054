package dk.rammeflow.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.agrona.concurrent.UnsafeBuffer;
import org.springframework.http.HttpStatus;

/**
 * Carries out the user task commands of the REST API on the embedded engine: writes the command
 * the REST gateway would write, then waits for the engine's answer to it.
 */
public class UserTaskService {

  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

  private final EmbeddedEngine engine;
  private final RecordLog recordLog;
  private final UserTaskStore store;
  private final ObjectMapper objectMapper;

  public UserTaskService(EmbeddedEngine engine, RecordLog recordLog, UserTaskStore store, ObjectMapper objectMapper) {
    this.engine = engine;
    this.recordLog = recordLog;
    this.store = store;
    this.objectMapper = objectMapper;
  }

  public UserTaskResult get(long userTaskKey) {
    return store.find(userTaskKey).orElseThrow(() -> notFound(userTaskKey));
  }

  public void complete(long userTaskKey, Map<String, Object> variables, String action) {
    requireActive(userTaskKey, "complete");
    UserTaskRecord command = new UserTaskRecord().setUserTaskKey(userTaskKey).setAction(orDefault(action, "complete"));
    command.setVariables(new UnsafeBuffer(toMsgPack(variables == null ? Map.of() : variables)));
    long position = engine.writeCommand(userTaskKey, ValueType.USER_TASK, UserTaskIntent.COMPLETE, command);
    awaitOutcome(userTaskKey, position, Set.of(UserTaskIntent.COMPLETED), Set.of(UserTaskIntent.COMPLETION_DENIED));
  }

  public void assign(long userTaskKey, String assignee, Boolean allowOverride, String action) {
    if (assignee == null || assignee.isBlank()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "No assignee provided");
    }
    requireActive(userTaskKey, "assign");
    UserTaskRecord command = new UserTaskRecord().setUserTaskKey(userTaskKey).setAssignee(assignee).setAction(orDefault(action, "assign"));
    // allowOverride=false is a claim: the engine rejects it when someone else holds the task.
    UserTaskIntent intent = Boolean.FALSE.equals(allowOverride) ? UserTaskIntent.CLAIM : UserTaskIntent.ASSIGN;
    long position = engine.writeCommand(userTaskKey, ValueType.USER_TASK, intent, command);
    awaitOutcome(userTaskKey, position, Set.of(UserTaskIntent.ASSIGNED), Set.of(UserTaskIntent.ASSIGNMENT_DENIED));
  }

  public void unassign(long userTaskKey) {
    requireActive(userTaskKey, "unassign");
    UserTaskRecord command = new UserTaskRecord().setUserTaskKey(userTaskKey).setAssignee("").setAction("unassign");
    long position = engine.writeCommand(userTaskKey, ValueType.USER_TASK, UserTaskIntent.ASSIGN, command);
    awaitOutcome(userTaskKey, position, Set.of(UserTaskIntent.ASSIGNED), Set.of(UserTaskIntent.ASSIGNMENT_DENIED));
  }

  private void requireActive(long userTaskKey, String operation) {
    UserTaskResult task = get(userTaskKey);
    if (task.getState() != UserTaskStateEnum.CREATED) {
      throw new UserTaskException(
          HttpStatus.CONFLICT,
          "Command '%s' rejected: expected user task with key '%d' to be in state 'CREATED', but it is in state '%s'"
              .formatted(operation, userTaskKey, task.getState().getValue()));
    }
  }

  /**
   * Waits for the engine's answer to this command, never to another caller's: the first user task
   * event or rejection whose source is the command's position. An event that only starts the
   * transition (COMPLETING, ASSIGNING, CLAIMING: task listeners may run first) holds the task for
   * this command, so the next final event of the task is this command's outcome.
   */
  private void awaitOutcome(long userTaskKey, long commandPosition, Set<UserTaskIntent> done, Set<UserTaskIntent> denied) {
    Record<?> answer = await(commandPosition, r -> r.getSourceRecordPosition() == commandPosition
        && (r.getRecordType() == RecordType.COMMAND_REJECTION
            || (r.getRecordType() == RecordType.EVENT && r.getValueType() == ValueType.USER_TASK && r.getKey() == userTaskKey)));
    if (answer.getRecordType() == RecordType.EVENT && !done.contains(answer.getIntent()) && !denied.contains(answer.getIntent())) {
      answer = await(answer.getPosition(), r -> r.getRecordType() == RecordType.EVENT
          && r.getValueType() == ValueType.USER_TASK
          && r.getKey() == userTaskKey
          && (done.contains(r.getIntent()) || denied.contains(r.getIntent())));
    }
    if (answer.getRecordType() == RecordType.COMMAND_REJECTION) {
      HttpStatus status =
          switch (answer.getRejectionType()) {
            // The task was there a moment ago (requireActive): another command has just ended it.
            case NOT_FOUND -> store.find(userTaskKey).isPresent() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND;
            case INVALID_STATE, ALREADY_EXISTS -> HttpStatus.CONFLICT;
            case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED, FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
          };
      throw new UserTaskException(
          status, "Command '%s' rejected with code '%s': %s".formatted(answer.getIntent(), answer.getRejectionType(), answer.getRejectionReason()));
    }
    if (denied.contains(answer.getIntent())) {
      String reason = answer.getValue() instanceof UserTaskRecord record ? record.getDeniedReason() : "";
      throw new UserTaskException(
          HttpStatus.CONFLICT,
          "Command '%s' on user task '%d' was denied by a task listener%s".formatted(
              answer.getIntent(), userTaskKey, reason == null || reason.isBlank() ? "" : ": " + reason));
    }
  }

  private Record<?> await(long afterPosition, java.util.function.Predicate<Record<?>> predicate) {
    return recordLog.await(afterPosition, predicate, ANSWER_TIMEOUT)
        .orElseThrow(() -> new UserTaskException(HttpStatus.GATEWAY_TIMEOUT, "The engine did not answer within " + ANSWER_TIMEOUT));
  }

  private byte[] toMsgPack(Map<String, Object> variables) {
    try {
      return MsgPackConverter.convertToMsgPack(objectMapper.writeValueAsString(variables));
    } catch (JsonProcessingException e) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "Variables are not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static UserTaskException notFound(long userTaskKey) {
    return new UserTaskException(HttpStatus.NOT_FOUND, "User task with key '%d' not found".formatted(userTaskKey));
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
