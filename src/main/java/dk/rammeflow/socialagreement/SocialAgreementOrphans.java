package dk.rammeflow.socialagreement;

import dk.rammeflow.startup.RecordOrphans;
import org.springframework.stereotype.Component;

/** Social-agreement cases whose {@code social-agreement} instance is gone. */
@Component
class SocialAgreementOrphans extends RecordOrphans<SocialAgreementCase> {

  SocialAgreementOrphans(SocialAgreementCases cases) {
    super("social-agreement cases", cases::all,
        c -> c.status() != SocialAgreementCase.Status.IMPLEMENTED && c.status() != SocialAgreementCase.Status.ORPHANED,
        SocialAgreementCase::processInstanceKey, SocialAgreementCase::caseId, c -> cases.update(c.caseId(), SocialAgreementCase::orphaned));
  }
}
