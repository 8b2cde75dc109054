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
 * as several operators), otherwise one per party of the reference data: the 11 municipalities and the region.
 */
@Component
class TariffOperators {

  /** An operator with the addresses its requests go to. */
  record Known(String operatorId, String name, String party, List<String> contacts) {}

  private final List<Known> operators;

  TariffOperators(TariffProperties properties, ReferenceData reference) {
    List<Known> known = new ArrayList<>();
    if (properties.operators().isEmpty()) {
      for (Party party : reference.parties()) {
        known.add(new Known(party.id(), party.name(), party.id(), party.hearingContacts().stream().map(Contact::email).toList()));
      }
    } else {
      for (TariffProperties.Operator operator : properties.operators()) {
        Party party = reference.requireParty(operator.party());
        known.add(new Known(operator.id(), operator.name(), party.id(), party.hearingContacts().stream().map(Contact::email).toList()));
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
