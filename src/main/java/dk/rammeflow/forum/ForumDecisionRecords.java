package dk.rammeflow.forum;

import dk.rammeflow.storage.RecordStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The forum decisions, one JSON file each under {@code rammeflow.data-dir/forum-decisions}. */
@Component
class ForumDecisionRecords {

  private final RecordStore<ForumDecisionRecord> store;

  ForumDecisionRecords(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.store = new RecordStore<>(dataDir.resolve("forum-decisions"), ForumDecisionRecord.class, ForumDecisionRecord::decisionId);
  }

  /** Registers the decision unless it exists (a retried job); returns the stored one. */
  ForumDecisionRecord createIfAbsent(ForumDecisionRecord record) {
    return store.createIfAbsent(record);
  }

  boolean exists(String decisionId) {
    return store.exists(decisionId);
  }

  Optional<ForumDecisionRecord> find(String decisionId) {
    return store.find(decisionId);
  }

  ForumDecisionRecord require(String decisionId) {
    return find(decisionId).orElseThrow(() -> new UnknownDecisionException(decisionId));
  }

  /** Items waiting for the forum's meeting on that date (not yet decided, meeting not cancelled). */
  List<ForumDecisionRecord> waitingFor(String forumId, LocalDate meetingDate) {
    return store.matching(d -> d.forumId().equals(forumId) && meetingDate.equals(d.meetingDate()) && d.status() == ForumDecisionRecord.Status.SCHEDULED,
        Comparator.comparing(ForumDecisionRecord::createdAt));
  }

  List<ForumDecisionRecord> all() {
    return store.all(Comparator.comparing(ForumDecisionRecord::createdAt).reversed());
  }

  /** Applies a change under the store's lock and persists it. */
  ForumDecisionRecord update(String decisionId, UnaryOperator<ForumDecisionRecord> change) {
    return store.update(decisionId, change).orElseThrow(() -> new UnknownDecisionException(decisionId));
  }
}
