package dk.rammeflow.forum;

import dk.rammeflow.storage.JsonRecordFiles;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The forum decisions, one JSON file each under {@code rammeflow.data-dir/forum-decisions}.
 */
@Component
public class ForumDecisionRecords {

  private final JsonRecordFiles<ForumDecisionRecord> files;
  private final Map<String, ForumDecisionRecord> decisions = new ConcurrentHashMap<>();

  public ForumDecisionRecords(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.files = new JsonRecordFiles<>(dataDir.resolve("forum-decisions"), ForumDecisionRecord.class);
    files.readAll().forEach(record -> decisions.put(record.decisionId(), record));
  }

  /** Registers the decision unless it exists (a retried job); returns the stored one. */
  public synchronized ForumDecisionRecord createIfAbsent(ForumDecisionRecord record) {
    ForumDecisionRecord existing = decisions.get(record.decisionId());
    if (existing != null) {
      return existing;
    }
    save(record);
    return record;
  }

  public Optional<ForumDecisionRecord> find(String decisionId) {
    return Optional.ofNullable(decisionId == null ? null : decisions.get(decisionId));
  }

  public ForumDecisionRecord require(String decisionId) {
    return find(decisionId).orElseThrow(() -> new ForumException("Forumsagen '%s' findes ikke.".formatted(decisionId)));
  }

  /** Items waiting for the forum's meeting on that date (not yet decided, meeting not cancelled). */
  public List<ForumDecisionRecord> waitingFor(String forumId, LocalDate meetingDate) {
    return decisions.values().stream()
        .filter(d -> d.forumId().equals(forumId) && meetingDate.equals(d.meetingDate()) && d.status() == ForumDecisionRecord.Status.SCHEDULED)
        .sorted(Comparator.comparing(ForumDecisionRecord::createdAt))
        .toList();
  }

  public List<ForumDecisionRecord> ofCase(String caseId) {
    return decisions.values().stream().filter(d -> caseId != null && caseId.equals(d.caseId()))
        .sorted(Comparator.comparing(ForumDecisionRecord::createdAt)).toList();
  }

  public List<ForumDecisionRecord> all() {
    List<ForumDecisionRecord> all = new ArrayList<>(decisions.values());
    all.sort(Comparator.comparing(ForumDecisionRecord::createdAt).reversed());
    return all;
  }

  /** Applies a change under the store's lock and persists it. */
  public synchronized ForumDecisionRecord update(String decisionId, UnaryOperator<ForumDecisionRecord> change) {
    ForumDecisionRecord updated = change.apply(require(decisionId));
    save(updated);
    return updated;
  }

  private void save(ForumDecisionRecord record) {
    files.write(record.decisionId(), record);
    decisions.put(record.decisionId(), record);
  }
}
