package dk.rammeflow.hearing;

import dk.rammeflow.startup.OrphanCheck;
import dk.rammeflow.startup.ProcessInstanceProbe;
import java.util.List;
import org.springframework.stereotype.Component;

/** Hearings whose {@code hearing-round} instance is gone (records from before instances were kept have key 0 and are left alone). */
@Component
class HearingOrphans implements OrphanCheck {

  private final HearingRecords records;

  HearingOrphans(HearingRecords records) {
    this.records = records;
  }

  @Override
  public String recordKind() {
    return "hearings";
  }

  @Override
  public List<String> markOrphaned(ProcessInstanceProbe probe) {
    List<HearingRecord> orphaned = records.all().stream()
        .filter(h -> !h.status().isFinal() && h.processInstanceKey() > 0 && !probe.isActive(h.processInstanceKey()))
        .toList();
    orphaned.forEach(h -> records.update(h.hearingId(), r -> r.withStatus(HearingRecord.Status.ORPHANED)));
    return orphaned.stream().map(HearingRecord::hearingId).toList();
  }
}
