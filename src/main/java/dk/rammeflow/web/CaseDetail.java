package dk.rammeflow.web;

import java.util.List;

/**
 * Everything the secretariat sees about one case, rendered by one page for every kind of case.
 *
 * @param summary the overview line
 * @param facts label and value pairs (who, when, what)
 * @param texts headed blocks of text or lists (questions, decision text, ...)
 * @param timeline the tidsplan against what actually happened
 * @param parties who has answered and who has not
 * @param documents downloads: the note, material, attachments
 * @param actions what the secretariat can do now, each a form posting to the application's API
 */
public record CaseDetail(
    CaseSummary summary,
    List<Fact> facts,
    List<TextBlock> texts,
    List<TimelineStep> timeline,
    List<PartyRow> parties,
    List<DocumentLink> documents,
    List<CaseAction> actions) {

  public record Fact(String label, String value) {}

  public record TextBlock(String heading, List<String> lines) {}

  /**
   * One step of the tidsplan.
   *
   * @param planned the planned date (Danish), null when not planned
   * @param actual what happened and when (Danish), null when not yet
   * @param state DONE, LATE (done after the planned date), OVERDUE (not done, planned date passed), PENDING, CURRENT
   */
  public record TimelineStep(String label, String planned, String actual, StepState state) {}

  public enum StepState {
    DONE("Gennemført"), LATE("Forsinket"), OVERDUE("Overskredet"), CURRENT("I gang"), PENDING("Planlagt");

    private final String label;

    StepState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One party (or council, or member) and where its answer stands. */
  public record PartyRow(String name, String status, CaseSummary.Tone tone, String answered, String detail) {}

  public record DocumentLink(String label, String url, String format) {}

  /**
   * A form that posts its fields as JSON to one of the application's API operations.
   *
   * @param confirm a question asked before sending (null for none)
   */
  public record CaseAction(String id, String title, String description, String method, String apiPath, List<Field> fields, String submitLabel, String confirm, String done) {}

  /**
   * @param name the JSON property (dots for nested objects)
   * @param type {@code text}, {@code textarea}, {@code date}, {@code number}, {@code select}, {@code email}
   * @param options for select: value and label pairs
   */
  public record Field(String name, String label, String type, boolean required, String hint, List<Option> options) {

    public static Field text(String name, String label, boolean required, String hint) {
      return new Field(name, label, "text", required, hint, List.of());
    }

    public static Field textarea(String name, String label, boolean required, String hint) {
      return new Field(name, label, "textarea", required, hint, List.of());
    }

    public static Field date(String name, String label, boolean required, String hint) {
      return new Field(name, label, "date", required, hint, List.of());
    }

    public static Field select(String name, String label, boolean required, List<Option> options) {
      return new Field(name, label, "select", required, null, options);
    }
  }

  public record Option(String value, String label) {}
}
