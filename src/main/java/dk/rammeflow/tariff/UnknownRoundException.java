package dk.rammeflow.tariff;

/** No tariff round (or no such operator in it) with that id. */
class UnknownRoundException extends TariffException {

  UnknownRoundException(String what) {
    super(what);
  }
}
