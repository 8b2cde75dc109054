package dk.rammeflow.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

// The controller alone: sign-in and access rules are tested against the whole application (dk.rammeflow.security).
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = CalendarController.class)
@Import(CalendarControllerTest.Services.class)
class CalendarControllerTest {

  @TestConfiguration
  static class Services {
    private final CalendarFixture fixture = CalendarFixture.standard();

    @Bean
    WorkingDayCalendar workingDayCalendar() {
      return fixture.calendar();
    }

    @Bean
    HearingPeriods hearingPeriods() {
      return fixture.hearings();
    }

    @Bean
    MeetingCalendar meetingCalendar() {
      return fixture.meetings();
    }

    @Bean
    BackwardPlanner backwardPlanner() {
      return fixture.planner();
    }

    @Bean
    DeadlineService deadlineService() {
      return fixture.deadlines();
    }

    @Bean
    CalendarTime calendarTime() {
      return fixture.time();
    }
  }

  private static final String CU_2023 = """
      {
        "title": "Besvarelse af Central Udmelding 2023",
        "target": {"date": "2023-07-01", "label": "Besvarelserne sendes til Socialstyrelsen"},
        "notBefore": "2023-01-20",
        "chain": [
          {"label": "Dialogmøde", "workingDays": 1},
          {"label": "Første udkast", "workingDays": 15, "gapWorkingDays": 4},
          {"label": "Opfølgningsmøde", "workingDays": 1},
          {"label": "FU drøfter første udkast", "forum": "fu"},
          {"label": "DAS drøfter første udkast", "forum": "das"},
          {"label": "KL's Koordinationsforum", "date": "2023-04-14"},
          {"label": "Udkastet tilrettes", "days": 17},
          {"label": "FU godkender", "forum": "fu"},
          {"label": "DAS godkender", "forum": "das"},
          {"label": "KDK", "forum": "kdk"},
          {"label": "KKR", "forum": "kkr"}
        ]
      }
      """;

  @Autowired
  MockMvc mvc;

  private ResultActions expectProblem(ResultActions result, int status, String detail) throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Ugyldigt input til kalenderen"))
        .andExpect(jsonPath("$.detail").value(detail))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void addsWorkingDaysAcrossTheYearEnd() throws Exception {
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2026-12-30").param("days", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("2027-01-04"))
        .andExpect(jsonPath("$.resultText").value("mandag den 4. januar 2027"));
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2023-06-01").param("days", "-5"))
        .andExpect(jsonPath("$.result").value("2023-05-24"));
  }

  @Test
  void nextWorkingDayAndWorkingDaysBetween() throws Exception {
    mvc.perform(get("/api/calendar/working-days/next").param("onOrAfter", "2027-03-26"))
        .andExpect(jsonPath("$.result").value("2027-03-30"));
    mvc.perform(get("/api/calendar/working-days/between").param("from", "2026-12-18").param("to", "2027-01-08"))
        .andExpect(jsonPath("$.workingDays").value(11));
  }

  @Test
  void describesDaysAndHolidays() throws Exception {
    mvc.perform(get("/api/calendar/days/2026-06-05"))
        .andExpect(jsonPath("$.workingDay").value(false))
        .andExpect(jsonPath("$.closedReason").value("Grundlovsdag"))
        .andExpect(jsonPath("$.text").value("fredag den 5. juni 2026"));
    mvc.perform(get("/api/calendar/holidays/2023"))
        .andExpect(jsonPath("$[*].name", hasItem("Store Bededag")));
    mvc.perform(get("/api/calendar/holidays/2024"))
        .andExpect(jsonPath("$[*].name", not(hasItem("Store Bededag"))))
        .andExpect(jsonPath("$[0].date").value("2024-01-01"));
  }

