package dk.rammeflow.tariff;

import java.util.List;

/** A tariff round or submission that cannot be accepted, with every problem in Danish. */
public class TariffException extends RuntimeException {

  private final List<String> problems;

  public TariffException(String problem) {
    this(List.of(problem));
  }

  public TariffException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
