package dk.rammeflow.calendar;

/**
 * Bad input to the calendar capability. The message is Danish and written for the user who gave the
 * input (a process owner, the secretariat); it never contains technical exception text, so callers may
 * show it as it is (REST problem detail, BPMN error message).
 */
public class CalendarException extends RuntimeException {

  public CalendarException(String danishMessage) {
    super(danishMessage);
  }

  public String danishMessage() {
    return getMessage();
  }
}
