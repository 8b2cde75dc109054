package dk.rammeflow.tariff;

/** The round exists already, is orphaned, or is not waiting for what was asked. */
class TariffConflictException extends TariffException {

  TariffConflictException(String problem) {
    super(problem);
  }
}