  @Test
  void badDatesAndMissingParametersGiveDanishProblems() throws Exception {
    expectProblem(mvc.perform(get("/api/calendar/working-days/add").param("from", "2050-01-01").param("days", "1")),
        400, "Datoen 1. januar 2050 ligger uden for kalenderens år (2017–2040).");
    expectProblem(mvc.perform(get("/api/calendar/working-days/add").param("from", "30-12-2026").param("days", "1")),
        400, "from: '30-12-2026' er ikke en dato. Brug formatet ÅÅÅÅ-MM-DD, fx 2026-07-01.");
    expectProblem(mvc.perform(get("/api/calendar/working-days/add").param("days", "1")), 400, "from mangler.");
    expectProblem(mvc.perform(get("/api/calendar/working-days/add").param("from", "2026-12-30").param("days", "en")),
        400, "days: 'en' er ikke et helt tal.");
    expectProblem(mvc.perform(get("/api/calendar/holidays/2016")), 400, "Året 2016 ligger uden for kalenderens år (2017–2040).");
  }

  @Test
  void computesADeadlineWithReminders() throws Exception {
    mvc.perform(get("/api/calendar/deadline").param("start", "2027-02-01").param("weeks", "4").param("reminders", "5,1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2027-03-01"))
        .andExpect(jsonPath("$.deadlineAt").value("2027-03-01T23:59:59+01:00"))
        .andExpect(jsonPath("$.deadlineText").value("mandag den 1. marts 2027"))
        .andExpect(jsonPath("$.reminders[0]").value("2027-02-22T09:00:00+01:00"))
        .andExpect(jsonPath("$.reminders[1]").value("2027-02-26T09:00:00+01:00"));
    expectProblem(mvc.perform(get("/api/calendar/deadline").param("weeks", "4").param("days", "3")),
        400, "Angiv kun én af: antal dage, antal uger, antal arbejdsdage eller en fast frist.");
  }

  @Test
  void checksHearingPeriods() throws Exception {
    mvc.perform(get("/api/calendar/hearing-period").param("start", "2027-06-21").param("deadline", "2027-07-19"))
        .andExpect(jsonPath("$.ok").value(false))
        .andExpect(jsonPath("$.holidays[0].name").value("sommerferien (uge 28–31)"))
        .andExpect(jsonPath("$.proposedDeadline").value("2027-08-16"))
        .andExpect(jsonPath("$.proposedDeadlineText").value("mandag den 16. august 2027"));
    mvc.perform(get("/api/calendar/hearing-period").param("start", "2027-02-01"))
        .andExpect(jsonPath("$.deadline").value("2027-03-01"))
        .andExpect(jsonPath("$.ok").value(true));
  }

  @Test
  void findsMeetings() throws Exception {
    mvc.perform(get("/api/calendar/meetings"))
        .andExpect(jsonPath("$[*].id", hasItem("das")))
        .andExpect(jsonPath("$[*].id", hasItem("kb-hjoerring")));
    mvc.perform(get("/api/calendar/meetings/das/next").param("onOrAfter", "2023-03-24"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meetingDate").value("2023-03-31"))
        .andExpect(jsonPath("$.meetingAt").value("2023-03-31T09:00:00+02:00"))
        .andExpect(jsonPath("$.meetingText").value("fredag den 31. marts 2023 kl. 09.00"))
        .andExpect(jsonPath("$.materialDeadline").value("2023-03-24"))
        .andExpect(jsonPath("$.materialDeadlineText").value("fredag den 24. marts 2023"));
    mvc.perform(get("/api/calendar/meetings/das/next"))
        .andExpect(jsonPath("$.meetingDate").value("2027-01-21"));
    mvc.perform(get("/api/calendar/meetings/das/after/2023-01-20"))
        .andExpect(jsonPath("$.meetingDate").value("2023-03-31"));
    mvc.perform(get("/api/calendar/meetings/das").param("from", "2017-01-01").param("to", "2017-12-31"))
        .andExpect(jsonPath("$.meetings[0].date").value("2017-01-16"))
        .andExpect(jsonPath("$.meetings[0].cancelled").value(true))
        .andExpect(jsonPath("$.meetings[1].at").value("2017-03-02T13:00:00+01:00"));
    expectProblem(mvc.perform(get("/api/calendar/meetings/das-social/next")), 400,
        "Ukendt forum 'das-social'. Mødekalenderen kender: " + String.join(", ",
            CalendarFixture.standard().meetings().forums().stream().map(Forum::id).toList()) + ".");
  }

  @Test
  void plansBackwardsAsJson() throws Exception {
    mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON).content(CU_2023))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.fits").value(true))
        .andExpect(jsonPath("$.startBy").value("2023-02-03"))
        .andExpect(jsonPath("$.steps[3].start").value("2023-03-09"))
        .andExpect(jsonPath("$.steps[4].start").value("2023-03-31"))
        .andExpect(jsonPath("$.steps[7].start").value("2023-05-08"))
        .andExpect(jsonPath("$.steps[8].start").value("2023-06-01"))
        .andExpect(jsonPath("$.steps[8].materialDeadlineText").value("24. maj 2023"))
        .andExpect(jsonPath("$.steps[9].start").value("2023-06-08"))
        .andExpect(jsonPath("$.steps[10].start").value("2023-06-23"))
        .andExpect(jsonPath("$.steps[11].kind").value("target"))
        .andExpect(jsonPath("$.steps[11].start").value("2023-07-01"))
        .andExpect(jsonPath("$.steps[6].dateText").value("15. april – 1. maj 2023"));
  }

