package dk.rammeflow.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the calendar capability under {@code /api/calendar}. Dates in and out are ISO
 * ({@code 2026-07-01}); answers also carry Danish texts. Bad input gives 400 with an
 * {@code application/problem+json} body whose {@code title} and {@code detail} are Danish.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType TEXT_HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final WorkingDayCalendar calendar;
  private final HearingPeriods hearings;
  private final MeetingCalendar meetings;
  private final BackwardPlanner planner;
  private final DeadlineService deadlines;
  private final CalendarTime time;

  public CalendarController(WorkingDayCalendar calendar, HearingPeriods hearings, MeetingCalendar meetings,
      BackwardPlanner planner, DeadlineService deadlines, CalendarTime time) {
    this.calendar = calendar;
    this.hearings = hearings;
    this.meetings = meetings;
    this.planner = planner;
    this.deadlines = deadlines;
    this.time = time;
  }

  /** Is the day a working day, and if not, why. */
  @GetMapping("/days/{date}")
  public Map<String, Object> day(@PathVariable String date) {
    LocalDate day = calendar.requireSupported(CalendarInputs.requiredDate(date, "date"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", day.toString());
    out.put("text", DanishDates.formatWithWeekday(day));
    out.put("workingDay", calendar.isWorkingDay(day));
    out.put("closedReason", calendar.reasonClosed(day).orElse(null));
    return out;
  }

  /** Public holidays and configured closed days of a year. */
  @GetMapping("/holidays/{year}")
  public List<Map<String, Object>> holidays(@PathVariable String year) {
    Integer y = CalendarInputs.integer(year, "year");
    if (y == null || y < calendar.firstYear() || y > calendar.lastYear()) {
      throw new CalendarException("Året " + year + " ligger uden for kalenderens år (" + calendar.firstYear() + "–"
          + calendar.lastYear() + ").");
    }
    return calendar.closedDays(y).stream().map(h -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("date", h.date().toString());
      out.put("name", h.name());
      out.put("publicHoliday", h.publicHoliday());
      out.put("text", DanishDates.formatWithWeekday(h.date()));
      return out;
    }).toList();
  }

  /** {@code days} working days after {@code from} (negative: before). */
  @GetMapping("/working-days/add")
  public Map<String, Object> addWorkingDays(@RequestParam(required = false) String from,
      @RequestParam(required = false) String days) {
    LocalDate start = CalendarInputs.requiredDate(from, "from");
    Integer n = CalendarInputs.integer(days, "days");
    if (n == null) {
      throw new CalendarException("days mangler.");
    }
    LocalDate result = calendar.addWorkingDays(start, n);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", start.toString());
    out.put("days", n);
    out.put("result", result.toString());
    out.put("resultText", DanishDates.formatWithWeekday(result));
    return out;
  }

  /** The first working day on or after a date. */
  @GetMapping("/working-days/next")
  public Map<String, Object> nextWorkingDay(@RequestParam(required = false) String onOrAfter) {
    LocalDate date = CalendarInputs.requiredDate(onOrAfter, "onOrAfter");
    LocalDate result = calendar.nextWorkingDayOnOrAfter(date);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("onOrAfter", date.toString());
    out.put("result", result.toString());
    out.put("resultText", DanishDates.formatWithWeekday(result));
    return out;
  }

  /** Working days after {@code from} up to and including {@code to}. */
  @GetMapping("/working-days/between")
  public Map<String, Object> workingDaysBetween(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    LocalDate a = CalendarInputs.requiredDate(from, "from");
    LocalDate b = CalendarInputs.requiredDate(to, "to");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", a.toString());
    out.put("to", b.toString());
    out.put("workingDays", calendar.workingDaysBetween(a, b));
    return out;
  }

  /** A deadline and its reminders, as the {@code rammeflow-calendar-deadline} worker computes it. */
  @GetMapping("/deadline")
  public Map<String, Object> deadline(@RequestParam(required = false) String start,
      @RequestParam(required = false) String days, @RequestParam(required = false) String weeks,
      @RequestParam(required = false) String workingDays, @RequestParam(required = false) String deadline,
      @RequestParam(required = false) String reminders, @RequestParam(required = false) String hearingRules) {
    DeadlineRequest request = new DeadlineRequest(CalendarInputs.date(start, "start"),
        CalendarInputs.integer(days, "days"), CalendarInputs.integer(weeks, "weeks"),
        CalendarInputs.integer(workingDays, "workingDays"), CalendarInputs.date(deadline, "deadline"),
        CalendarInputs.integers(reminders, "reminders"), CalendarInputs.hearingRules(hearingRules));
    return CalendarViews.deadline(deadlines.compute(request));
  }

  /** Checks a hearing period; without {@code deadline}, checks the default period. */
  @GetMapping("/hearing-period")
  public Map<String, Object> hearingPeriod(@RequestParam(required = false) String start,
      @RequestParam(required = false) String deadline) {
    LocalDate from = CalendarInputs.date(start, "start");
    from = from == null ? time.today() : from;
    LocalDate until = CalendarInputs.date(deadline, "deadline");
    until = until == null ? hearings.defaultDeadline(from) : until;
    return CalendarViews.hearingCheck(hearings.check(from, until));
  }

  /** The forums of the meeting calendar. */
  @GetMapping("/meetings")
  public List<Map<String, Object>> forums() {
    return meetings.forums().stream().map(forum -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", forum.id());
      out.put("name", forum.name());
      out.put("materialDeadlineWorkingDays", forum.materialDeadlineWorkingDays());
      out.put("meetingTime", forum.meetingTime().toString());
      out.put("meetings", forum.meetings().size());
      out.put("cancelled", forum.meetings().stream().filter(Meeting::cancelled).count());
      return out;
    }).toList();
  }

  /** One forum's meetings, optionally from/to (inclusive). */
  @GetMapping("/meetings/{forum}")
  public Map<String, Object> forum(@PathVariable String forum, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Forum f = meetings.forum(forum);
    List<Meeting> list = meetings.meetings(f.id(), CalendarInputs.date(from, "from"), CalendarInputs.date(to, "to"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", f.id());
    out.put("name", f.name());
    out.put("materialDeadlineWorkingDays", f.materialDeadlineWorkingDays());
    out.put("meetings", list.stream().map(m -> CalendarViews.meeting(m, meetings.materialDeadline(f, m.date()))).toList());
    return out;
  }

  /** The next meeting of the forum that material prepared from {@code onOrAfter} (default today) can reach. */
  @GetMapping("/meetings/{forum}/next")
  public Map<String, Object> nextMeeting(@PathVariable String forum, @RequestParam(required = false) String onOrAfter) {
    LocalDate date = CalendarInputs.date(onOrAfter, "onOrAfter");
    return CalendarViews.meetingSlot(meetings.nextMeeting(forum, date == null ? time.today() : date));
  }

  /** The meeting after the forum's meeting on {@code date}. */
  @GetMapping("/meetings/{forum}/after/{date}")
  public Map<String, Object> meetingAfter(@PathVariable String forum, @PathVariable String date) {
    return CalendarViews.meetingSlot(meetings.meetingAfter(forum, CalendarInputs.requiredDate(date, "date")));
  }

  /**
   * Backward plan. Body: {@code {"title", "target", "chain", "notBefore"}} (see {@link CalendarInputs#planRequest}).
   * JSON by default; the tidsplan as CSV or HTML with {@code ?format=csv|html} or {@code Accept: text/csv|text/html}.
   */
  @PostMapping("/plan")
  public ResponseEntity<?> plan(@RequestBody(required = false) Map<String, Object> body,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Plan plan = planner.plan(CalendarInputs.planRequest(body));
    String chosen = chooseFormat(format, accept);
    return switch (chosen) {
      case "csv" -> ResponseEntity.ok()
          .contentType(TEXT_CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename("tidsplan.csv", StandardCharsets.UTF_8).build().toString())
          // The byte-order mark makes Excel read the file as UTF-8 (æ, ø, å).
          .body("\uFEFF" + TidsplanRenderer.csv(plan));
      case "html" -> ResponseEntity.ok().contentType(TEXT_HTML).body(TidsplanRenderer.html(plan));
      default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CalendarViews.plan(plan));
    };
  }

  static String chooseFormat(String format, String accept) {
    if (format != null && !format.isBlank()) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (f.equals("csv") || f.equals("html") || f.equals("json")) {
        return f;
      }
      throw new CalendarException("format: '" + CalendarInputs.abbreviate(format) + "' er ukendt. Brug json, csv eller html.");
    }
    if (accept != null) {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
          return "json";
        }
        if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
          return "csv";
        }
        if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
          return "html";
        }
      }
    }
    return "json";
  }
}
