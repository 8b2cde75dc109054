package dk.rammeflow.socialagreement;

import dk.rammeflow.storage.RecordStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The social-agreement cases, one JSON file each under {@code rammeflow.data-dir/social-agreements}. */
@Component
class SocialAgreementCases {

  private final RecordStore<SocialAgreementCase> store;

  SocialAgreementCases(@Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this.store = new RecordStore<>(dataDir.resolve("social-agreements"), SocialAgreementCase.class, SocialAgreementCase::caseId);
  }

  SocialAgreementCase createIfAbsent(SocialAgreementCase created) {
    return store.createIfAbsent(created);
  }

  boolean exists(String caseId) {
    return store.exists(caseId);
  }

  Optional<SocialAgreementCase> find(String caseId) {
    return store.find(caseId);
  }

  SocialAgreementCase require(String caseId) {
    return find(caseId).orElseThrow(() -> new UnknownAgreementException(caseId));
  }

  List<SocialAgreementCase> all() {
    return store.all(Comparator.comparing(SocialAgreementCase::createdAt).reversed());
  }

  SocialAgreementCase update(String caseId, Consumer<SocialAgreementCase> change) {
    return store.update(caseId, c -> {
      change.accept(c);
      return c;
    }).orElseThrow(() -> new UnknownAgreementException(caseId));
  }
}
