package dk.rammeflow.forum;

import dk.rammeflow.startup.OrphanCheck;
import dk.rammeflow.startup.ProcessInstanceProbe;
import java.util.List;
import org.springframework.stereotype.Component;

/** Forum decisions whose {@code forum-decision} instance is gone. */
@Component
class ForumOrphans implements OrphanCheck {

  private final ForumDecisionRecords records;

  ForumOrphans(ForumDecisionRecords records) {
    this.records = records;
  }

  @Override
  public String recordKind() {
    return "forum decisions";
  }

  @Override
  public List<String> markOrphaned(ProcessInstanceProbe probe) {
    List<ForumDecisionRecord> orphaned = records.all().stream()
        .filter(d -> d.status() != ForumDecisionRecord.Status.DECIDED && d.status() != ForumDecisionRecord.Status.ORPHANED
            && d.processInstanceKey() > 0 && !probe.isActive(d.processInstanceKey()))
        .toList();
    orphaned.forEach(d -> records.update(d.decisionId(), ForumDecisionRecord::orphaned));
    return orphaned.stream().map(ForumDecisionRecord::decisionId).toList();
  }
}
