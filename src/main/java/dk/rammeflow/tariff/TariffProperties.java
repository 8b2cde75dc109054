package dk.rammeflow.tariff;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rammeflow.tariff.*}: the checks of a submission and the operators asked in a round.
 *
 * @param toleranceKr how far a tariff may be from budget / (pladser × dage × belægning), in kroner
 * @param daysPerYear the days a døgn or dag tariff is computed over (365, also in leap years)
 * @param significantChangePercent a change in % against the year before above this needs a forklaring
 * @param significantChangePoints a change in percentage points above this needs a forklaring
 * @param caps takstlofter: the highest tariff allowed for offers under a legal basis (e.g. shelters, crisis centres)
 * @param operators the operators (driftsherrer) asked in a round; empty: one per party of the reference data
 */
@ConfigurationProperties("rammeflow.tariff")
record TariffProperties(
    BigDecimal toleranceKr,
    Integer daysPerYear,
    BigDecimal significantChangePercent,
    BigDecimal significantChangePoints,
    List<Cap> caps,
    List<Operator> operators) {

  TariffProperties {
    toleranceKr = toleranceKr == null ? new BigDecimal("1.5") : toleranceKr;
    daysPerYear = daysPerYear == null ? 365 : daysPerYear;
    significantChangePercent = significantChangePercent == null ? BigDecimal.TEN : significantChangePercent;
    significantChangePoints = significantChangePoints == null ? BigDecimal.valueOf(5) : significantChangePoints;
    caps = caps == null ? List.of() : List.copyOf(caps);
    operators = operators == null ? List.of() : List.copyOf(operators);
  }

  static TariffProperties defaults() {
    return new TariffProperties(null, null, null, null, null, null);
  }

  /**
   * A takstloft.
   *
   * @param name what is capped, in Danish ("Kvindekrisecentre")
   * @param legalBasis rows whose lovgrundlag is this (spaces and case ignored), e.g. "SEL § 109"
   * @param unit the unit the cap is per; null: any
   * @param maxTariff the highest tariff allowed, kroner
   */
  record Cap(String name, String legalBasis, String unit, BigDecimal maxTariff) {}

  /**
   * An operator (driftsherre) that submits tariffs.
   *
   * @param id the operator's id (a-z, 0-9, -), e.g. "aalborg-aeh"
   * @param name shown to users, e.g. "Aalborg Kommune, Ældre og Handicap"
   * @param party the party whose users submit for it (their candidate group) and whose contacts are mailed
   * @param afterDas the forum that approves its tariffs after DAS, e.g. "kkr"; empty: none
   */
  record Operator(String id, String name, String party, String afterDas) {}
}
