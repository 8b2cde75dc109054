package dk.rammeflow.calendar;

import java.time.LocalDate;

/**
 * A holiday period that lengthens a hearing in Danish practice: the summer holiday, Easter or Christmas.
 * {@code name} is Danish ("sommerferien (uge 28–31)"), {@code first}..{@code last} inclusive.
 */
public record HolidayPeriod(String name, LocalDate first, LocalDate last) {

  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** "sommerferien (uge 28–31: 6. juli – 2. august 2026)". */
  public String describe() {
    String range = DanishDates.formatRange(first, last);
    int paren = name.indexOf(')');
    if (paren > 0) {
      return name.substring(0, paren) + ": " + range + name.substring(paren);
    }
    return name + " (" + range + ")";
  }
}
