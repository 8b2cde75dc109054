package dk.rammeflow.forum;

import dk.rammeflow.forum.ForumDecisionRecord.Status;
import dk.rammeflow.startup.RecordOrphans;
import org.springframework.stereotype.Component;

/** Forum decisions whose {@code forum-decision} instance is gone. */
@Component
class ForumOrphans extends RecordOrphans<ForumDecisionRecord> {

  ForumOrphans(ForumDecisionRecords records) {
    super("forum decisions", records::all, d -> d.status() != Status.DECIDED && d.status() != Status.ORPHANED,
        ForumDecisionRecord::processInstanceKey, ForumDecisionRecord::decisionId, d -> records.update(d.decisionId(), ForumDecisionRecord::orphaned));
  }
}
