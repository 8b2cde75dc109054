package dk.rammeflow.web;

import io.camunda.client.api.command.ProblemException;

/** The Orchestration Cluster API's refusals of a task command, told to the user in Danish. */
final class TaskProblems {

  private TaskProblems() {}

  static String danish(ProblemException e) {
    return switch (e.code()) {
      case 404 -> "Opgaven findes ikke længere. Den er måske afsluttet af en anden eller af en frist.";
      case 409 -> "Opgaven kan ikke ændres lige nu: den er afsluttet eller tildelt en anden. Genindlæs siden.";
      case 400 -> "Svaret blev afvist: " + (e.details() == null ? "ugyldige data." : e.details().getDetail());
      case 403 -> "Du har ikke adgang til opgaven.";
      default -> "Rammeflow kunne ikke gennemføre handlingen (fejl %d). Prøv igen om lidt.".formatted(e.code());
    };
  }
}
