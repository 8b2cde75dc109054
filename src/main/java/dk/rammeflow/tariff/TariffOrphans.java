package dk.rammeflow.tariff;

import dk.rammeflow.startup.RecordOrphans;
import org.springframework.stereotype.Component;

/** Tariff rounds whose {@code tariff-approval} instance is gone. */
@Component
class TariffOrphans extends RecordOrphans<TariffRound> {

  TariffOrphans(TariffRounds records) {
    super("tariff rounds", records::all, r -> !r.finished(), r -> r.processInstanceKey, r -> r.roundId,
        r -> records.update(r.roundId, x -> {
          x.status = TariffRound.Status.ORPHANED;
          return x;
        }));
  }
}
