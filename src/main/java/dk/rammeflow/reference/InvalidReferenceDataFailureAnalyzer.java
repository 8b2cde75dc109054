package dk.rammeflow.reference;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints invalid reference data as a short startup failure report instead of a stack trace. */
class InvalidReferenceDataFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidReferenceDataException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidReferenceDataException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the files at '"
            + cause.location()
            + "' (property rammeflow.reference.location) and start Rammeflow again.",
        cause);
  }
}
