package dk.rammeflow.tariff;

import dk.rammeflow.input.Inputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The takstindberetningsskema as an XLSX workbook: written for an operator (prefilled with last year's approved
 * tariffs as "forrige") and read back, columns found by their heading so an operator may reorder them. The same
 * columns, with the development, are the takstbilag's sheet per operator.
 */
final class TariffSheet {

  static final String NOT_A_SHEET = "Filen kan ikke læses som et regneark (XLSX).";
  static final String NO_OFFER_COLUMN = "Regnearket har ingen kolonne 'Tilbud'; brug takstindberetningsskemaet.";
  static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String SHEET_NAME = "Takstindberetning";

  /** Column heading → row field, in the sheet's order. */
  static final Map<String, String> COLUMNS = columns();

  private static final long MAX_CELLS = 200_000;

  private TariffSheet() {}

  private static Map<String, String> columns() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("Tilbud", "offer");
    c.put("Ydelse", "service");
    c.put("Boniveau", "level");
    c.put("Lovgrundlag", "legalBasis");
    c.put("Antal pladser", "places");
    c.put("Takstenhed", "unit");
    c.put("Budg. belægning %", "occupancyPercent");
    c.put("Takstdel", "part");
    c.put("Budget forrige", "budgetPrevious");
    c.put("Budget ny", "budgetNew");
    c.put("Takst forrige", "tariffPrevious");
    c.put("Takst ny", "tariffNew");
    c.put("Ændring % forrige", "changePercentPrevious");
    c.put("Ændring % ny", "changePercentNew");
    c.put("Ændring procentpoint", "changePoints");
    c.put("Forklaring", "explanation");
    return c;
  }

  /** A sheet with a title line and the rows. */
  static byte[] write(String title, List<TariffRow> rows) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      addSheet(workbook, SHEET_NAME, title, rows);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a tariff sheet", e);
    }
  }

  static void addSheet(Workbook workbook, String name, String title, List<TariffRow> rows) {
    Sheet sheet = workbook.createSheet(name);
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle heading = workbook.createCellStyle();
    heading.setFont(bold);
    CellStyle kroner = workbook.createCellStyle();
    kroner.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    CellStyle decimals = workbook.createCellStyle();
    decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    Cell titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue(title);
    titleCell.setCellStyle(heading);
    Row header = sheet.createRow(2);
    int col = 0;
    for (String heading1 : COLUMNS.keySet()) {
      Cell cell = header.createCell(col++);
      cell.setCellValue(heading1);
      cell.setCellStyle(heading);
    }
    int r = 3;
    for (TariffRow row : rows) {
      Row line = sheet.createRow(r++);
      Map<String, Object> values = row.toMap();
      col = 0;
      for (String field : COLUMNS.values()) {
        Object value = switch (field) {
          case "unit" -> row.unit() == null ? null : row.unit().label();
          case "part" -> row.part().label();
          default -> values.get(field);
        };
        Cell cell = line.createCell(col++);
        if (value instanceof BigDecimal n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(field.startsWith("change") ? decimals : kroner);
        } else if (value instanceof Integer n) {
          cell.setCellValue(n);
        } else if (value != null) {
          cell.setCellValue(value.toString());
        }
      }
    }
    for (int i = 0; i < COLUMNS.size(); i++) {
      sheet.setColumnWidth(i, i < 2 || i == COLUMNS.size() - 1 ? 30 * 256 : 14 * 256);
    }
  }

  /**
   * The rows of an uploaded sheet (the first sheet with a "Tilbud" heading); every problem, Danish, with the
   * sheet's row number. Blank lines are skipped.
   */
  static List<TariffRow> read(byte[] xlsx, List<String> problems) {
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException e) {
      problems.add(NOT_A_SHEET);
      return List.of();
    }
    try (workbook) {
      DataFormatter formatter = new DataFormatter(Locale.of("da", "DK"));
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          if (row.getRowNum() > 50) {
            break;
          }
          Map<Integer, String> fields = headings(row, formatter);
          if (fields.containsValue("offer")) {
            return rows(sheet, row.getRowNum(), fields, formatter, problems);
          }
        }
      }
      problems.add(NO_OFFER_COLUMN);
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<Integer, String> headings(Row row, DataFormatter formatter) {
    Map<Integer, String> fields = new HashMap<>();
    Map<String, String> byHeading = new HashMap<>();
    COLUMNS.forEach((heading, field) -> byHeading.put(heading.toLowerCase(Locale.ROOT), field));
    for (Cell cell : row) {
      String field = byHeading.get(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
      if (field != null) {
        fields.put(cell.getColumnIndex(), field);
      }
    }
    return fields;
  }

  private static List<TariffRow> rows(Sheet sheet, int headerRow, Map<Integer, String> fields, DataFormatter formatter, List<String> problems) {
    List<TariffRow> rows = new ArrayList<>();
    if ((long) sheet.getLastRowNum() * fields.size() > MAX_CELLS || sheet.getLastRowNum() - headerRow > TariffRows.MAX_ROWS) {
      problems.add("Regnearket har for mange rækker; højst %d.".formatted(TariffRows.MAX_ROWS));
      return List.of();
    }
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row line = sheet.getRow(r);
      if (line == null) {
        continue;
      }
      Map<String, Object> values = new HashMap<>();
      fields.forEach((col, field) -> {
        Cell cell = line.getCell(col);
        if (cell != null) {
          Object value = cell.getCellType() == CellType.NUMERIC ? (Object) BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
              : cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC
                  ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                  : Inputs.plain(formatter.formatCellValue(cell));
          if (!(value instanceof String s && s.isBlank())) {
            values.put(field, value);
          }
        }
      });
      if (values.isEmpty()) {
        continue;
      }
      TariffRow row = TariffRows.row(values, "Regnearkets række " + (r + 1), problems);
      if (row != null) {
        rows.add(row);
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add("Regnearket har ingen takster under overskrifterne.");
    }
    return List.copyOf(rows);
  }
}
