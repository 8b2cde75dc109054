package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;

/**
 * The user task search of the Orchestration Cluster REST API over the embedded store. A filter
 * property is either a plain value or an operator object ({@code $eq, $neq, $in, $notIn,
 * $exists, $like}), as in the API.
 */
public class UserTaskSearch {

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 10_000;

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

  public UserTaskSearchQueryResult search(List<UserTaskResult> tasks, JsonNode query) {
    JsonNode filter = query == null ? null : query.get("filter");
    Predicate<UserTaskResult> matches = filter == null || filter.isNull() ? t -> true : predicate(filter);
    List<UserTaskResult> found = new ArrayList<>(tasks.stream().filter(matches).toList());
    found.sort(comparator(query == null ? null : query.get("sort")));

    JsonNode page = query == null ? null : query.get("page");
    int limit = intField(page, "limit", DEFAULT_LIMIT);
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "page.limit must be between 0 and " + MAX_LIMIT);
    }
    int from = intField(page, "from", 0);
    if (page != null && page.hasNonNull("after")) {
      from = decodeCursor(page.get("after").asText()) + 1;
    } else if (page != null && page.hasNonNull("before")) {
      from = Math.max(0, decodeCursor(page.get("before").asText()) - limit);
    }
    if (from < 0) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "page.from must not be negative");
    }
    int to = Math.min(found.size(), from + limit);
    List<UserTaskResult> items = from >= found.size() ? List.of() : found.subList(from, to);
    return new UserTaskSearchQueryResult()
        .items(items)
        .page(
            new SearchQueryPageResponse()
                .totalItems((long) found.size())
                .hasMoreTotalItems(false)
                .startCursor(items.isEmpty() ? null : encodeCursor(from))
                .endCursor(items.isEmpty() ? null : encodeCursor(to - 1)));
  }

  private static Predicate<UserTaskResult> predicate(JsonNode filter) {
    if (!filter.isObject()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "filter must be an object");
    }
    Predicate<UserTaskResult> all = t -> true;
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getValue().isNull() || (entry.getValue().isArray() && entry.getValue().isEmpty())) {
        continue; // clients send unset properties as null or []
      }
      Function<UserTaskResult, Object> field = FILTERABLE.get(entry.getKey());
      if (field == null) {
        throw new UserTaskException(HttpStatus.BAD_REQUEST, "Unsupported user task filter property '%s'".formatted(entry.getKey()));
      }
      Predicate<Object> condition = condition(entry.getKey(), entry.getValue());
      all = all.and(t -> condition.test(field.apply(t)));
    }
    return all;
  }

  /** One filter property; a list-valued field (candidate groups) matches when any element does. */
  private static Predicate<Object> condition(String name, JsonNode spec) {
    Predicate<String> single;
    if (spec.isValueNode()) {
      String expected = spec.asText();
      single = expected::equals;
    } else if (spec.isObject()) {
      single = operators(name, spec);
      if (spec.has("$exists")) {
        boolean exists = spec.get("$exists").asBoolean();
        Predicate<String> rest = single;
        return value -> {
          boolean present = value != null && !(value instanceof List<?> l && l.isEmpty());
          return present == exists && (!present || anyMatches(value, rest));
        };
      }
    } else {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "Filter property '%s' must be a value or an operator object".formatted(name));
    }
    Predicate<String> test = single;
    return value -> value != null && anyMatches(value, test);
  }

  private static boolean anyMatches(Object value, Predicate<String> test) {
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> test.test(String.valueOf(v)));
    }
    return test.test(String.valueOf(value));
  }

  private static Predicate<String> operators(String name, JsonNode spec) {
    Predicate<String> all = v -> true;
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> op = it.next();
      JsonNode arg = op.getValue();
      if (arg.isNull() || (arg.isArray() && arg.isEmpty())) {
        continue; // unset operators arrive as null or []
      }
      Predicate<String> p =
          switch (op.getKey()) {
            case "$eq" -> arg.asText()::equals;
            case "$neq" -> v -> !arg.asText().equals(v);
            case "$in" -> v -> texts(name, arg).contains(v);
            case "$notIn" -> v -> !texts(name, arg).contains(v);
            case "$like" -> likePattern(arg.asText())::test;
            case "$exists" -> v -> true;
            default ->
                throw new UserTaskException(
                    HttpStatus.BAD_REQUEST, "Unsupported operator '%s' on filter property '%s'".formatted(op.getKey(), name));
          };
      all = all.and(p);
    }
    return all;
  }

  private static List<String> texts(String name, JsonNode array) {
    if (!array.isArray()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "$in and $notIn on '%s' take an array".formatted(name));
    }
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Predicate<String> likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (char c : like.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return java.util.regex.Pattern.compile(regex.toString()).asMatchPredicate();
  }

  private static Comparator<UserTaskResult> comparator(JsonNode sort) {
    Comparator<UserTaskResult> byKey = Comparator.comparing(t -> Long.parseLong(t.getUserTaskKey()));
    if (sort == null || sort.isNull()) {
      return byKey;
    }
    if (!sort.isArray()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "sort must be an array");
    }
    Comparator<UserTaskResult> result = null;
    for (JsonNode criterion : sort) {
      String fieldName = criterion.path("field").asText();
      Function<UserTaskResult, String> field = SORTABLE.get(fieldName);
      if (field == null) {
        throw new UserTaskException(HttpStatus.BAD_REQUEST, "Unsupported sort field '%s'".formatted(fieldName));
      }
      Comparator<UserTaskResult> c = Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
      if ("DESC".equalsIgnoreCase(criterion.path("order").asText("ASC"))) {
        c = c.reversed();
      }
      result = result == null ? c : result.thenComparing(c);
    }
    return result == null ? byKey : result.thenComparing(byKey);
  }

  private static int intField(JsonNode node, String name, int fallback) {
    if (node == null || !node.hasNonNull(name)) {
      return fallback;
    }
    if (!node.get(name).canConvertToInt()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "page.%s must be a number".formatted(name));
    }
    return node.get(name).asInt();
  }

  private static String encodeCursor(int index) {
    return Base64.getUrlEncoder().encodeToString(("idx:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return Integer.parseInt(decoded.substring("idx:".length()));
    } catch (RuntimeException e) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "Invalid page cursor '%s'".formatted(cursor));
    }
  }
}
