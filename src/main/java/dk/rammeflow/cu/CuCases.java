package dk.rammeflow.cu;

import dk.rammeflow.storage.RecordStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Central Udmelding cases, one JSON file each under {@code rammeflow.data-dir/cu-cases}. */
@Component
class CuCases {

  private final RecordStore<CuCase> store;

  CuCases(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.store = new RecordStore<>(dataDir.resolve("cu-cases"), CuCase.class, CuCase::caseId);
  }

  /** Registers a new case; a retried job finds the first registration and gets it back. */
  CuCase createIfAbsent(CuCase created) {
    return store.createIfAbsent(created);
  }

  boolean exists(String caseId) {
    return store.exists(caseId);
  }

  Optional<CuCase> find(String caseId) {
    return store.find(caseId);
  }

  CuCase require(String caseId) {
    return find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
  }

  List<CuCase> all() {
    return store.all(Comparator.comparing(CuCase::createdAt).reversed());
  }

  /** Applies a change to a copy of the case, saves it, then makes it the current version. */
  CuCase update(String caseId, Consumer<CuCase> change) {
    return store.update(caseId, c -> {
      change.accept(c);
      return c;
    }).orElseThrow(() -> new UnknownCaseException(caseId));
  }
}
