package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** One meeting date of a forum in the meeting calendar; a cancelled meeting stays listed with {@code cancelled}. */
public record Meeting(String forumId, LocalDate date, LocalTime time, boolean cancelled) {}
