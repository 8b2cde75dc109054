package dk.rammeflow.startup;

import java.util.List;

/**
 * The records of one process whose process instance may be gone after a restart. Implemented by each process
 * package; {@link OrphanedRecords} runs them at start-up.
 */
public interface OrphanCheck {

  /** What the records are, for the log: "hearings", "forum decisions", "CU cases". */
  String recordKind();

  /** Marks every unfinished record whose process instance is no longer active as orphaned; returns their ids. */
  List<String> markOrphaned(ProcessInstanceProbe probe);
}
