package dk.rammeflow.web;

/**
 * A start form of a startable process: the Camunda form {@code formId} (from {@code bpmn/}),
 * rendered with form-js and sent as JSON to the application's API operation that validates and
 * starts the process (the same as {@code POST} with curl).
 *
 * @param apiPath e.g. {@code /api/hearings}; answers 201 with a Location ending in the new case's id
 */
public record StartForm(String formId, String title, String description, String apiPath, String caseSlug) {}
