package dk.rammeflow.hearing;

import dk.rammeflow.startup.RecordOrphans;
import org.springframework.stereotype.Component;

/** Hearings whose {@code hearing-round} instance is gone. */
@Component
class HearingOrphans extends RecordOrphans<HearingRecord> {

  HearingOrphans(HearingRecords records) {
    super("hearings", records::all, h -> !h.status().isFinal(), HearingRecord::processInstanceKey, HearingRecord::hearingId,
        h -> records.update(h.hearingId(), r -> r.withStatus(HearingRecord.Status.ORPHANED)));
  }
}
