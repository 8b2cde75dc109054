package dk.rammeflow.calendar;

import java.time.LocalDate;

/**
 * The target of a backward plan: a date ("send to Socialstyrelsen by 1 July 2023", {@code forum} null) or a
 * forum meeting ("the KKR meeting of 23 June 2023", {@code forum} set and {@code date} one of its meetings).
 */
public record PlanTarget(String label, LocalDate date, String forum) {

  public static PlanTarget date(String label, LocalDate date) {
    return new PlanTarget(label, date, null);
  }

  public static PlanTarget meeting(String label, String forum, LocalDate date) {
    return new PlanTarget(label, date, forum);
  }

  public boolean isMeeting() {
    return forum != null;
  }
}
