package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
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
 * A search of the Orchestration Cluster REST API over one of the embedded projections: filter,
 * sort and page as the API does. A filter property is either a plain value or an operator object
 * ({@code $eq, $neq, $in, $notIn, $exists, $like}); a list-valued field matches when any element does.
 *
 * @param <T> the API's result type
 */
class SearchQuery<T> {

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 10_000;

  private final String what;
  private final Map<String, Function<T, Object>> filterable;
  private final Map<String, Function<T, String>> sortable;
  private final Function<T, Long> key;
  private final Map<String, java.util.Set<String>> allowedValues;

  /** One page of results and the API's page description. */
  record Page<T>(List<T> items, SearchQueryPageResponse page) {}

  SearchQuery(String what, Map<String, Function<T, Object>> filterable, Map<String, Function<T, String>> sortable, Function<T, Long> key) {
    this(what, filterable, sortable, key, Map.of());
  }

  /** With the values an enumerated filter property (a state) may take: any other is a bad request, as in the real API. */
  SearchQuery(
      String what,
      Map<String, Function<T, Object>> filterable,
      Map<String, Function<T, String>> sortable,
      Function<T, Long> key,
      Map<String, java.util.Set<String>> allowedValues) {
    this.what = what;
    this.filterable = filterable;
    this.sortable = sortable;
    this.key = key;
    this.allowedValues = allowedValues;
  }

  /** Values of enum type in the API: each given value (plain, $eq, $neq, $in, $notIn) must be one of them. */
  private void requireAllowed(String name, JsonNode spec) {
    java.util.Set<String> allowed = allowedValues.get(name);
    if (allowed == null) {
      return;
    }
    List<JsonNode> given = new ArrayList<>();
    if (spec.isValueNode()) {
      given.add(spec);
    } else if (spec.isObject()) {
      for (String op : List.of("$eq", "$neq", "$in", "$notIn")) {
        JsonNode arg = spec.get(op);
        if (arg != null && arg.isArray()) {
          arg.forEach(given::add);
        } else if (arg != null && !arg.isNull()) {
          given.add(arg);
        }
      }
    }
    for (JsonNode value : given) {
      if (!allowed.contains(value.asText())) {
        throw new UserTaskException(
            HttpStatus.BAD_REQUEST,
            "Unknown value '%s' of %s filter property '%s'; expected one of %s".formatted(value.asText(), what, name, new java.util.TreeSet<>(allowed)));
      }
    }
  }

  Page<T> run(List<T> candidates, JsonNode query) {
    JsonNode filter = query == null ? null : query.get("filter");
    Predicate<T> matches = filter == null || filter.isNull() ? t -> true : predicate(filter);
    List<T> found = new ArrayList<>(candidates.stream().filter(matches).toList());
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
    List<T> items = from >= found.size() ? List.of() : List.copyOf(found.subList(from, to));
    return new Page<>(
        items,
        new SearchQueryPageResponse()
            .totalItems((long) found.size())
            .hasMoreTotalItems(false)
            .startCursor(items.isEmpty() ? null : encodeCursor(from))
            .endCursor(items.isEmpty() ? null : encodeCursor(to - 1)));
  }

  private Predicate<T> predicate(JsonNode filter) {
    if (!filter.isObject()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "filter must be an object");
    }
    Predicate<T> all = t -> true;
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getValue().isNull() || (entry.getValue().isArray() && entry.getValue().isEmpty())) {
        continue; // clients send unset properties as null or []
      }
      Function<T, Object> field = filterable.get(entry.getKey());
      if (field == null) {
        throw new UserTaskException(HttpStatus.BAD_REQUEST, "Unsupported %s filter property '%s'".formatted(what, entry.getKey()));
      }
      requireAllowed(entry.getKey(), entry.getValue());
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

  private Comparator<T> comparator(JsonNode sort) {
    Comparator<T> byKey = Comparator.comparing(key);
    if (sort == null || sort.isNull()) {
      return byKey;
    }
    if (!sort.isArray()) {
      throw new UserTaskException(HttpStatus.BAD_REQUEST, "sort must be an array");
    }
    Comparator<T> result = null;
    for (JsonNode criterion : sort) {
      String fieldName = criterion.path("field").asText();
      Function<T, String> field = sortable.get(fieldName);
      if (field == null) {
        throw new UserTaskException(HttpStatus.BAD_REQUEST, "Unsupported sort field '%s'".formatted(fieldName));
      }
      Comparator<T> c = Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
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
