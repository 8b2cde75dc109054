package dk.rammeflow.calendar;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar capability ({@code rammeflow.calendar.*}).
 *
 * @param firstYear first supported year; dates before it are rejected with a clear message
 * @param lastYear last supported year
 * @param closedDays days the secretariat is closed besides the public holidays: {@code --MM-DD} for
 *     every year (e.g. {@code --06-05} Grundlovsdag) or {@code YYYY-MM-DD} for one date
 * @param meetingsLocation Spring resource location of the meeting calendar file
 * @param deadlineTime local time (Europe/Copenhagen) of {@code deadlineAt}: a deadline is met while the
 *     deadline day lasts, so the default is the end of the day
 * @param reminderTime local time of reminder instants on their working day
 * @param defaultMeetingTime local time of a meeting when neither the meeting nor its forum gives one
 * @param hearing hearing-period rules
 */
@ConfigurationProperties("rammeflow.calendar")
public record CalendarProperties(
    @DefaultValue("2017") int firstYear,
    @DefaultValue("2040") int lastYear,
    @DefaultValue({"--06-05", "--12-24", "--12-31"}) List<String> closedDays,
    @DefaultValue("classpath:calendar/meetings.yaml") String meetingsLocation,
    @DefaultValue("23:59:59") String deadlineTime,
    @DefaultValue("09:00") String reminderTime,
    @DefaultValue("09:00") String defaultMeetingTime,
    @DefaultValue Hearing hearing) {

  public static final List<String> DEFAULT_CLOSED_DAYS = List.of("--06-05", "--12-24", "--12-31");

  public CalendarProperties {
    closedDays = closedDays == null ? DEFAULT_CLOSED_DAYS : List.copyOf(closedDays);
    meetingsLocation = meetingsLocation == null ? "classpath:calendar/meetings.yaml" : meetingsLocation;
    deadlineTime = deadlineTime == null ? "23:59:59" : deadlineTime;
    reminderTime = reminderTime == null ? "09:00" : reminderTime;
    defaultMeetingTime = defaultMeetingTime == null ? "09:00" : defaultMeetingTime;
    hearing = hearing == null ? Hearing.defaults() : hearing;
    if (firstYear > lastYear) {
      throw new IllegalArgumentException(
          "rammeflow.calendar.first-year (" + firstYear + ") is after last-year (" + lastYear + ")");
    }
  }

  /** The defaults, as when nothing is configured. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(2017, 2040, null, null, null, null, null, null);
  }

  public CalendarProperties withClosedDays(List<String> days) {
    return new CalendarProperties(firstYear, lastYear, days, meetingsLocation, deadlineTime, reminderTime,
        defaultMeetingTime, hearing);
  }

  public CalendarProperties withYears(int first, int last) {
    return new CalendarProperties(first, last, closedDays, meetingsLocation, deadlineTime, reminderTime,
        defaultMeetingTime, hearing);
  }

  public CalendarProperties withMeetingsLocation(String location) {
    return new CalendarProperties(firstYear, lastYear, closedDays, location, deadlineTime, reminderTime,
        defaultMeetingTime, hearing);
  }

  /**
   * Hearing-period rules.
   *
   * @param defaultWeeks the normal hearing period
   * @param minimumWeeks a shorter period gets a warning
   * @param summerFirstWeek first ISO week of the summer holiday that lengthens a hearing
   * @param summerLastWeek last ISO week of the summer holiday
   */
  public record Hearing(
      @DefaultValue("4") int defaultWeeks,
      @DefaultValue("4") int minimumWeeks,
      @DefaultValue("28") int summerFirstWeek,
      @DefaultValue("31") int summerLastWeek) {

    public Hearing {
      if (defaultWeeks < 1 || minimumWeeks < 1) {
        throw new IllegalArgumentException("rammeflow.calendar.hearing: default-weeks and minimum-weeks must be at least 1");
      }
      if (summerFirstWeek < 1 || summerLastWeek > 53 || summerFirstWeek > summerLastWeek) {
        throw new IllegalArgumentException("rammeflow.calendar.hearing: summer weeks must satisfy 1 <= summer-first-week <= summer-last-week <= 53");
      }
    }

    public static Hearing defaults() {
      return new Hearing(4, 4, 28, 31);
    }
  }
}
