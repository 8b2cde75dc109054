package dk.rammeflow.tariff;

import dk.rammeflow.input.Inputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads tariff rows from loose input (a JSON body, a task's variables) with Danish messages per row. */
final class TariffRows {

  /** The most rows one submission may have (Aalborg's 2023 sheet has about 130). */
  static final int MAX_ROWS = 2_000;

  private static final Pattern LEVEL_IN_SERVICE = Pattern.compile("(?i)b?boniveau\\s*(\\d+)");

  private TariffRows() {}

  /** The columns of a row typed as text, one row per line, separated by |, in the order of the seed's sheet. */
  static final List<String> TEXT_COLUMNS = List.of("offer", "service", "legalBasis", "places", "unit", "occupancyPercent", "budgetPrevious",
      "budgetNew", "tariffPrevious", "tariffNew", "changePercentPrevious", "changePercentNew", "changePoints", "explanation");

  /**
   * The rows of a list of objects, or of a text with one row per line (columns separated by |, see
   * {@link #TEXT_COLUMNS}); every problem is added to {@code problems} with the row's number.
   */
  static List<TariffRow> read(Object value, List<String> problems) {
    if (value instanceof String text && !text.isBlank()) {
      value = fromText(text, problems);
    }
    if (value == null || value instanceof String) {
      problems.add("Indberetningen har ingen takster.");
      return List.of();
    }
    if (!(value instanceof Collection<?> items)) {
      problems.add("Taksterne skal være en liste af rækker, ikke en tekst eller et tal.");
      return List.of();
    }
    if (items.isEmpty()) {
      problems.add("Indberetningen har ingen takster.");
      return List.of();
    }
    if (items.size() > MAX_ROWS) {
      problems.add("Indberetningen har for mange rækker (%d); højst %d.".formatted(items.size(), MAX_ROWS));
      return List.of();
    }
    List<TariffRow> rows = new ArrayList<>();
    int number = 0;
    for (Object item : items) {
      number++;
      if (!(item instanceof Map<?, ?> map)) {
        problems.add("Række %d skal være et objekt med kolonnerne.".formatted(number));
        continue;
      }
      TariffRow row = row(map, "Række " + number, problems);
      if (row != null) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  /** One row; null (and problems) when it cannot be read. */
  static TariffRow row(Map<?, ?> map, String where, List<String> problems) {
    int before = problems.size();
    String offer = Inputs.requiredText(map.get("offer"), where + ": tilbud", 300, where + ": tilbud mangler.", problems);
    String service = Inputs.requiredText(map.get("service"), where + ": ydelse", 300, where + ": ydelse mangler.", problems);
    String legalBasis = Inputs.requiredText(map.get("legalBasis"), where + ": lovgrundlag", 100, where + ": lovgrundlag mangler.", problems);
    if (!legalBasis.isEmpty() && !legalBasis.contains("§")) {
      problems.add("%s: lovgrundlag '%s' skal angive en paragraf, f.eks. 'SEL § 107' eller 'ABL § 105'.".formatted(where, legalBasis));
    }
    Integer level = whole(map.get("level"), where + ": boniveau", problems);
    if (level == null) {
      Matcher m = LEVEL_IN_SERVICE.matcher(service);
      level = m.find() ? Integer.valueOf(m.group(1)) : null;
    }
    if (level != null && (level < 1 || level > 9)) {
      problems.add("%s: boniveau skal være mellem 1 og 9 (ikke %d).".formatted(where, level));
    }
    Integer places = whole(map.get("places"), where + ": antal pladser", problems);
    if (places != null && places < 1) {
      problems.add("%s: antal pladser skal være mindst 1 (ikke %d).".formatted(where, places));
    }
    String unitText = Inputs.text(map.get("unit"), where + ": takstenhed", 20, problems);
    TariffUnit unit = TariffUnit.parse(unitText).orElse(null);
    if (unit == null) {
      problems.add(unitText.isEmpty() ? where + ": takstenhed mangler (døgn, dag eller time)."
          : "%s: takstenhed '%s' er ukendt; brug døgn, dag eller time.".formatted(where, unitText));
    }
    String partText = Inputs.text(map.get("part"), where + ": takstdel", 30, problems);
    TariffPart part = TariffPart.parse(partText).orElse(null);
    if (part == null) {
      problems.add("%s: takstdel '%s' er ukendt; brug samlet, grundtakst eller aktivitetstakst.".formatted(where, partText));
    }
    BigDecimal occupancy = Inputs.decimal(map.get("occupancyPercent"), where + ": belægningsprocent", problems);
    if (occupancy != null && (occupancy.signum() <= 0 || occupancy.compareTo(BigDecimal.valueOf(100)) > 0)) {
      problems.add("%s: belægningsprocent skal være over 0 og højst 100 (ikke %s).".formatted(where, TariffFormat.number(occupancy)));
    }
    BigDecimal budgetPrevious = Inputs.decimal(map.get("budgetPrevious"), where + ": budget (forrige)", problems);
    BigDecimal budgetNew = Inputs.decimal(map.get("budgetNew"), where + ": budget (nyt)", problems);
    BigDecimal tariffPrevious = Inputs.decimal(map.get("tariffPrevious"), where + ": takst (forrige)", problems);
    BigDecimal tariffNew = Inputs.decimal(map.get("tariffNew"), where + ": takst (ny)", problems);
    if (tariffNew == null && problems.size() == before) {
      problems.add(where + ": den nye takst mangler.");
    } else if (tariffNew != null && tariffNew.signum() <= 0) {
      problems.add("%s: den nye takst skal være større end 0 (ikke %s).".formatted(where, TariffFormat.number(tariffNew)));
    }
    BigDecimal changePrevious = Inputs.decimal(map.get("changePercentPrevious"), where + ": ændring i % (forrige)", problems);
    BigDecimal changeNew = Inputs.decimal(map.get("changePercentNew"), where + ": ændring i % (ny)", problems);
    BigDecimal points = Inputs.decimal(map.get("changePoints"), where + ": ændring i procentpoint", problems);
    String explanation = Inputs.text(map.get("explanation"), where + ": forklaring", Inputs.MAX_LINE, problems);
    if (problems.size() > before) {
      return null;
    }
    return new TariffRow(offer, service, level, legalBasis, places, unit, occupancy, part, budgetPrevious, budgetNew, tariffPrevious,
        tariffNew, changePrevious, changeNew, points, explanation);
  }

  private static List<Map<String, Object>> fromText(String text, List<String> problems) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length > TEXT_COLUMNS.size()) {
        problems.add("Linje %d har %d kolonner; højst %d adskilt af |.".formatted(rows.size() + 1, cells.length, TEXT_COLUMNS.size()));
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(cells.length, TEXT_COLUMNS.size()); i++) {
        if (!cells[i].isBlank()) {
          row.put(TEXT_COLUMNS.get(i), cells[i].strip());
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static Integer whole(Object value, String label, List<String> problems) {
    int before = problems.size();
    BigDecimal number = Inputs.decimal(value, label, problems);
    if (number == null || problems.size() > before) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      problems.add("%s: '%s' er ikke et helt tal.".formatted(label, TariffFormat.number(number)));
      return null;
    }
  }

  static List<Map<String, Object>> toMaps(List<TariffRow> rows) {
    return rows.stream().map(TariffRow::toMap).toList();
  }
}
