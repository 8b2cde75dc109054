package dk.rammeflow.tariff;

import dk.rammeflow.security.CurrentUser;
import dk.rammeflow.security.DocumentReaders;
import org.springframework.stereotype.Component;

/** The published takstbilag is read by every party of the round. */
@Component
class TariffDocumentReaders implements DocumentReaders {

  private final TariffRounds rounds;

  TariffDocumentReaders(TariffRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public boolean mayRead(CurrentUser user, String documentId) {
    return rounds.all().stream().anyMatch(round -> round.operators.stream().anyMatch(o -> user.isMemberOf(o.party))
        && round.annexes.stream().anyMatch(a -> documentId.equals(a.xlsxDocumentId()) || documentId.equals(a.pdfDocumentId())));
  }
}
