package dk.rammeflow.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the takstindberetningsskema, with the columns of Aalborg's 2023 sheet. "Previous" is the figure the
 * new one is compared with: last year's approved tariff, or in a revision the tariff first submitted. The reported
 * changes in % are against the year before (for a revision: first submitted and revised), the change in percentage
 * points the difference between them; each is optional, and computed from the tariffs when not reported.
 *
 * @param level boniveau 1–9 of a differentiated tariff; null for the offer's average tariff
 * @param occupancyPercent budgetteret belægningsprocent, e.g. 98
 */
record TariffRow(
    String offer,
    String service,
    Integer level,
    String legalBasis,
    Integer places,
    TariffUnit unit,
    BigDecimal occupancyPercent,
    TariffPart part,
    BigDecimal budgetPrevious,
    BigDecimal budgetNew,
    BigDecimal tariffPrevious,
    BigDecimal tariffNew,
    BigDecimal changePercentPrevious,
    BigDecimal changePercentNew,
    BigDecimal changePoints,
    String explanation) {

  TariffRow {
    part = part == null ? TariffPart.SAMLET : part;
    explanation = explanation == null ? "" : explanation.strip();
  }

  /** What identifies the row within one operator's submission. */
  String key() {
    return String.join("|", norm(offer), norm(service), String.valueOf(level), norm(legalBasis), part.name());
  }

  /** How the row is named in messages: "Viften Vodskov, Autismeområdet (SEL § 107)". */
  String label() {
    String text = offer + ", " + service + (level != null && !service.toLowerCase(Locale.ROOT).contains("boniveau") ? ", boniveau " + level : "");
    return text + " (" + legalBasis + (part == TariffPart.SAMLET ? "" : ", " + part.label().toLowerCase(Locale.ROOT)) + ")";
  }

  /** The change in % against the year before: as reported, else computed from the tariffs; null when unknown. */
  BigDecimal changePercent() {
    if (changePercentNew != null) {
      return changePercentNew;
    }
    if (tariffPrevious == null || tariffNew == null || tariffPrevious.signum() == 0) {
      return null;
    }
    return tariffNew.subtract(tariffPrevious).multiply(BigDecimal.valueOf(100)).divide(tariffPrevious, 2, RoundingMode.HALF_UP);
  }

  /** The change in percentage points: as reported, else the difference of the two reported changes in %; null when unknown. */
  BigDecimal changeInPoints() {
    if (changePoints != null) {
      return changePoints;
    }
    if (changePercentPrevious != null && changePercentNew != null) {
      return changePercentNew.subtract(changePercentPrevious);
    }
    return null;
  }

  boolean sameOffer(TariffRow other) {
    return norm(offer).equals(norm(other.offer)) && norm(legalBasis).equals(norm(other.legalBasis));
  }

  /** The row as a process variable or JSON object (numbers as numbers, the unit and part by name). */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("offer", offer);
    map.put("service", service);
    map.put("level", level);
    map.put("legalBasis", legalBasis);
    map.put("places", places);
    map.put("unit", unit == null ? null : unit.name());
    map.put("occupancyPercent", occupancyPercent);
    map.put("part", part.name());
    map.put("budgetPrevious", budgetPrevious);
    map.put("budgetNew", budgetNew);
    map.put("tariffPrevious", tariffPrevious);
    map.put("tariffNew", tariffNew);
    map.put("changePercentPrevious", changePercentPrevious);
    map.put("changePercentNew", changePercentNew);
    map.put("changePoints", changePoints);
    map.put("explanation", explanation);
    return map;
  }

  TariffRow withExplanation(String text) {
    return new TariffRow(offer, service, level, legalBasis, places, unit, occupancyPercent, part, budgetPrevious, budgetNew,
        tariffPrevious, tariffNew, changePercentPrevious, changePercentNew, changePoints, text);
  }

  static String norm(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
