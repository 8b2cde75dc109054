package dk.rammeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

  private final MeetingCalendar meetings = CalendarFixture.standard().meetings();
  private final MeetingCalendar year2023 =
      CalendarFixture.on("classpath:calendar/year-2023-meetings.yaml", LocalDate.of(2023, 1, 10)).meetings();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theShippedCalendarHasTheForumsOfTheCooperation() {
    assertThat(meetings.forums()).extracting(Forum::id).contains("fu", "das", "kdk", "kkr", "regionsraadet",
        "kb-aalborg", "kb-broenderslev", "kb-frederikshavn", "kb-hjoerring", "kb-jammerbugt", "kb-laesoe",
        "kb-mariagerfjord", "kb-morsoe", "kb-rebild", "kb-thisted", "kb-vesthimmerland");
    assertThat(meetings.forum("das").materialDeadlineWorkingDays()).isEqualTo(5);
    assertThat(meetings.meetings("das", d("2023-01-01"), d("2023-12-31"))).extracting(Meeting::date)
        .containsExactly(d("2023-01-20"), d("2023-03-31"), d("2023-06-01"), d("2023-08-21"));
    assertThat(meetings.meetings("das", d("2025-01-01"), d("2025-12-31"))).extracting(Meeting::date)
        .containsExactly(d("2025-05-22"), d("2025-10-02"), d("2025-11-17"));
    assertThat(meetings.meetings("kkr", d("2023-01-01"), d("2023-12-31"))).extracting(Meeting::date)
        .containsExactly(d("2023-02-10"), d("2023-06-23"));
  }

  @Test
  void theShippedCalendarHasMeetingsAfterToday() {
    for (String forum : new String[] {"fu", "das", "kdk", "kkr", "regionsraadet", "kb-aalborg"}) {
      assertThat(meetings.nextMeeting(forum, d("2026-11-22")).date()).isAfter(d("2026-11-22"));
      assertThat(meetings.nextMeeting(forum, d("2027-06-01")).date()).isBefore(d("2028-01-01"));
    }
  }

  @Test
  void nextMeetingLeavesTimeForTheMaterial() {
    // DAS 31 March 2023: material one week (5 working days) before, i.e. by Friday 24 March
    MeetingSlot slot = meetings.nextMeeting("das", d("2023-03-24"));
    assertThat(slot.date()).isEqualTo(d("2023-03-31"));
    assertThat(slot.materialDeadline()).isEqualTo(d("2023-03-24"));
    assertThat(CalendarTime.iso(slot.at())).isEqualTo("2023-03-31T09:00:00+02:00");
    assertThat(CalendarTime.iso(slot.materialDeadlineAt())).isEqualTo("2023-03-24T23:59:59+01:00");
    // from Monday 27 March the material no longer reaches 31 March; next is 1 June (deadline 24 May, Pinse)
    MeetingSlot later = meetings.nextMeeting("das", d("2023-03-27"));
    assertThat(later.date()).isEqualTo(d("2023-06-01"));
    assertThat(later.materialDeadline()).isEqualTo(d("2023-05-24"));
  }

  @Test
  void nextMeetingSkipsCancelledMeetings() {
    // the DAS meeting of 16 January 2017 was cancelled (seed 003)
    MeetingSlot slot = meetings.nextMeeting("das", d("2017-01-02"));
    assertThat(slot.date()).isEqualTo(d("2017-03-02"));
    assertThat(slot.skippedCancelled()).containsExactly(d("2017-01-16"));
    assertThat(CalendarTime.iso(slot.at())).isEqualTo("2017-03-02T13:00:00+01:00");

    MeetingSlot autumn = year2023.nextMeeting("das", d("2023-08-22"));
    assertThat(autumn.date()).isEqualTo(d("2023-11-23"));
    assertThat(autumn.skippedCancelled()).containsExactly(d("2023-10-05"));
  }

  @Test
  void theMeetingAfterAGivenOne() {
    assertThat(meetings.meetingAfter("das", d("2023-01-20")).date()).isEqualTo(d("2023-03-31"));
    assertThat(meetings.meetingAfter("fu", d("2023-03-09")).date()).isEqualTo(d("2023-05-08"));
    // a cancelled meeting is still "a given meeting" to count from
    assertThat(meetings.meetingAfter("das", d("2017-01-16")).date()).isEqualTo(d("2017-03-02"));
    assertThat(year2023.meetingAfter("das", d("2023-08-21")).date()).isEqualTo(d("2023-11-23"));
  }

  @Test
  void lookupsGiveDanishMessagesForBadInput() {
    assertThatThrownBy(() -> meetings.nextMeeting("das-social", d("2026-11-22")))
        .isInstanceOf(CalendarException.class)
        .hasMessageStartingWith("Ukendt forum 'das-social'. Mødekalenderen kender: fu, das, kdk, kkr,");
    assertThatThrownBy(() -> meetings.nextMeeting(" ", d("2026-11-22")))
        .isInstanceOf(CalendarException.class).hasMessage("Der mangler et forum.");
    assertThatThrownBy(() -> meetings.nextMeeting("das", d("2050-01-01")))
        .isInstanceOf(CalendarException.class)
        .hasMessage("Datoen 1. januar 2050 ligger uden for kalenderens år (2017–2040).");
    assertThatThrownBy(() -> meetings.meetingAfter("das", d("2023-03-30")))
        .isInstanceOf(CalendarException.class)
        .hasMessage("Den Administrative Styregruppe (DAS) har intet møde den 30. marts 2023 i mødekalenderen.");
    assertThatThrownBy(() -> year2023.nextMeeting("dialogforum", d("2023-01-10")))
        .isInstanceOf(CalendarException.class)
        .hasMessage("Mødekalenderen har ingen mødedatoer for Dialogforum. Tilføj møderne i mødekalenderen.");
    assertThatThrownBy(() -> year2023.nextMeeting("kkr", d("2023-12-11")))
        .isInstanceOf(CalendarException.class)
        .hasMessageStartingWith("Mødekalenderen har intet møde i KKR Nordjylland, som materiale fra 11. december 2023 kan nå frem til.")
        .hasMessageContaining("15. december 2023 (frist for materiale 8. december 2023)");
    assertThatThrownBy(() -> year2023.meetingAfter("kkr", d("2023-12-15")))
        .isInstanceOf(CalendarException.class).hasMessageContaining("intet møde i KKR Nordjylland efter mødet 15. december 2023");
  }

  @Test
  void forumIdsAreCaseInsensitiveAndTrimmed() {
    assertThat(meetings.nextMeeting(" DAS ", d("2023-03-24")).forumId()).isEqualTo("das");
  }
}
