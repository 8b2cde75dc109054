package dk.rammeflow.web;

import java.util.List;
import java.util.Optional;

/**
 * One kind of case in the secretariat's overview, contributed by its process package (a bean
 * implementing this interface): hearings, forum items, CU cases, and any process added later.
 * The web application lists, shows and links cases only through this interface.
 */
public interface CaseType {

  /** The path segment of the kind's pages, e.g. {@code hoeringer} in {@code /sager/hoeringer/{id}}. */
  String slug();

  /** The kind's name in Danish, plural, e.g. "Høringer". */
  String label();

  /** Order in the overview: lower first. */
  default int order() {
    return 100;
  }

  /** The BPMN process id of a case of this kind, for its diagram. */
  String processId();

  /** The process variable holding the case's id (e.g. {@code hearingId}); tasks are linked to cases by it. */
  String idVariable();

  /** Every case of the kind, newest first. */
  List<CaseSummary> cases();

  /** One case with everything the secretariat sees about it. */
  Optional<CaseDetail> detail(String id);

  /** The start forms of the kind's startable processes. */
  default List<StartForm> startForms() {
    return List.of();
  }
}
