package dk.rammeflow.web;

import java.util.List;

/** Who a mail on the review list can be registered for: the open hearings and their parties. */
public interface ReplyTargets {

  /** @param value {@code hearingId/partyId} */
  record Option(String value, String label) {}

  List<Option> replyTargets();
}
