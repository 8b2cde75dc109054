package dk.rammeflow.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates the meeting calendar file (YAML):
 *
 * <pre>
 * forums:
 *   das:
 *     name: Den Administrative Styregruppe (DAS Social)
 *     material-deadline-working-days: 5
 *     meeting-time: "13:00"          # optional
 *     meetings:
 *       - 2023-01-20
 *       - 2023-03-31 09:00           # a meeting with its own start time
 *     cancelled:                     # optional; each must be one of the meetings
 *       - 2017-01-16
 * </pre>
 *
 * Every problem is reported with the file and the key, e.g. {@code forums.das.meetings[3]}.
 */
public final class MeetingCalendarFile {

  public static final Pattern FORUM_ID = Pattern.compile("[a-z0-9-]+");
  static final String NAME = "name";
  static final String MATERIAL_DEADLINE = "material-deadline-working-days";
  static final String MEETING_TIME = "meeting-time";
  static final String MEETINGS = "meetings";
  static final String CANCELLED = "cancelled";
  private static final Set<String> FORUM_FIELDS = Set.of(NAME, MATERIAL_DEADLINE, MEETING_TIME, MEETINGS, CANCELLED);
  private static final Pattern MEETING_ENTRY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}[:.]\\d{2}))?");
  private static final int MAX_MATERIAL_DEADLINE = 60;

  private final String source;
  private final WorkingDayCalendar calendar;
  private final LocalTime defaultMeetingTime;

  private MeetingCalendarFile(String source, WorkingDayCalendar calendar, LocalTime defaultMeetingTime) {
    this.source = source;
    this.calendar = calendar;
    this.defaultMeetingTime = defaultMeetingTime;
  }

  /** Parses and validates; the forums come back in file order, each with its meetings in date order. */
  public static List<Forum> parse(InputStream in, String source, WorkingDayCalendar calendar, LocalTime defaultMeetingTime) {
    return new MeetingCalendarFile(source, calendar, defaultMeetingTime).parse(in);
  }

  private List<Forum> parse(InputStream in) {
    JsonNode root;
    try {
      YAMLMapper mapper = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
      root = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw error("", "not readable as YAML" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw error("", "cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw error("", "the file is empty; it must contain 'forums:'");
    }
    if (!root.isObject()) {
      throw error("", "the file must be a mapping with the key 'forums'");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("forums")) {
        throw error(key, "unknown key (the only top-level key is 'forums')");
      }
    }
    JsonNode forums = root.get("forums");
    if (forums == null || forums.isNull()) {
      throw error("forums", "missing; list the forums under 'forums:'");
    }
    if (!forums.isObject()) {
      throw error("forums", "must be a mapping from forum id to forum");
    }
    Map<String, Forum> result = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = forums.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String key = "forums." + id;
      if (!FORUM_ID.matcher(id).matches()) {
        throw error(key, "forum id must consist of a-z, 0-9 and '-' only");
      }
      result.put(id, forum(id, key, entry.getValue()));
    }
    return List.copyOf(result.values());
  }

  private Forum forum(String id, String key, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw error(key, "must be a mapping with " + String.join(", ", List.of(NAME, MATERIAL_DEADLINE, MEETINGS)));
    }
    for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!FORUM_FIELDS.contains(field)) {
        throw error(key + "." + field, "unknown field (known: name, material-deadline-working-days, meeting-time, meetings, cancelled)");
      }
    }
    String name = id.toUpperCase();
    JsonNode nameNode = node.get(NAME);
    if (nameNode != null && !nameNode.isNull()) {
      if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
        throw error(key + "." + NAME, "must be a non-empty text");
      }
      name = nameNode.asText().trim();
    }
    JsonNode deadlineNode = node.get(MATERIAL_DEADLINE);
    if (deadlineNode == null || deadlineNode.isNull()) {
      throw error(key + "." + MATERIAL_DEADLINE, "missing; how many working days before a meeting must its material be sent?");
    }
    if (!deadlineNode.isIntegralNumber() || deadlineNode.asInt() < 0 || deadlineNode.asInt() > MAX_MATERIAL_DEADLINE) {
      throw error(key + "." + MATERIAL_DEADLINE, "'" + deadlineNode.asText() + "' must be a whole number of working days from 0 to " + MAX_MATERIAL_DEADLINE);
    }
    LocalTime forumTime = defaultMeetingTime;
    JsonNode timeNode = node.get(MEETING_TIME);
    if (timeNode != null && !timeNode.isNull()) {
      forumTime = time(timeNode.asText(), key + "." + MEETING_TIME);
    }

    List<Meeting> parsed = new ArrayList<>();
    Set<LocalDate> dates = new HashSet<>();
    JsonNode meetingsNode = node.get(MEETINGS);
    List<ParsedEntry> entries = entries(meetingsNode, key + "." + MEETINGS, true);
    for (ParsedEntry entry : entries) {
      if (!dates.add(entry.date())) {
        throw error(entry.key(), DanishDates.format(entry.date()) + " (" + entry.date() + ") is listed more than once for " + id);
      }
      parsed.add(new Meeting(id, entry.date(), entry.time() == null ? forumTime : entry.time(), false));
    }
    Set<LocalDate> cancelled = new HashSet<>();
    for (ParsedEntry entry : entries(node.get(CANCELLED), key + "." + CANCELLED, false)) {
      if (!dates.contains(entry.date())) {
        throw error(entry.key(), entry.date() + " is not one of the meetings of " + id + "; add it under meetings too");
      }
      if (!cancelled.add(entry.date())) {
        throw error(entry.key(), entry.date() + " is cancelled more than once");
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : parsed) {
      meetings.add(cancelled.contains(meeting.date())
          ? new Meeting(id, meeting.date(), meeting.time(), true)
          : meeting);
    }
    meetings.sort(Comparator.comparing(Meeting::date));
    return new Forum(id, name, deadlineNode.asInt(), forumTime, meetings);
  }

  private record ParsedEntry(String key, LocalDate date, LocalTime time) {}

  private List<ParsedEntry> entries(JsonNode list, String key, boolean timesAllowed) {
    List<ParsedEntry> result = new ArrayList<>();
    if (list == null || list.isNull()) {
      return result;
    }
    if (!list.isArray()) {
      throw error(key, "must be a list of dates (one '- YYYY-MM-DD' per line)");
    }
    for (int i = 0; i < list.size(); i++) {
      String entryKey = key + "[" + i + "]";
      JsonNode item = list.get(i);
      if (!item.isTextual()) {
        throw error(entryKey, "'" + item.asText() + "' is not a date (expected YYYY-MM-DD" + (timesAllowed ? " or YYYY-MM-DD HH:MM" : "") + ")");
      }
      String text = item.asText().trim();
      Matcher matcher = MEETING_ENTRY.matcher(text);
      if (!matcher.matches() || (!timesAllowed && matcher.group(2) != null)) {
        throw error(entryKey, "'" + text + "' is not a date (expected YYYY-MM-DD" + (timesAllowed ? " or YYYY-MM-DD HH:MM" : "") + ")");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(matcher.group(1));
      } catch (DateTimeParseException e) {
        throw error(entryKey, "'" + text + "' is not a valid calendar date");
      }
      if (!calendar.isSupported(date)) {
        throw error(entryKey, date + " is outside the supported years " + calendar.firstYear() + "-" + calendar.lastYear()
            + " (rammeflow.calendar.first-year/last-year)");
      }
      LocalTime time = matcher.group(2) == null ? null : time(matcher.group(2), entryKey);
      result.add(new ParsedEntry(entryKey, date, time));
    }
    return result;
  }

  private LocalTime time(String text, String key) {
    String normalized = text.trim().replace('.', ':');
    if (normalized.length() == 4) {
      normalized = "0" + normalized;
    }
    try {
      return LocalTime.parse(normalized);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not a time of day (expected HH:MM, e.g. \"13:00\")");
    }
  }

  private MeetingCalendarFileException error(String key, String problem) {
    return new MeetingCalendarFileException(source, key, problem);
  }
}
