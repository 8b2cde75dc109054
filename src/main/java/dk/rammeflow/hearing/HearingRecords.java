package dk.rammeflow.hearing;

import dk.rammeflow.storage.RecordStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The hearings and their responses, one JSON file per hearing under {@code rammeflow.data-dir/hearings}. */
@Component
class HearingRecords {

  private final RecordStore<HearingRecord> store;

  HearingRecords(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.store = new RecordStore<>(dataDir.resolve("hearings"), HearingRecord.class, HearingRecord::hearingId);
  }

  /** Registers the hearing unless it exists (a retried step); returns the stored one. */
  HearingRecord createIfAbsent(HearingRecord record) {
    return store.createIfAbsent(record);
  }

  boolean exists(String hearingId) {
    return store.exists(hearingId);
  }

  Optional<HearingRecord> find(String hearingId) {
    return store.find(hearingId);
  }

  HearingRecord require(String hearingId) {
    return find(hearingId).orElseThrow(() -> new UnknownHearingException(hearingId));
  }

  List<HearingRecord> all() {
    return store.all(Comparator.comparing(HearingRecord::sentOn).reversed().thenComparing(HearingRecord::hearingId));
  }

  /** The hearings whose record mentions this id (a document id, for instance), in no particular order. */
  List<HearingRecord> mentioning(String id) {
    return store.mentioning(id);
  }

  /** Applies a change to one hearing under the store's lock and persists it. */
  HearingRecord update(String hearingId, UnaryOperator<HearingRecord> change) {
    return store.update(hearingId, change).orElseThrow(() -> new UnknownHearingException(hearingId));
  }
}
