package dk.rammeflow.cu;

import dk.rammeflow.startup.RecordOrphans;
import org.springframework.stereotype.Component;

/** CU cases whose {@code central-notification-response} instance is gone. */
@Component
class CuOrphans extends RecordOrphans<CuCase> {

  CuOrphans(CuCases cases) {
    super("CU cases", cases::all, c -> c.status() != CuCase.Status.CLOSED && c.status() != CuCase.Status.ORPHANED,
        CuCase::processInstanceKey, CuCase::caseId, c -> cases.update(c.caseId(), CuCase::orphaned));
  }
}
