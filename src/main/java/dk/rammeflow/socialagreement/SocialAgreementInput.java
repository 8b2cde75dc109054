package dk.rammeflow.socialagreement;

import dk.rammeflow.input.Inputs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the start input of an agreement; every problem in Danish. */
@Component
class SocialAgreementInput {

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

  /** The focus areas of Nordjysk Socialaftale 2027–2028: the three North Jutland principles (seed 002). */
  static final List<String> FOCUS_AREAS_2027 = List.of("Et mere forpligtigende og tættere samarbejde", "En skarp visitation", "En fleksibel tilbudsvifte");

  private final SocialAgreementProperties properties;

  SocialAgreementInput(@Value("${rammeflow.agreements.election-years:2025, 2029, 2033, 2037}") String electionYears,
      @Value("${rammeflow.agreements.review-first-period:2027}") String reviewFirstPeriod) {
    this.properties = SocialAgreementProperties.of(electionYears, reviewFirstPeriod);
  }

  static String caseId(int firstYear) {
    return "socialaftale-%d-%d".formatted(firstYear, firstYear + 1);
  }

  SocialAgreementCase read(Map<String, Object> variables, LocalDate today, Instant now) {
    List<String> problems = new ArrayList<>();
    String period = Inputs.requiredText(variables.get("period"), "Aftaleperioden", 20, "Angiv aftaleperioden, f.eks. 2027-2028.", problems);
    int firstYear = 0;
    if (!period.isEmpty()) {
      Matcher m = PERIOD.matcher(period);
      if (!m.matches() || (m.group(2) != null && Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1)) {
        problems.add("Aftaleperioden '%s' skal være to år i træk, f.eks. 2027-2028.".formatted(period));
      } else {
        firstYear = Integer.parseInt(m.group(1));
        if (firstYear < 2019 || firstYear > 2040) {
          problems.add("Aftaleperioden skal begynde mellem 2019 og 2040.");
        }
      }
    }
    String caseWorker = Inputs.email(variables.get("caseWorker"), "Sagsbehandleren", "Angiv sagsbehandlerens e-mailadresse.", problems);
    LocalDate startDate = Inputs.date(variables.get("startDate"), "Startdatoen", problems);
    List<String> focusAreas = Inputs.lines(variables.get("focusAreas"), "Fokusområderne", problems);
    if (focusAreas.size() > 10) {
      problems.add("Angiv højst 10 fokusområder.");
    }
    if (!problems.isEmpty()) {
      throw new SocialAgreementException(problems);
    }
    LocalDate start = startDate == null ? today : startDate;
    if (start.isAfter(SocialAgreementStage.deadline(firstYear))) {
      throw new SocialAgreementException("Startdatoen ligger efter fristen for den lokale godkendelse (1. december %d).".formatted(firstYear - 1));
    }
    if (focusAreas.isEmpty() && firstYear == 2027) {
      focusAreas = FOCUS_AREAS_2027;
    }
    return new SocialAgreementCase(caseId(firstYear), "Nordjysk Socialaftale %d–%d".formatted(firstYear, firstYear + 1), firstYear, caseWorker, start,
        start.isBefore(today), properties.electionYear(firstYear), properties.supplyDemandReview(firstYear), focusAreas, now);
  }
}
