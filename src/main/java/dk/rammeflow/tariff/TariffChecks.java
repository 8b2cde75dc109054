package dk.rammeflow.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one operator's submission, each problem in Danish naming the row:
 * <ul>
 *   <li>the totals: takst ≈ budget / (pladser × dage × belægning), for the new and the previous figures, within
 *       {@code toleranceKr} (catches 366 days, occupancy counted twice, a wrong budget);</li>
 *   <li>the change in percentage points agrees with the two changes in % it is the difference of;</li>
 *   <li>a significant change (in % or in percentage points) has a forklaring, on the row or on its offer's rows;</li>
 *   <li>takstlofter where configured; a row only once; a two-part tariff has both its basis and activity part.</li>
 * </ul>
 * Differentiated tariffs (boniveau rows without budget) are accepted as such.
 */
final class TariffChecks {

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal POINTS_ROUNDING = new BigDecimal("0.02");

  private final TariffProperties rules;

  TariffChecks(TariffProperties rules) {
    this.rules = rules;
  }

  /**
   * What the checks found.
   *
   * @param problems every problem, Danish; empty when the rows pass
   * @param rowsComputed how many figures (new or previous) could be checked against their budget
   * @param maxDeviation the largest difference between a tariff and its computed value that passed, kroner
   * @param caught the rows whose tariff does not follow from its budget
   */
  record Report(List<String> problems, int rowsComputed, BigDecimal maxDeviation, List<String> caught) {
    boolean passed() {
      return problems.isEmpty();
    }
  }

