package dk.rammeflow.cu;

import dk.rammeflow.storage.JsonRecordFiles;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Central Udmelding cases, one JSON file each under {@code rammeflow.data-dir/cu-cases}. A change is applied
 * to a copy and saved atomically before it becomes visible, so a failed save changes nothing.
 */
@Component
public class CuCases {

  private final JsonRecordFiles<CuCase> files;
  private static final ObjectMapper JSON = new ObjectMapper()
      .findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
  private final Map<String, CuCase> cases = new ConcurrentHashMap<>();

  public CuCases(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.files = new JsonRecordFiles<>(dataDir.resolve("cu-cases"), CuCase.class, JSON);
    files.readAll().forEach(c -> cases.put(c.caseId(), c));
  }

  /** Registers a new case; a retried job finds the first registration and gets it back. */
  public synchronized CuCase createIfAbsent(CuCase created) {
    CuCase existing = cases.get(created.caseId());
    if (existing != null) {
      return existing;
    }
    save(created);
    return created;
  }

  public Optional<CuCase> find(String caseId) {
    return Optional.ofNullable(caseId == null ? null : cases.get(caseId));
  }

  public CuCase require(String caseId) {
    return find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
  }

  public List<CuCase> all() {
    List<CuCase> all = new ArrayList<>(cases.values());
    all.sort(Comparator.comparing(CuCase::createdAt).reversed());
    return all;
  }

  /** Applies a change to a copy of the case, saves it, then makes it the current version. */
  public synchronized CuCase update(String caseId, Consumer<CuCase> change) {
    CuCase copy = files.copy(require(caseId));
    change.accept(copy);
    save(copy);
    return copy;
  }

  private void save(CuCase c) {
    files.write(c.caseId(), c);
    cases.put(c.caseId(), c);
  }
}
