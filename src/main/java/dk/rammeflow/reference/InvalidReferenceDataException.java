package dk.rammeflow.reference;

import java.util.List;

/**
 * The reference data files are missing or invalid. Thrown at startup; the message lists every
 * problem found, each naming the file and the key, for the operator (English).
 */
public class InvalidReferenceDataException extends RuntimeException {

  private final String location;
  private final List<String> problems;

  public InvalidReferenceDataException(String location, List<String> problems) {
    super(message(location, problems));
    this.location = location;
    this.problems = List.copyOf(problems);
  }

  /** The location the files were read from, e.g. {@code classpath:reference/}. */
  public String location() {
    return location;
  }

  /**
   * One line per problem, e.g. {@code Invalid reference data in fora.yaml: forum 'das' member
   * 'das-xyz' refers to unknown party 'xyz'}.
   */
  public List<String> problems() {
    return problems;
  }

  private static String message(String location, List<String> problems) {
    StringBuilder message =
        new StringBuilder("Reference data at '")
            .append(location)
            .append("' is invalid (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
    return message.toString();
  }
}
