package dk.rammeflow.cu;

import dk.rammeflow.startup.OrphanCheck;
import dk.rammeflow.startup.ProcessInstanceProbe;
import java.util.List;
import org.springframework.stereotype.Component;

/** CU cases whose {@code central-notification-response} instance is gone. */
@Component
class CuOrphans implements OrphanCheck {

  private final CuCases cases;

  CuOrphans(CuCases cases) {
    this.cases = cases;
  }

  @Override
  public String recordKind() {
    return "CU cases";
  }

  @Override
  public List<String> markOrphaned(ProcessInstanceProbe probe) {
    List<CuCase> orphaned = cases.all().stream()
        .filter(c -> c.status() != CuCase.Status.CLOSED && c.status() != CuCase.Status.ORPHANED
            && c.processInstanceKey() > 0 && !probe.isActive(c.processInstanceKey()))
        .toList();
    orphaned.forEach(c -> cases.update(c.caseId(), CuCase::orphaned));
    return orphaned.stream().map(CuCase::caseId).toList();
  }
}
