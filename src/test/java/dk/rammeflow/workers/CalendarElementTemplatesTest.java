package dk.rammeflow.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rammeflow.calendar.CalendarFixture;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The element templates in bpmn/calendar/element-templates match the worker methods they configure. */
class CalendarElementTemplatesTest {

  private static final CalendarFixture FIXTURE = CalendarFixture.standard();

  static Stream<Arguments> templates() {
    CalendarWorkers workers = new CalendarWorkers(FIXTURE.deadlines(), FIXTURE.planner(), FIXTURE.meetings(), FIXTURE.time());
    Map<String, Object> deadline = workers.computeDeadline("2027-02-01", null, 4, null, null, null, "warn");
    Map<String, Object> meeting = workers.findNextMeeting("das", null);
    Map<String, Object> plan = workers.planBackwards("2027-07-01", List.of(Map.of("label", "KKR", "forum", "kkr")), null, null);
    return Stream.of(
        Arguments.of("rammeflow-calendar-deadline.json", "rammeflow-calendar-deadline", deadline.keySet()),
        Arguments.of("rammeflow-calendar-next-meeting.json", "rammeflow-calendar-next-meeting", meeting.keySet()),
        Arguments.of("rammeflow-calendar-backward-plan.json", "rammeflow-calendar-backward-plan", plan.keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void templateMatchesItsWorker(String file, String jobType, Set<String> outputs) throws IOException {
    JsonNode template;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/calendar/element-templates/" + file)) {
      assertThat(in).as(file + " on the classpath").isNotNull();
      template = new ObjectMapper().readTree(in);
    }
    Method method = Stream.of(CalendarWorkers.class.getMethods())
        .filter(m -> m.isAnnotationPresent(JobWorker.class) && m.getAnnotation(JobWorker.class).type().equals(jobType))
        .findFirst().orElseThrow();
    List<String> variables = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      variables.add(parameter.getAnnotation(Variable.class).name());
    }
    assertThat(template.path("engines").path("camunda").asText()).isEqualTo("^8.8");
    assertThat(template.path("elementType").path("value").asText()).isEqualTo("bpmn:ServiceTask");

    List<String> inputs = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      switch (binding.path("type").asText()) {
        case "zeebe:taskDefinition" -> assertThat(property.path("value").asText())
            .isEqualTo(method.getAnnotation(JobWorker.class).type());
        case "zeebe:input" -> inputs.add(binding.path("name").asText());
        case "zeebe:output" -> assertThat(outputs).contains(binding.path("source").asText().substring(1));
        default -> throw new AssertionError("unexpected binding " + binding);
      }
    }
    assertThat(inputs).containsExactlyInAnyOrderElementsOf(variables);
  }
}
