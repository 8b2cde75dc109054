package dk.rammeflow.cu;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Central Udmelding cases, one JSON file each under {@code rammeflow.data-dir/cu-cases}. A change is applied
 * to a copy and saved atomically before it becomes visible, so a failed save changes nothing.
 */
@Component
public class CuCases {

  private final Path directory;
  private final ObjectMapper json = new ObjectMapper()
      .findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
  private final Map<String, CuCase> cases = new ConcurrentHashMap<>();

  public CuCases(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.directory = dataDir.resolve("cu-cases");
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          CuCase c = json.readValue(file.toFile(), CuCase.class);
          cases.put(c.caseId(), c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Central Udmelding cases in " + directory, e);
    }
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
    CuCase copy = copy(require(caseId));
    change.accept(copy);
    save(copy);
    return copy;
  }

  private CuCase copy(CuCase original) {
    try {
      return json.readValue(json.writeValueAsBytes(original), CuCase.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy case " + original.caseId(), e);
    }
  }

  private void save(CuCase c) {
    try {
      Path target = directory.resolve(c.caseId() + ".json");
      Path temp = Files.createTempFile(directory, "case", ".tmp");
      json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), c);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      cases.put(c.caseId(), c);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save case " + c.caseId() + " in " + directory, e);
    }
  }
}
