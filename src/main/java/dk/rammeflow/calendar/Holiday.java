package dk.rammeflow.calendar;

import java.time.LocalDate;

/**
 * A day on which the secretariat does not work: a Danish public holiday ({@code publicHoliday} true) or a
 * configured closed day such as Grundlovsdag or 24 December. {@code name} is Danish.
 */
public record Holiday(LocalDate date, String name, boolean publicHoliday) {}
