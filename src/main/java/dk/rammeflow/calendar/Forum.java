package dk.rammeflow.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * A forum of the meeting calendar.
 *
 * @param id forum id ({@code [a-z0-9-]+}, e.g. {@code das}, {@code kb-aalborg})
 * @param name Danish display name
 * @param materialDeadlineWorkingDays how many working days before a meeting its material must be sent
 * @param meetingTime usual start time of its meetings
 * @param meetings all meeting dates in date order, cancelled ones included (flagged)
 */
public record Forum(String id, String name, int materialDeadlineWorkingDays, LocalTime meetingTime, List<Meeting> meetings) {

  public Forum {
    meetings = List.copyOf(meetings);
  }

  public List<Meeting> heldMeetings() {
    return meetings.stream().filter(m -> !m.cancelled()).toList();
  }
}