  @Test
  void plansBackwardsAsCsvOrHtml() throws Exception {
    mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON).accept("text/csv").content(CU_2023))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string("Content-Disposition", containsString("tidsplan.csv")))
        .andExpect(content().string(startsWith("\uFEFFNr.;Dato;Trin;Forum;Frist for materiale;Fra;Til;Bemærkninger\r\n")))
        .andExpect(content().string(containsString("10;8. juni 2023;KDK;Kommunaldirektørkredsen (KDK);2. juni 2023;")));
    mvc.perform(post("/api/calendar/plan").param("format", "html").contentType(MediaType.APPLICATION_JSON).content(CU_2023))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("<h1>Besvarelse af Central Udmelding 2023</h1>")))
        .andExpect(content().string(containsString("<td>23. juni 2023</td><td>KKR</td>")));
    mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML).content(CU_2023))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
  }

  @Test
  void badPlanInputGivesDanishProblemsWhateverTheFormat() throws Exception {
    expectProblem(mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON).content("{\"target\": ")),
        400, "Forespørgslen kunne ikke læses. Send et JSON-objekt med target og chain.");
    expectProblem(mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON).accept("text/csv")
            .content("{\"target\": \"2023-07-01\", \"chain\": [{\"label\": \"DAS\", \"forum\": \"das-social\"}]}")),
        400, "Ukendt forum 'das-social'. Mødekalenderen kender: " + String.join(", ",
            CalendarFixture.standard().meetings().forums().stream().map(Forum::id).toList()) + ".");
    expectProblem(mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON)
            .content("{\"target\": \"2023-07-01\", \"chain\": []}")),
        400, "Planen har ingen trin. Angiv mindst ét trin før målet.");
    expectProblem(mvc.perform(post("/api/calendar/plan").param("format", "pdf").contentType(MediaType.APPLICATION_JSON).content(CU_2023)),
        400, "format: 'pdf' er ukendt. Brug json, csv eller html.");
    expectProblem(mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON)),
        400, "Forespørgslen er tom. Angiv target og chain.");
  }

  @Test
  void aPlanThatDoesNotFitIsAnAnswerNotAnError() throws Exception {
    mvc.perform(post("/api/calendar/plan").contentType(MediaType.APPLICATION_JSON)
            .content("{\"target\": \"2027-01-10\", \"chain\": [{\"label\": \"Høring\", \"kind\": \"hearing\"},"
                + " {\"label\": \"DAS\", \"forum\": \"das\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fits").value(false))
        .andExpect(jsonPath("$.warnings[0]", startsWith("Planen skulle være begyndt")))
        // today is Sunday 22 November 2026: hearing 23 November – 21 December, DAS 21 January 2027
        .andExpect(jsonPath("$.earliestSteps[0].start").value("2026-11-23"))
        .andExpect(jsonPath("$.earliestSteps[0].end").value("2026-12-21"))
        .andExpect(jsonPath("$.earliestSteps[1].start").value("2027-01-21"))
        .andExpect(jsonPath("$.earliestTarget").value("2027-01-22"));
  }
}
