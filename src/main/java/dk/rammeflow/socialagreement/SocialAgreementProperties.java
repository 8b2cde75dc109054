package dk.rammeflow.socialagreement;

import java.util.Arrays;
import java.util.List;

/**
 * Configuration of the social-agreement process ({@code rammeflow.agreements.*}, read by {@link SocialAgreementInput}).
 *
 * @param electionYears years of municipal elections: an agreement framed in such a year is read once in DAS and KKR
 *     and its focus areas are not sent out for local political treatment (seed 002, 2025)
 * @param reviewFirstPeriod first agreement period (its first year) with the udbud og efterspørgsel review; the review
 *     comes with every other agreement from then on
 */
record SocialAgreementProperties(List<Integer> electionYears, Integer reviewFirstPeriod) {

  SocialAgreementProperties {
    electionYears = electionYears == null ? List.of(2025, 2029, 2033, 2037) : List.copyOf(electionYears);
    reviewFirstPeriod = reviewFirstPeriod == null ? 2027 : reviewFirstPeriod;
  }

  /** From the configured texts, e.g. {@code "2025, 2029"} and {@code "2027"}. */
  static SocialAgreementProperties of(String electionYears, String reviewFirstPeriod) {
    try {
      List<Integer> years = Arrays.stream(electionYears.split(",")).map(String::trim).filter(y -> !y.isEmpty()).map(Integer::valueOf).toList();
      return new SocialAgreementProperties(years, Integer.valueOf(reviewFirstPeriod.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rammeflow.agreements: election-years must be years separated by commas and review-first-period a year", e);
    }
  }

  static SocialAgreementProperties defaults() {
    return new SocialAgreementProperties(null, null);
  }

  /** Whether the agreement starting in {@code firstYear} is framed in an election year (two years before). */
  boolean electionYear(int firstYear) {
    return electionYears.contains(SocialAgreementStage.framingYear(firstYear));
  }

  /** Whether the agreement starting in {@code firstYear} carries the udbud og efterspørgsel review. */
  boolean supplyDemandReview(int firstYear) {
    return Math.floorMod(firstYear - reviewFirstPeriod, 4) == 0;
  }
}
