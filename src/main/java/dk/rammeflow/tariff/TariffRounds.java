package dk.rammeflow.tariff;

import dk.rammeflow.storage.RecordStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The tariff rounds, one JSON file per round under {@code rammeflow.data-dir/tariff-rounds}. */
@Component
class TariffRounds {

  private final RecordStore<TariffRound> store;

  TariffRounds(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.store = new RecordStore<>(dataDir.resolve("tariff-rounds"), TariffRound.class, r -> r.roundId);
  }

  TariffRound createIfAbsent(TariffRound round) {
    return store.createIfAbsent(round);
  }

  boolean exists(String roundId) {
    return store.exists(roundId);
  }

  Optional<TariffRound> find(String roundId) {
    return store.find(roundId);
  }

  TariffRound require(String roundId) {
    return find(roundId).orElseThrow(() -> new UnknownRoundException("Takstrunden '%s' findes ikke.".formatted(roundId)));
  }

  List<TariffRound> all() {
    return store.all(Comparator.comparing((TariffRound r) -> r.year).reversed());
  }

  TariffRound update(String roundId, UnaryOperator<TariffRound> change) {
    return store.update(roundId, change).orElseThrow(() -> new UnknownRoundException("Takstrunden '%s' findes ikke.".formatted(roundId)));
  }
}