  Report check(List<TariffRow> rows) {
    List<String> problems = new ArrayList<>();
    List<String> caught = new ArrayList<>();
    BigDecimal maxDeviation = BigDecimal.ZERO;
    int computed = 0;
    Set<String> keys = new HashSet<>();
    Map<String, Set<TariffPart>> partsByOffer = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      TariffRow row = rows.get(i);
      String where = "Række %d (%s)".formatted(i + 1, row.label());
      if (!keys.add(row.key())) {
        problems.add(where + ": rækken står to gange.");
      }
      partsByOffer.computeIfAbsent(TariffRow.norm(row.offer()) + "|" + TariffRow.norm(row.service()), k -> new HashSet<>()).add(row.part());
      for (boolean isNew : new boolean[] {true, false}) {
        BigDecimal budget = isNew ? row.budgetNew() : row.budgetPrevious();
        BigDecimal tariff = isNew ? row.tariffNew() : row.tariffPrevious();
        BigDecimal expected = expected(row, budget);
        if (expected == null || tariff == null) {
          continue;
        }
        computed++;
        BigDecimal deviation = tariff.subtract(expected).abs();
        if (deviation.compareTo(rules.toleranceKr()) > 0) {
          caught.add(row.label() + (isNew ? "" : " (forrige)"));
          problems.add("%s: %s takst %s kr. følger ikke af budgettet: %s kr. / (%d pladser × %d dage × %s %% belægning) = %s kr. Forskellen er %s kr.; højst %s kr. er tilladt. Tjek antal dage, belægningsprocent og budget."
              .formatted(where, isNew ? "den nye" : "den forrige", TariffFormat.kr(tariff), TariffFormat.kr(budget), row.places(),
                  periods(row.unit()), TariffFormat.number(row.occupancyPercent()), TariffFormat.two(expected), TariffFormat.two(deviation),
                  TariffFormat.number(rules.toleranceKr())));
        } else if (deviation.compareTo(maxDeviation) > 0) {
          maxDeviation = deviation;
        }
      }
      if (row.changePoints() != null && row.changePercentPrevious() != null && row.changePercentNew() != null) {
        BigDecimal difference = row.changePercentNew().subtract(row.changePercentPrevious());
        if (difference.subtract(row.changePoints()).abs().compareTo(POINTS_ROUNDING) > 0) {
          problems.add("%s: ændringen i procentpoint (%s) passer ikke med ændringerne i %% (%s og %s giver %s)."
              .formatted(where, TariffFormat.two(row.changePoints()), TariffFormat.two(row.changePercentPrevious()),
                  TariffFormat.two(row.changePercentNew()), TariffFormat.two(difference)));
        }
      }
      String significant = significantChange(row);
      if (significant != null && !explained(row, rows)) {
        problems.add("%s: %s er en væsentlig takstændring og kræver en forklaring.".formatted(where, significant));
      }
      for (TariffProperties.Cap cap : rules.caps()) {
        if (applies(cap, row) && row.tariffNew() != null && row.tariffNew().compareTo(cap.maxTariff()) > 0) {
          problems.add("%s: taksten %s kr. pr. %s overstiger takstloftet for %s (%s) på %s kr."
              .formatted(where, TariffFormat.kr(row.tariffNew()), row.unit().label().toLowerCase(Locale.ROOT), cap.name(), cap.legalBasis(),
                  TariffFormat.kr(cap.maxTariff())));
        }
      }
    }
    partsByOffer.forEach((offer, parts) -> {
      if (parts.contains(TariffPart.BASIS) != parts.contains(TariffPart.AKTIVITET)) {
        String name = rows.stream().filter(r -> (TariffRow.norm(r.offer()) + "|" + TariffRow.norm(r.service())).equals(offer))
            .findFirst().map(r -> r.offer() + ", " + r.service()).orElse(offer);
        problems.add("%s: en todelt takst skal have både en grundtakst og mindst én aktivitetstakst.".formatted(name));
      }
    });
    return new Report(List.copyOf(problems), computed, maxDeviation.setScale(2, RoundingMode.HALF_UP), List.copyOf(caught));
  }

  /** budget / (pladser × periods × belægning); null when the row lacks a figure or its unit has no period count. */
  BigDecimal expected(TariffRow row, BigDecimal budget) {
    if (budget == null || row.places() == null || row.occupancyPercent() == null || row.unit() == null || periods(row.unit()) == 0) {
      return null;
    }
    BigDecimal capacity = BigDecimal.valueOf((long) row.places() * periods(row.unit())).multiply(row.occupancyPercent()).divide(HUNDRED, MC);
    return budget.divide(capacity, MC);
  }

  /** Days per year for døgn and dag; an hourly tariff's places are its budgeted hours, so 1. */
  private int periods(TariffUnit unit) {
    return unit == TariffUnit.TIME ? 1 : rules.daysPerYear();
  }

  /** The significant change in Danish ("en stigning på 13,30 %"), or null. */
  private String significantChange(TariffRow row) {
    BigDecimal percent = row.changePercent();
    if (percent != null && percent.abs().compareTo(rules.significantChangePercent()) > 0) {
      return "%s på %s %%".formatted(percent.signum() > 0 ? "en stigning" : "et fald", TariffFormat.two(percent.abs()));
    }
    BigDecimal points = row.changeInPoints();
    if (points != null && points.abs().compareTo(rules.significantChangePoints()) > 0) {
      return "en ændring på %s procentpoint".formatted(TariffFormat.two(points));
    }
    return null;
  }

  /** The row's own forklaring, or one on another row of the same offer (the boniveau rows share the offer's). */
  private static boolean explained(TariffRow row, List<TariffRow> rows) {
    return !row.explanation().isBlank() || rows.stream().anyMatch(other -> other.sameOffer(row) && !other.explanation().isBlank());
  }

  private static boolean applies(TariffProperties.Cap cap, TariffRow row) {
    boolean basis = compact(cap.legalBasis()).equals(compact(row.legalBasis()));
    boolean unit = cap.unit() == null || cap.unit().isBlank() || TariffUnit.parse(cap.unit()).map(u -> u == row.unit()).orElse(false);
    return basis && unit && cap.maxTariff() != null;
  }

  private static String compact(String text) {
    return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
