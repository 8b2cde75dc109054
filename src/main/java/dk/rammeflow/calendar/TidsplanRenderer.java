package dk.rammeflow.calendar;

import org.springframework.web.util.HtmlUtils;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Plan} as the secretariat's tidsplan: a table with Danish headings, as CSV (semicolon
 * separated, as Danish Excel expects) or as a standalone HTML page. When the plan does not fit, the
 * warnings come first and the earliest possible plan follows the requested one.
 */
public final class TidsplanRenderer {

  /** Column headings, in order. */
  public static final List<String> HEADINGS =
      List.of("Nr.", "Dato", "Trin", "Forum", "Frist for materiale", "Fra", "Til", "Bemærkninger");

  private TidsplanRenderer() {}

  /** CSV with a header row; dates both in Danish ("Dato", "Frist for materiale") and ISO ("Fra", "Til"). */
  public static String csv(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append(csvLine(HEADINGS));
    for (PlannedStep step : plan.steps()) {
      out.append(csvLine(cells(step)));
    }
    if (!plan.fits() && !plan.earliestSteps().isEmpty()) {
      out.append(csvLine(List.of("", "", "Tidligst mulige plan", "", "", "", "", "")));
      for (PlannedStep step : plan.earliestSteps()) {
        out.append(csvLine(cells(step)));
      }
    }
    for (String warning : plan.warnings()) {
      out.append(csvLine(List.of("", "", "Advarsel", "", "", "", "", warning)));
    }
    return out.toString();
  }

  /** A complete HTML document (UTF-8) with the plan's title, warnings and table(s). */
  public static String html(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(plan.title())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
        .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}")
        .append("th{background:#eee}.advarsler{color:#8a1f11}tr.maal td{font-weight:bold}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(plan.title())).append("</h1>\n");
    out.append("<p>Mål: ").append(escape(targetText(plan))).append(". Planen begynder tidligst ")
        .append(escape(DanishDates.format(plan.notBefore()))).append(".</p>\n");
    if (!plan.warnings().isEmpty()) {
      out.append("<ul class=\"advarsler\">\n");
      for (String warning : plan.warnings()) {
        out.append("<li>").append(escape(warning)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    table(out, plan.fits() ? "Tidsplan (seneste datoer)" : "Ønsket plan (seneste datoer)", plan.steps());
    if (!plan.fits() && !plan.earliestSteps().isEmpty()) {
      table(out, "Tidligst mulige plan", plan.earliestSteps());
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, String caption, List<PlannedStep> steps) {
    out.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
    for (String heading : HEADINGS) {
      if (!heading.equals("Fra") && !heading.equals("Til")) {
        out.append("<th>").append(escape(heading)).append("</th>");
      }
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (PlannedStep step : steps) {
      List<String> cells = cells(step);
      out.append(step.kind() == StepKind.TARGET ? "<tr class=\"maal\">" : "<tr>");
      for (int i = 0; i < cells.size(); i++) {
        String heading = HEADINGS.get(i);
        if (heading.equals("Bemærkninger")) {
          out.append("<td>").append(String.join("<br>", step.notes().stream().map(TidsplanRenderer::escape).toList()))
              .append("</td>");
        } else if (!heading.equals("Fra") && !heading.equals("Til")) {
          out.append("<td>").append(escape(cells.get(i))).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  static List<String> cells(PlannedStep step) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(step.number()));
    cells.add(step.placed() ? dateText(step) : "kan ikke placeres");
    cells.add(step.label());
    cells.add(step.forumName() == null ? "" : step.forumName());
    cells.add(step.materialDeadline() == null ? "" : DanishDates.format(step.materialDeadline()));
    cells.add(iso(step.start()));
    cells.add(iso(step.end()));
    cells.add(String.join(" ", step.notes()));
    return cells;
  }

  private static String dateText(PlannedStep step) {
    if (step.kind() == StepKind.HEARING) {
      return DanishDates.formatRange(step.start(), step.end()) + " (frist " + DanishDates.format(step.end()) + ")";
    }
    return DanishDates.formatRange(step.start(), step.end());
  }

  static String targetText(Plan plan) {
    PlanTarget target = plan.target();
    PlannedStep row = plan.steps().getLast();
    if (target.isMeeting()) {
      return row.label() + " (" + row.forumName() + " " + DanishDates.format(target.date()) + ")";
    }
    return row.label() + " senest " + DanishDates.format(target.date());
  }

  private static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(';');
      }
      String cell = cells.get(i);
      if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append("\r\n").toString();
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
