package dk.rammeflow.startup;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, finds the records (hearings, forum decisions, CU cases) whose process instance no longer exists,
 * e.g. after a restart of the embedded runtime, marks them {@code ORPHANED} (the API shows it and refuses every
 * action on them with 409) and lists them in the log.
 */
@Component
class OrphanedRecords implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanedRecords.class);

  private final List<OrphanCheck> checks;
  private final ObjectProvider<ProcessInstanceProbe> probe;

  OrphanedRecords(List<OrphanCheck> checks, ObjectProvider<ProcessInstanceProbe> probe) {
    this.checks = checks;
    this.probe = probe;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessInstanceProbe available = probe.getIfAvailable();
    if (available == null) {
      LOG.warn("No way to ask the engine for process instances: records whose process is gone are not detected");
      return;
    }
    for (OrphanCheck check : checks) {
      List<String> orphaned = check.markOrphaned(available);
      if (!orphaned.isEmpty()) {
        LOG.warn("{} {} whose process instance no longer exists, marked ORPHANED (every action on them is refused): {}",
            orphaned.size(), check.recordKind(), String.join(", ", orphaned));
      }
    }
  }
}
