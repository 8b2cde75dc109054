package dk.rammeflow.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Danish number formats for messages, the takstbilag and mails: 25.497.719, 3.240, 13,30. */
final class TariffFormat {

  private static final DecimalFormatSymbols DANISH = DecimalFormatSymbols.getInstance(Locale.of("da", "DK"));

  private TariffFormat() {}

  /** Grouped, with decimals only where the number has them (at most two). */
  static String number(BigDecimal value) {
    if (value == null) {
      return "-";
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DANISH);
    return format.format(value);
  }

  /** Kroner, whole: 3.240 */
  static String kr(BigDecimal value) {
    return value == null ? "-" : new DecimalFormat("#,##0", DANISH).format(value.setScale(0, RoundingMode.HALF_UP));
  }

  /** Two decimals: 13,30 */
  static String two(BigDecimal value) {
    return value == null ? "-" : new DecimalFormat("#,##0.00", DANISH).format(value.setScale(2, RoundingMode.HALF_UP));
  }
}
