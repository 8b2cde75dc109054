package dk.rammeflow.web;

import dk.rammeflow.calendar.BackwardPlanner;
import dk.rammeflow.calendar.CalendarFixture;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.calendar.WorkingDayCalendar;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.reference.ReferenceDataLoader;
import dk.rammeflow.process.ProcessClient;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.unit.DataSize;

/**
 * What a web slice of a process's API needs besides the process package: the real calendar (today 22 November
 * 2026), the real reference data, a document store and the material reader in the test's data directory.
 * The Camunda client points at no engine: these tests send only requests that are refused before anything
 * starts, so it is never called (a call would fail the test with a connection error).
 */
@TestConfiguration
public class ApiSliceSupport {

  private final CalendarFixture calendar = CalendarFixture.standard();

  /** Any signed-in caller, no CSRF: the application's access rules are tested in the security package. */
  @Bean
  SecurityFilterChain signedInCallers(HttpSecurity http) throws Exception {
    return http.csrf(csrf -> csrf.disable()).authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
  }

  @Bean
  CalendarTime calendarTime() {
    return calendar.time();
  }

  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return calendar.calendar();
  }

  @Bean
  MeetingCalendar meetingCalendar() {
    return calendar.meetings();
  }

  @Bean
  DeadlineService deadlineService() {
    return calendar.deadlines();
  }

  @Bean
  BackwardPlanner backwardPlanner() {
    return calendar.planner();
  }

  @Bean
  ReferenceData referenceData() {
    return ReferenceDataLoader.loadDefault();
  }

  @Bean
  DocumentStore documentStore(@Value("${rammeflow.data-dir}") Path dataDir) {
    return new DocumentStore(dataDir, DataSize.ofMegabytes(20));
  }

  @Bean
  MaterialReader materialReader(DocumentStore documents) {
    return new MaterialReader(documents, "http://localhost:8080");
  }

  @Bean(destroyMethod = "close")
  CamundaClient unconnectedCamundaClient() {
    return CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:9")).restAddress(URI.create("http://127.0.0.1:9"))
        .preferRestOverGrpc(false).build();
  }

  @Bean
  ProcessClient processClient(CamundaClient client) {
    return new ProcessClient(client);
  }

  @Bean
  ApiRequestSizeLimit apiRequestSizeLimit() {
    return new ApiRequestSizeLimit(DataSize.ofMegabytes(1));
  }
}
