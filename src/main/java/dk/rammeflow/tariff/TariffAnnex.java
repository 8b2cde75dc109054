package dk.rammeflow.tariff;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.rammeflow.calendar.DanishDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The takstbilag: every approved tariff of the round per operator with its development from the previous year, and
 * the tariffs still open (not approved, awaiting a new submission). As XLSX (one sheet per operator) and as PDF.
 */
final class TariffAnnex {

  static final String[] HEADINGS = {"Tilbud", "Ydelse", "Lovgrundlag", "Pladser", "Takstenhed", "Takst forrige", "Takst ny", "Ændring %", "Godkendt"};

  private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = font("LiberationSans-Bold.ttf");

  private TariffAnnex() {}

  static String title(TariffRound round, int version) {
    return "Takstbilag %d, version %d".formatted(round.year, version);
  }

  static byte[] xlsx(TariffRound round, int version, LocalDate today) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      CellStyle kroner = workbook.createCellStyle();
      kroner.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      for (TariffRound.Operator operator : round.operators) {
        String name = operator.name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(title(round, version) + " – " + operator.name + " – " + DanishDates.format(today));
        title.setCellStyle(heading);
        Row header = sheet.createRow(2);
        for (int i = 0; i < HEADINGS.length; i++) {
          Cell cell = header.createCell(i);
          cell.setCellValue(HEADINGS[i]);
          cell.setCellStyle(heading);
        }
        int r = 3;
        for (TariffRound.Row entry : operator.approved) {
          TariffRow row = entry.row;
          Row line = sheet.createRow(r++);
          line.createCell(0).setCellValue(row.offer());
          line.createCell(1).setCellValue(row.service());
          line.createCell(2).setCellValue(row.legalBasis());
          if (row.places() != null) {
            line.createCell(3).setCellValue(row.places());
          }
          line.createCell(4).setCellValue(row.unit().label());
          number(line, 5, row.tariffPrevious(), kroner);
          number(line, 6, row.tariffNew(), kroner);
          number(line, 7, change(row), percent);
          line.createCell(8).setCellValue(approvedBy(entry));
        }
        List<TariffRound.Row> open = openRows(operator);
        if (!open.isEmpty()) {
          r++;
          Cell note = sheet.createRow(r++).createCell(0);
          note.setCellValue("Ikke godkendt, afventer ny indberetning:");
          note.setCellStyle(heading);
          for (TariffRound.Row entry : open) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(entry.row.offer());
            line.createCell(1).setCellValue(entry.row.service());
            line.createCell(2).setCellValue(entry.row.legalBasis());
            number(line, 6, entry.row.tariffNew(), kroner);
          }
        }
        for (int i = 0; i < HEADINGS.length; i++) {
          sheet.setColumnWidth(i, i < 2 ? 36 * 256 : 14 * 256);
        }
      }
      if (round.operators.isEmpty()) {
        workbook.createSheet("Takstbilag");
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the takstbilag", e);
    }
  }

  static byte[] pdf(TariffRound round, int version, LocalDate today) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="da"><head><meta charset="utf-8"/><title>%s</title><style>
        @page { size: A4 landscape; margin: 15mm; }
        body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #1a1a1a; }
        h1 { font-size: 16pt; color: #1F3864; } h2 { font-size: 12pt; color: #1F3864; margin-top: 14pt; page-break-after: avoid; }
        table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; } thead { display: table-header-group; }
        th { background-color: #1F3864; color: #ffffff; text-align: left; } th, td { border: 0.5pt solid #8EAADB; padding: 2pt 4pt; }
        td.n { text-align: right; } tr { page-break-inside: avoid; }
        </style></head><body>
        """.formatted(esc(title(round, version))));
    html.append("<h1>").append(esc(title(round, version))).append("</h1><p>Godkendte takster for ").append(round.year)
        .append(" og udviklingen fra året før. Udgivet ").append(esc(DanishDates.format(today))).append(".</p>");
    for (TariffRound.Operator operator : round.operators) {
      html.append("<h2>").append(esc(operator.name)).append("</h2>");
      if (operator.approved.isEmpty()) {
        html.append("<p>Ingen godkendte takster endnu.</p>");
      } else {
        html.append("<table><thead><tr>");
        for (String h : HEADINGS) {
          html.append("<th>").append(esc(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (TariffRound.Row entry : operator.approved) {
          TariffRow row = entry.row;
          html.append("<tr><td>").append(esc(row.offer())).append("</td><td>").append(esc(row.service())).append("</td><td>")
              .append(esc(row.legalBasis())).append("</td><td class=\"n\">").append(row.places() == null ? "" : row.places())
              .append("</td><td>").append(esc(row.unit().label())).append("</td><td class=\"n\">").append(TariffFormat.kr(row.tariffPrevious()))
              .append("</td><td class=\"n\">").append(TariffFormat.kr(row.tariffNew())).append("</td><td class=\"n\">")
              .append(change(row) == null ? "-" : TariffFormat.two(change(row)) + " %").append("</td><td>").append(esc(approvedBy(entry)))
              .append("</td></tr>");
        }
        html.append("</tbody></table>");
      }
      List<TariffRound.Row> open = openRows(operator);
      if (!open.isEmpty()) {
        html.append("<p>Ikke godkendt, afventer ny indberetning: ");
        html.append(esc(String.join(", ", open.stream().map(e -> e.row.offer() + " – " + e.row.service()).toList()))).append(".</p>");
      }
    }
    html.append("</body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("Rammeflow");
      builder.useFont(() -> new ByteArrayInputStream(REGULAR), "Liberation Sans", 400, FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(BOLD), "Liberation Sans", 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html.toString(), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the takstbilag as PDF", e);
    }
    return out.toByteArray();
  }

  /** The rows of the operator's latest submission that were not approved. */
  static List<TariffRound.Row> openRows(TariffRound.Operator operator) {
    return operator.rows.stream().filter(r -> r.status == TariffRound.RowStatus.REJECTED).toList();
  }

  /** The change from the previous figure in %: computed from the tariffs, else as reported. */
  static BigDecimal change(TariffRow row) {
    if (row.tariffPrevious() != null && row.tariffPrevious().signum() != 0 && row.tariffNew() != null) {
      return row.tariffNew().subtract(row.tariffPrevious()).multiply(BigDecimal.valueOf(100)).divide(row.tariffPrevious(), 2, RoundingMode.HALF_UP);
    }
    return row.changePercentNew();
  }

  private static String approvedBy(TariffRound.Row entry) {
    return entry.decidedBy == null ? "" : entry.decidedBy + (entry.decidedOn == null ? "" : " " + DanishDates.format(entry.decidedOn));
  }

  private static void number(Row line, int col, BigDecimal value, CellStyle style) {
    if (value != null) {
      Cell cell = line.createCell(col);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(style);
    }
  }

  private static String esc(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static byte[] font(String name) {
    try (InputStream in = TariffAnnex.class.getResourceAsStream("/liberation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Font " + name + " is missing from the classpath (openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
