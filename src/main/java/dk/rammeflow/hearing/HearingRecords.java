package dk.rammeflow.hearing;

import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.storage.JsonRecordFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hearings and their responses, one JSON file per hearing under {@code rammeflow.data-dir/hearings}.
 */
@Component
public class HearingRecords {

  private final JsonRecordFiles<HearingRecord> files;
  private final Map<String, HearingRecord> hearings = new ConcurrentHashMap<>();

  public HearingRecords(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.files = new JsonRecordFiles<>(dataDir.resolve("hearings"), HearingRecord.class);
    files.readAll().forEach(record -> hearings.put(record.hearingId(), record));
  }

  public synchronized void create(HearingRecord record) {
    if (hearings.containsKey(record.hearingId())) {
      throw new HearingException("Høringen '%s' findes allerede.".formatted(record.hearingId()));
    }
    save(record);
  }

  public Optional<HearingRecord> find(String hearingId) {
    return Optional.ofNullable(hearings.get(hearingId));
  }

  public HearingRecord require(String hearingId) {
    return find(hearingId).orElseThrow(() -> new UnknownHearingException(hearingId));
  }

  public List<HearingRecord> all() {
    List<HearingRecord> all = new ArrayList<>(hearings.values());
    all.sort(Comparator.comparing(HearingRecord::sentOn).reversed().thenComparing(HearingRecord::hearingId));
    return all;
  }

  /** Applies a change to one hearing under the store's lock and persists it. */
  public synchronized HearingRecord update(String hearingId, UnaryOperator<HearingRecord> change) {
    HearingRecord updated = change.apply(require(hearingId));
    save(updated);
    return updated;
  }

  /**
   * Records a response. A party answers once per round: a second response in the same round is
   * refused, unless it is late (then it is kept beside the first, marked late).
   */
  public synchronized HearingResponse addResponse(String hearingId, HearingResponse response) {
    HearingRecord record = require(hearingId);
    if (record.party(response.partyId()).isEmpty()) {
      throw new HearingException("Parten '%s' er ikke part i høringen '%s'.".formatted(response.partyId(), record.title()));
    }
    if (!response.late() && record.statusOf(response.partyId()) == PartyStatus.ANSWERED) {
      throw new HearingException("%s har allerede afgivet høringssvar i høringen '%s'.".formatted(response.partyName(), record.title()));
    }
    save(record.withResponse(response));
    return response;
  }

  private void save(HearingRecord record) {
    files.write(record.hearingId(), record);
    hearings.put(record.hearingId(), record);
  }
}
