package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingCalendarFileTest {

  @TempDir
  Path dir;

  private MeetingCalendar load(String yaml) throws IOException {
    Path file = dir.resolve("meetings.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return CalendarFixture.on(file.toUri().toString(), LocalDate.of(2026, 11, 22)).meetings();
  }

  private String location() {
    return dir.resolve("meetings.yaml").toUri().toString();
  }

  private static String das(String fields) {
    return "forums:\n  das:\n    name: DAS\n    " + fields;
  }

  @Test
  void readsAWellFormedFile() throws IOException {
    MeetingCalendar calendar = load("""
        forums:
          das:
            name: Den Administrative Styregruppe (DAS)
            material-deadline-working-days: 5
            meeting-time: "13:00"
            meetings:
              - 2026-11-19
              - 2026-10-01 09.30
              - 2027-01-21
            cancelled:
              - 2027-01-21
          kb-aalborg:
            material-deadline-working-days: 10
            meetings: []
        """);
    Forum das = calendar.forum("das");
    assertThat(das.meetings()).extracting(Meeting::date)
        .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 19), LocalDate.of(2027, 1, 21));
    assertThat(das.meetings()).extracting(Meeting::time)
        .containsExactly(LocalTime.of(9, 30), LocalTime.of(13, 0), LocalTime.of(13, 0));
    assertThat(das.meetings()).extracting(Meeting::cancelled).containsExactly(false, false, true);
    assertThat(calendar.forum("kb-aalborg").name()).isEqualTo("KB-AALBORG");
    assertThat(calendar.forum("kb-aalborg").meetings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      duplicate date            | material-deadline-working-days: 5\\n    meetings:\\n      - 2026-11-19\\n      - 2026-11-19 | forums.das.meetings[1]: 19. november 2026 (2026-11-19) is listed more than once for das
      cancelled not a meeting   | material-deadline-working-days: 5\\n    meetings:\\n      - 2026-11-19\\n    cancelled:\\n      - 2026-11-20 | forums.das.cancelled[0]: 2026-11-20 is not one of the meetings of das
      unknown field             | material-deadline-working-days: 5\\n    meeting:\\n      - 2026-11-19 | forums.das.meeting: unknown field
      not a date                | material-deadline-working-days: 5\\n    meetings:\\n      - 19-11-2026 | forums.das.meetings[0]: '19-11-2026' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)
      impossible date           | material-deadline-working-days: 5\\n    meetings:\\n      - 2026-02-30 | forums.das.meetings[0]: '2026-02-30' is not a valid calendar date
      outside the years         | material-deadline-working-days: 5\\n    meetings:\\n      - 2016-11-17 | forums.das.meetings[0]: 2016-11-17 is outside the supported years 2017-2040
      missing material deadline | meetings:\\n      - 2026-11-19 | forums.das.material-deadline-working-days: missing
      negative material deadline| material-deadline-working-days: -1\\n    meetings: [] | forums.das.material-deadline-working-days: '-1' must be a whole number
      bad meeting time          | material-deadline-working-days: 5\\n    meeting-time: "25:00"\\n    meetings: [] | forums.das.meeting-time: '25:00' is not a time of day
      time on a cancellation    | material-deadline-working-days: 5\\n    meetings:\\n      - 2026-11-19\\n    cancelled:\\n      - 2026-11-19 13:00 | forums.das.cancelled[0]: '2026-11-19 13:00' is not a date (expected YYYY-MM-DD)
      meetings not a list       | material-deadline-working-days: 5\\n    meetings: 2026-11-19 | forums.das.meetings: must be a list of dates
      """)
  void namesTheFileAndTheKeyOfEveryProblem(String problem, String fields, String expected) throws IOException {
    String yaml = das(fields.replace("\\n", "\n") + "\n");
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(MeetingCalendarFileException.class)
        .hasMessageStartingWith("Meeting calendar " + location() + ": ")
        .hasMessageContaining(expected);
  }

  @Test
  void rejectsBadForumIdsDuplicateForumsAndUnknownTopLevelKeys() {
    assertThatThrownBy(() -> load("forums:\n  DAS Social:\n    material-deadline-working-days: 5\n"))
        .isInstanceOf(MeetingCalendarFileException.class)
        .hasMessageContaining("forums.DAS Social: forum id must consist of a-z, 0-9 and '-' only");
    assertThatThrownBy(() -> load("forums:\n  das:\n    material-deadline-working-days: 5\n  das:\n    material-deadline-working-days: 3\n"))
        .isInstanceOf(MeetingCalendarFileException.class)
        .hasMessageContaining("not readable as YAML").hasMessageContaining("das");
    assertThatThrownBy(() -> load("fora:\n  das:\n    material-deadline-working-days: 5\n"))
        .isInstanceOf(MeetingCalendarFileException.class)
        .hasMessageContaining("fora: unknown key (the only top-level key is 'forums')");
    assertThatThrownBy(() -> load(""))
        .isInstanceOf(MeetingCalendarFileException.class).hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> load("forums:\n  das: [\n"))
        .isInstanceOf(MeetingCalendarFileException.class).hasMessageContaining("not readable as YAML (line");
  }

  @Test
  void aMissingFileStopsStartupWithItsLocation() {
    assertThatThrownBy(() -> CalendarFixture.on("classpath:calendar/no-such-file.yaml", LocalDate.of(2026, 11, 22)))
        .isInstanceOf(MeetingCalendarFileException.class)
        .hasMessage("Meeting calendar classpath:calendar/no-such-file.yaml: file not found (rammeflow.calendar.meetings-location)");
  }
}
