package dk.rammeflow.tariff;

import dk.rammeflow.reference.Contact;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operators (driftsherrer) that submit tariffs: {@code rammeflow.tariff.operators} when configured (e.g. Aalborg
 * as several operators), otherwise one per party of the reference data (the 11 municipalities and the region) and
 * Socialtilsyn Nord (an external body hosted by Hjørring, whose users submit for it), approved by DAS and then KKR.
 */
@Component
class TariffOperators {

  /** An operator with the addresses its requests go to. */
  /** An operator with the addresses its requests go to; {@code afterDas}: the forum that approves its tariffs after DAS (KKR for Socialtilsyn Nord). */
  record Known(String operatorId, String name, String party, List<String> contacts, String afterDas) {}

  /** Socialtilsyn Nord: its budget and tariffs go through DAS to KKR. */
  static final String SOCIALTILSYN = "socialtilsyn-nord";

  private final List<Known> operators;

  TariffOperators(TariffProperties properties, ReferenceData reference) {
    List<Known> known = new ArrayList<>();
    if (properties.operators().isEmpty()) {
      for (Party party : reference.parties()) {
        known.add(new Known(party.id(), party.name(), party.id(), party.hearingContacts().stream().map(Contact::email).toList(), null));
      }
      reference.externalBody(SOCIALTILSYN).filter(body -> body.hostParty() != null).ifPresent(body -> known.add(
          new Known(body.id(), body.name(), body.hostParty(), body.contacts().stream().map(Contact::email).toList(), "kkr")));
    } else {
      for (TariffProperties.Operator operator : properties.operators()) {
        Party party = reference.requireParty(operator.party());
        known.add(new Known(operator.id(), operator.name(), party.id(), party.hearingContacts().stream().map(Contact::email).toList(),
            operator.afterDas() == null || operator.afterDas().isBlank() ? null : operator.afterDas()));
      }
    }
    this.operators = List.copyOf(known);
  }

  List<Known> all() {
    return operators;
  }

  Optional<Known> find(String operatorId) {
    return operators.stream().filter(o -> o.operatorId().equals(operatorId)).findFirst();
  }
}
