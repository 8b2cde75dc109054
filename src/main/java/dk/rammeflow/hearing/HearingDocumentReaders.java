package dk.rammeflow.hearing;

import dk.rammeflow.security.CurrentUser;
import dk.rammeflow.security.DocumentReaders;
import org.springframework.stereotype.Component;

/**
 * A party reads the material of the hearings it is asked in and the attachments of its own
 * responses; the høringsnotat, with every party's responses, stays with the secretariat.
 */
@Component
class HearingDocumentReaders implements DocumentReaders {

  private final HearingRecords records;

  HearingDocumentReaders(HearingRecords records) {
    this.records = records;
  }

  /** Looks only at the hearings whose record mentions the document (parsing every hearing grew with their number). */
  @Override
  public boolean mayRead(CurrentUser user, String documentId) {
    return records.mentioning(documentId).stream().anyMatch(hearing -> {
      var own = hearing.partiesOfGroups(user::isMemberOf);
      return !own.isEmpty()
          && (hearing.material().stream().anyMatch(m -> documentId.equals(m.get("documentId")))
              || hearing.responses().stream()
                  .filter(r -> own.contains(r.partyId()))
                  .anyMatch(r -> r.attachments().stream().anyMatch(a -> documentId.equals(a.documentId()))));
    });
  }
}
