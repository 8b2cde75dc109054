package dk.rammeflow.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TariffChecksTest {

  private final TariffChecks checks = new TariffChecks(TariffProperties.defaults());

  static List<TariffRow> seedRows() {
    List<String> problems = new ArrayList<>();
    List<TariffRow> rows = TariffRows.read(SeedSheet2023.rows(), problems);
    assertThat(problems).isEmpty();
    return rows;
  }

  @Test
  void everyPublishedRowOfAalborgsRevisedSheetPasses() {
    List<TariffRow> rows = seedRows();
    TariffChecks.Report report = checks.check(rows);

    System.out.printf("Seed 001 (Aalborg 2023, revised): %d rows, %d figures checked against their budget, max deviation %s kr., caught %s%n",
        rows.size(), report.rowsComputed(), report.maxDeviation(), report.caught());
    assertThat(rows).hasSize(128);
    assertThat(report.problems()).isEmpty();
    // Both the first-submitted and the revised figure of the 21 offers with places and a budget; Birken has no places.
    assertThat(report.rowsComputed()).isEqualTo(42);
    assertThat(report.maxDeviation()).isBetween(new BigDecimal("1.00"), new BigDecimal("1.20"));
    assertThat(rows.stream().filter(r -> r.level() != null)).hasSize(106);
    assertThat(rows.stream().filter(r -> r.service().equals("Bboniveau 7")).findFirst().orElseThrow().level()).isEqualTo(7);
  }

  @Test
  void aGeneralCalculationErrorIsCaughtInEveryRowWithABudget() {
    List<TariffRow> with366Days = seedRows().stream().map(r -> recomputed(r, 366, BigDecimal.ONE)).toList();
    TariffChecks.Report report = checks.check(with366Days);
    System.out.printf("366 days: %d of %d figures caught%n", report.caught().size(), report.rowsComputed());
    assertThat(report.caught()).hasSize(21);
    assertThat(report.problems()).anyMatch(p -> p.startsWith("Række 1 (Botilbud Viften Vodskov, Autismeområdet (SEL § 107)): den nye takst 3.231 kr. følger ikke af budgettet")
        && p.contains("25.497.719 kr. / (22 pladser × 365 dage × 98 % belægning) = 3.240,11 kr."));

    List<TariffRow> occupancyTwice = seedRows().stream().map(r -> recomputed(r, 365, new BigDecimal("0.98"))).toList();
    TariffChecks.Report twice = checks.check(occupancyTwice);
    System.out.printf("Occupancy counted twice: %d of %d figures caught%n", twice.caught().size(), twice.rowsComputed());
    assertThat(twice.caught()).hasSize(21);
  }

  /** The new tariff as an operator with a general error would compute it. */
  private static TariffRow recomputed(TariffRow r, int days, BigDecimal extraOccupancy) {
    if (r.budgetNew() == null || r.places() == null) {
      return r;
    }
    BigDecimal tariff = r.budgetNew().divide(BigDecimal.valueOf((long) r.places() * days)
        .multiply(r.occupancyPercent()).divide(BigDecimal.valueOf(100)).multiply(extraOccupancy), 0, RoundingMode.HALF_UP);
    return new TariffRow(r.offer(), r.service(), r.level(), r.legalBasis(), r.places(), r.unit(), r.occupancyPercent(), r.part(),
        r.budgetPrevious(), r.budgetNew(), r.tariffPrevious(), tariff, r.changePercentPrevious(), r.changePercentNew(), r.changePoints(), r.explanation());
  }

  @Test
  void aSignificantChangeNeedsAnExplanationOnTheRowOrItsOffer() {
    List<TariffRow> rows = new ArrayList<>(seedRows());
    TariffRow viften = rows.get(0);
    rows.set(0, viften.withExplanation(""));
    assertThat(checks.check(rows).problems()).containsExactly(
        "Række 1 (Botilbud Viften Vodskov, Autismeområdet (SEL § 107)): en stigning på 13,30 % er en væsentlig takstændring og kræver en forklaring.");

    // Attruphøj's boniveau 4 moves 5,07 percentage points; the offer's own row explains it.
    List<TariffRow> attruphoej = seedRows().stream().filter(r -> r.offer().equals("Botilbud Attruphøj")).toList();
    assertThat(checks.check(attruphoej).problems()).isEmpty();
    List<TariffRow> unexplained = attruphoej.stream().map(r -> r.withExplanation("")).toList();
    assertThat(checks.check(unexplained).problems()).containsExactly(
        "Række 2 (Botilbud Attruphøj, Boniveau 4 (ABL § 105)): en ændring på 5,07 procentpoint er en væsentlig takstændring og kræver en forklaring.");
  }

  @Test
  void percentagePointsMustAgreeWithTheChangesInPercent() {
    Map<String, Object> row = new LinkedHashMap<>(SeedSheet2023.rows().get(0));
    row.put("changePoints", "2,51");
    List<String> problems = new ArrayList<>();
    List<TariffRow> rows = TariffRows.read(List.of(row), problems);
    assertThat(checks.check(rows).problems()).containsExactly(
        "Række 1 (Botilbud Viften Vodskov, Autismeområdet (SEL § 107)): ændringen i procentpoint (2,51) passer ikke med ændringerne i % (11,79 og 13,30 giver 1,51).");
  }

  @Test
  void capsTwoPartTariffsAndDuplicates() {
    TariffChecks capped = new TariffChecks(new TariffProperties(null, null, null, null,
        List.of(new TariffProperties.Cap("kvindekrisecentre", "SEL § 109", "døgn", new BigDecimal("2500"))), null));
    List<String> problems = new ArrayList<>();
    List<TariffRow> rows = TariffRows.read(List.of(
        Map.of("offer", "Krisecenter Nord", "service", "Ophold", "legalBasis", "SEL §109", "unit", "døgn", "tariffNew", 2600),
        Map.of("offer", "Bofællesskab Syd", "service", "Botilbud", "legalBasis", "ABL § 105", "unit", "Døgn", "part", "Grundtakst",
            "places", 10, "occupancyPercent", 95, "budgetNew", "3.467.500", "tariffNew", "1.000"),
        Map.of("offer", "Bofællesskab Syd", "service", "Botilbud", "legalBasis", "ABL § 105", "unit", "Døgn", "part", "Grundtakst", "tariffNew", 1000)),
        problems);
    assertThat(problems).isEmpty();
    assertThat(capped.check(rows).problems()).containsExactly(
        "Række 1 (Krisecenter Nord, Ophold (SEL §109)): taksten 2.600 kr. pr. døgn overstiger takstloftet for kvindekrisecentre (SEL § 109) på 2.500 kr.",
        "Række 3 (Bofællesskab Syd, Botilbud (ABL § 105, grundtakst)): rækken står to gange.",
        "Bofællesskab Syd, Botilbud: en todelt takst skal have både en grundtakst og mindst én aktivitetstakst.");

    List<TariffRow> twoPart = TariffRows.read(List.of(
        Map.of("offer", "Bofællesskab Syd", "service", "Botilbud", "legalBasis", "ABL § 105", "unit", "Døgn", "part", "grundtakst", "tariffNew", 1000),
        Map.of("offer", "Bofællesskab Syd", "service", "Botilbud", "level", 3, "legalBasis", "ABL § 105", "unit", "Døgn", "part", "aktivitetstakst", "tariffNew", 800),
        Map.of("offer", "Bofællesskab Syd", "service", "Botilbud", "level", 4, "legalBasis", "ABL § 105", "unit", "Døgn", "part", "aktivitetstakst", "tariffNew", 1100)),
        problems);
    assertThat(problems).isEmpty();
    assertThat(checks.check(twoPart).problems()).isEmpty();
  }

  @Test
  void everyBadCellIsListedWithItsRow() {
    List<String> problems = new ArrayList<>();
    TariffRows.read(List.of(
        Map.of("offer", "Viften", "service", "Boniveau 12", "legalBasis", "SEL 107", "unit", "uge", "tariffNew", "tre"),
        Map.of("offer", List.of("x"), "service", "Døgn", "legalBasis", "ABL § 105", "unit", "Døgn", "occupancyPercent", 120, "tariffNew", 5)),
        problems);
    assertThat(problems).containsExactly(
        "Række 1: lovgrundlag 'SEL 107' skal angive en paragraf, f.eks. 'SEL § 107' eller 'ABL § 105'.",
        "Række 1: boniveau skal være mellem 1 og 9 (ikke 12).",
        "Række 1: takstenhed 'uge' er ukendt; brug døgn, dag eller time.",
        "Række 1: takst (ny): 'tre' er ikke et tal.",
        "Række 2: tilbud skal være en tekst, ikke en liste.",
        "Række 2: belægningsprocent skal være over 0 og højst 100 (ikke 120).");
  }

  @Test
  void theSheetIsWrittenAndReadBack() {
    List<TariffRow> rows = seedRows();
    byte[] xlsx = TariffSheet.write("Takstindberetning 2023 – Aalborg Kommune", rows);
    List<String> problems = new ArrayList<>();
    List<TariffRow> read = TariffSheet.read(xlsx, problems);
    assertThat(problems).isEmpty();
    assertThat(read).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(read.get(i).key()).isEqualTo(rows.get(i).key());
      assertThat(read.get(i).tariffNew()).isEqualByComparingTo(rows.get(i).tariffNew());
      assertThat(read.get(i).explanation()).isEqualTo(rows.get(i).explanation());
    }
    assertThat(checks.check(read).problems()).isEmpty();

    problems.clear();
    assertThat(TariffSheet.read("ikke et regneark".getBytes(), problems)).isEmpty();
    assertThat(problems).containsExactly("Filen kan ikke læses som et regneark (XLSX).");
  }
}
