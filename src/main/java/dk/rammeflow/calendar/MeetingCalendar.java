package dk.rammeflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The meeting calendar the secretariat edits ({@code rammeflow.calendar.meetings-location}, by default
 * {@code classpath:calendar/meetings.yaml}): each forum's meeting dates, cancelled meetings and material
 * deadline. Read and validated once at startup; a malformed file stops the application with a message
 * naming the file and the key ({@link MeetingCalendarFileException}).
 *
 * <p>Lookups take forum ids ({@code das}, {@code kkr}, {@code kb-aalborg} ...) and throw
 * {@link CalendarException} (Danish) for an unknown forum, a date outside the calendar's years or when
 * no meeting qualifies. Cancelled meetings are never returned by lookups.
 */
@Component
public class MeetingCalendar {

  private static final Logger log = LoggerFactory.getLogger(MeetingCalendar.class);

  private final WorkingDayCalendar calendar;
  private final LocalTime deadlineTime;
  private final String source;
  private final Map<String, Forum> forums = new LinkedHashMap<>();

  @Autowired
  public MeetingCalendar(CalendarProperties properties, WorkingDayCalendar calendar, ResourceLoader resourceLoader) {
    this(properties, calendar, resourceLoader.getResource(properties.meetingsLocation()), properties.meetingsLocation());
  }

  /** Loads the file at {@code properties.meetingsLocation()} with a plain resource loader (for use outside Spring). */
  public static MeetingCalendar load(CalendarProperties properties, WorkingDayCalendar calendar) {
    return new MeetingCalendar(properties, calendar, new DefaultResourceLoader());
  }

  private MeetingCalendar(CalendarProperties properties, WorkingDayCalendar calendar, Resource resource, String source) {
    this.calendar = calendar;
    this.source = source;
    this.deadlineTime = CalendarTime.parseConfiguredTime(properties.deadlineTime(), "rammeflow.calendar.deadline-time");
    LocalTime defaultMeetingTime = CalendarTime.parseConfiguredTime(
        properties.defaultMeetingTime(), "rammeflow.calendar.default-meeting-time");
    if (!resource.exists()) {
      throw new MeetingCalendarFileException(source, "", "file not found (rammeflow.calendar.meetings-location)");
    }
    try (InputStream in = resource.getInputStream()) {
      for (Forum forum : MeetingCalendarFile.parse(in, source, calendar, defaultMeetingTime)) {
        forums.put(forum.id(), forum);
      }
    } catch (IOException e) {
      throw new MeetingCalendarFileException(source, "", "cannot be read: " + e.getMessage());
    }
    for (Forum forum : forums.values()) {
      for (Meeting meeting : forum.meetings()) {
        if (!calendar.isWorkingDay(meeting.date())) {
          log.warn("Meeting calendar {}: forum {} meets on {}, which is not a working day ({})", source, forum.id(),
              meeting.date(), calendar.reasonClosed(meeting.date()).orElse("closed"));
        }
      }
    }
    log.info("Meeting calendar {}: {} forums, {} meetings", source, forums.size(),
        forums.values().stream().mapToInt(f -> f.meetings().size()).sum());
  }

  public String source() {
    return source;
  }

  public List<Forum> forums() {
    return List.copyOf(forums.values());
  }

  public boolean hasForum(String forumId) {
    return forumId != null && forums.containsKey(forumId.trim().toLowerCase());
  }

  /** The forum, or a Danish {@link CalendarException} naming the known forums. */
  public Forum forum(String forumId) {
    if (forumId == null || forumId.isBlank()) {
      throw new CalendarException("Der mangler et forum.");
    }
    Forum forum = forums.get(forumId.trim().toLowerCase());
    if (forum == null) {
      throw new CalendarException("Ukendt forum '" + forumId.trim() + "'. Mødekalenderen kender: "
          + String.join(", ", forums.keySet()) + ".");
    }
    return forum;
  }

  /** Material deadline of a meeting on {@code meetingDate}: the forum's number of working days before it. */
  public LocalDate materialDeadline(Forum forum, LocalDate meetingDate) {
    return calendar.workingDaysBefore(meetingDate, forum.materialDeadlineWorkingDays());
  }

  public MeetingSlot slot(Forum forum, Meeting meeting, List<LocalDate> skippedCancelled) {
    LocalDate deadline = materialDeadline(forum, meeting.date());
    return new MeetingSlot(forum.id(), forum.name(), meeting.date(), CalendarTime.at(meeting.date(), meeting.time()),
        deadline, CalendarTime.at(deadline, deadlineTime), skippedCancelled);
  }

