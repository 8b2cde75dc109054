package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Builds the calendar services by hand (no Spring context) on a given meeting file and a fixed "now". */
public record CalendarFixture(
    CalendarProperties properties,
    CalendarTime time,
    WorkingDayCalendar calendar,
    HearingPeriods hearings,
    MeetingCalendar meetings,
    BackwardPlanner planner,
    DeadlineService deadlines) {

  /** The real meeting file; today 22 November 2026, 10:00. */
  public static CalendarFixture standard() {
    return on("classpath:calendar/meetings.yaml", LocalDate.of(2026, 11, 22));
  }

  public static CalendarFixture on(String meetingsLocation, LocalDate today) {
    return of(CalendarProperties.defaults().withMeetingsLocation(meetingsLocation), today);
  }

  public static CalendarFixture of(CalendarProperties properties, LocalDate today) {
    CalendarTime time = CalendarTime.fixed(ZonedDateTime.of(today, LocalTime.of(10, 0), CalendarTime.ZONE));
    WorkingDayCalendar calendar = new WorkingDayCalendar(properties);
    HearingPeriods hearings = new HearingPeriods(calendar, properties);
    MeetingCalendar meetings = MeetingCalendar.load(properties, calendar);
    BackwardPlanner planner = new BackwardPlanner(calendar, meetings, hearings, time);
    DeadlineService deadlines = new DeadlineService(calendar, hearings, time, properties);
    return new CalendarFixture(properties, time, calendar, hearings, meetings, planner, deadlines);
  }
}
