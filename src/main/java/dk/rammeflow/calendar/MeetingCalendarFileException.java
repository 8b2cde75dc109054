package dk.rammeflow.calendar;

/** The meeting calendar file is malformed; the message (English, for the operator) names the file and the key. */
public class MeetingCalendarFileException extends IllegalStateException {

  public MeetingCalendarFileException(String source, String key, String problem) {
    super("Meeting calendar " + source + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
  }
}