  /**
   * The first held meeting of the forum whose material deadline is on or after {@code onOrAfter}, i.e. the
   * next meeting that material prepared from that day can still reach.
   */
  public MeetingSlot nextMeeting(String forumId, LocalDate onOrAfter) {
    Forum forum = forum(forumId);
    calendar.requireSupported(onOrAfter);
    requireMeetings(forum);
    return findNextMeeting(forum, onOrAfter).orElseThrow(() -> {
      Meeting last = forum.heldMeetings().isEmpty() ? forum.meetings().getLast() : forum.heldMeetings().getLast();
      return new CalendarException("Mødekalenderen har intet møde i " + forum.name() + ", som materiale fra "
          + DanishDates.format(onOrAfter) + " kan nå frem til. Seneste møde i kalenderen: "
          + DanishDates.format(last.date()) + " (frist for materiale " + DanishDates.format(materialDeadline(forum, last.date()))
          + "). Tilføj flere mødedatoer i mødekalenderen.");
    });
  }

  /** Like {@link #nextMeeting} but empty instead of an exception when no meeting qualifies. */
  public Optional<MeetingSlot> findNextMeeting(Forum forum, LocalDate onOrAfter) {
    List<LocalDate> skipped = new ArrayList<>();
    for (Meeting meeting : forum.meetings()) {
      if (materialDeadline(forum, meeting.date()).isBefore(onOrAfter)) {
        continue;
      }
      if (meeting.cancelled()) {
        skipped.add(meeting.date());
        continue;
      }
      return Optional.of(slot(forum, meeting, skipped));
    }
    return Optional.empty();
  }

  /** The latest held meeting of the forum on or before {@code latest}; cancelled meetings passed over are reported. */
  public Optional<MeetingSlot> latestMeetingOnOrBefore(Forum forum, LocalDate latest) {
    List<LocalDate> skipped = new ArrayList<>();
    List<Meeting> meetings = forum.meetings();
    for (int i = meetings.size() - 1; i >= 0; i--) {
      Meeting meeting = meetings.get(i);
      if (meeting.date().isAfter(latest)) {
        continue;
      }
      if (meeting.cancelled()) {
        skipped.add(meeting.date());
        continue;
      }
      return Optional.of(slot(forum, meeting, skipped));
    }
    return Optional.empty();
  }

  /** The held meeting that follows the meeting of {@code meetingDate}, which must be one of the forum's meetings. */
  public MeetingSlot meetingAfter(String forumId, LocalDate meetingDate) {
    Forum forum = forum(forumId);
    calendar.requireSupported(meetingDate);
    requireMeetings(forum);
    meetingOn(forum, meetingDate);
    List<LocalDate> skipped = new ArrayList<>();
    for (Meeting meeting : forum.meetings()) {
      if (!meeting.date().isAfter(meetingDate)) {
        continue;
      }
      if (meeting.cancelled()) {
        skipped.add(meeting.date());
        continue;
      }
      return slot(forum, meeting, skipped);
    }
    throw new CalendarException("Mødekalenderen har intet møde i " + forum.name() + " efter mødet "
        + DanishDates.format(meetingDate) + ". Tilføj flere mødedatoer i mødekalenderen.");
  }

  /** The forum's meeting on that date (cancelled or not), or a Danish {@link CalendarException}. */
  public Meeting meetingOn(Forum forum, LocalDate date) {
    for (Meeting meeting : forum.meetings()) {
      if (meeting.date().equals(date)) {
        return meeting;
      }
    }
    throw new CalendarException(forum.name() + " har intet møde den " + DanishDates.format(date)
        + " i mødekalenderen.");
  }

  /** The forum's meetings from {@code from} to {@code to} inclusive (either may be null), cancelled ones flagged. */
  public List<Meeting> meetings(String forumId, LocalDate from, LocalDate to) {
    Forum forum = forum(forumId);
    if (from != null) {
      calendar.requireSupported(from);
    }
    if (to != null) {
      calendar.requireSupported(to);
    }
    return forum.meetings().stream()
        .filter(m -> from == null || !m.date().isBefore(from))
        .filter(m -> to == null || !m.date().isAfter(to))
        .toList();
  }

  void requireMeetings(Forum forum) {
    if (forum.meetings().isEmpty()) {
      throw new CalendarException("Mødekalenderen har ingen mødedatoer for " + forum.name()
          + ". Tilføj møderne i mødekalenderen.");
    }
  }
}
