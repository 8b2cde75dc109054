package dk.rammeflow.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The processes' element templates, their workers and the service tasks that use them agree: one worker per job
 * type, every template input is a variable the worker reads, and every task carries its template's type and
 * inputs (the hearing's tasks map only the inputs that differ from the variables in scope).
 */
class ProcessTemplatesTest {

  private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Map<String, String> FOLDERS =
      Map.of("hearing", "hearing-round", "forum", "forum-decision", "cu", "central-notification-response", "social-agreement", "social-agreement",
          "tariff", "tariff-approval");

  static Stream<String> templates() {
    return Stream.of("hearing.prepare", "hearing.notify-party", "hearing.record-response", "hearing.extend-deadline", "hearing.compile-note",
        "hearing.prepare-clarification", "hearing.close",
        "forum.schedule", "forum.send-material", "forum.prepare-written-procedure", "forum.record-decision", "forum.notify-problem",
        "cu.register", "cu.notify-invalid", "cu.plan", "cu.replan", "cu.send-plan", "cu.register-draft", "cu.record-forum-step",
        "cu.prepare-hearing", "cu.record-hearing", "cu.request-council-approval", "cu.submit", "cu.check-council", "cu.remind-council",
        "cu.record-council-approval", "cu.council-deadline-passed", "cu.councils-approved", "cu.answer-follow-up", "cu.close",
        "social-agreement.register", "social-agreement.notify-invalid", "social-agreement.send-plan", "social-agreement.record-forum-step",
        "social-agreement.record-task-step", "social-agreement.prepare-hearing", "social-agreement.record-hearing",
        "social-agreement.request-local-approval", "social-agreement.record-council-decision", "social-agreement.remind-council",
        "social-agreement.local-deadline-passed", "social-agreement.adopt", "social-agreement.register-action-plan",
        "social-agreement.plan-status-report", "social-agreement.record-status-report", "social-agreement.record-status-decision",
        "social-agreement.record-initiative-status",
        "tariff.open-round", "tariff.request", "tariff.remind", "tariff.check-submission", "tariff.prepare-decision", "tariff.record-decision",
        "tariff.publish-annex", "tariff.open-revision", "tariff.inform-das");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void templateWorkerAndTasksAgree(String name) throws Exception {
    String folder = FOLDERS.get(name.substring(0, name.indexOf('.')));
    JsonNode template = json("/bpmn/" + folder + "/element-templates/dk.rammeflow." + name + ".json");
    assertThat(template.path("engines").path("camunda").asText()).isEqualTo("^8.8");
    String type = null;
    List<String> inputs = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      if (binding.path("type").asText().equals("zeebe:taskDefinition") && binding.path("property").asText().equals("type")) {
        type = property.path("value").asText();
      } else if (binding.path("type").asText().equals("zeebe:input")) {
        inputs.add(binding.path("name").asText());
      }
    }
    assertThat(type).startsWith("rammeflow-" + name.substring(0, name.indexOf('.')) + "-");

    List<Method> workers = workerMethods(type);
    assertThat(workers).as("workers for " + type).hasSize(1);
    Method worker = workers.getFirst();
    boolean readsAll = Stream.of(worker.getParameterTypes()).anyMatch(ActivatedJob.class::equals);
    List<String> read = Stream.of(worker.getParameters()).map(p -> p.getAnnotation(Variable.class)).filter(v -> v != null).map(Variable::name).toList();
    if (!readsAll) {
      assertThat(read).containsAll(inputs);
    }

    Map<String, List<String>> tasks = tasksUsing("dk.rammeflow." + name);
    assertThat(tasks).as("service tasks using " + name).isNotEmpty();
    for (Map.Entry<String, List<String>> task : tasks.entrySet()) {
      assertThat(task.getValue()).as(task.getKey()).first().isEqualTo(type);
      List<String> taskInputs = task.getValue().subList(1, task.getValue().size());
      if (name.startsWith("hearing.")) {
        assertThat(inputs).as(task.getKey() + " inputs").containsAll(taskInputs);
      } else {
        assertThat(taskInputs).as(task.getKey() + " inputs").containsExactlyElementsOf(inputs);
      }
    }
  }

  private static List<Method> workerMethods(String type) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    List<Method> found = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("dk.rammeflow.workers")) {
      try {
        for (Method method : Class.forName(candidate.getBeanClassName()).getMethods()) {
          JobWorker annotation = method.getAnnotation(JobWorker.class);
          if (annotation != null && annotation.type().equals(type)) {
            found.add(method);
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  /** Service tasks (by element id) that use the template: job type first, then the input mapping targets. */
  private static Map<String, List<String>> tasksUsing(String templateId) throws Exception {
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    for (String model : List.of("/bpmn/hearing-round/hearing-round.bpmn", "/bpmn/hearing-round/hearing-party-response.bpmn",
        "/bpmn/forum-decision/forum-decision.bpmn", "/bpmn/central-notification-response/central-notification-response.bpmn",
        "/bpmn/social-agreement/social-agreement.bpmn",
        "/bpmn/tariff-approval/tariff-approval.bpmn", "/bpmn/tariff-approval/tariff-submission.bpmn", "/bpmn/tariff-approval/tariff-revision.bpmn")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document;
      try (InputStream in = ProcessTemplatesTest.class.getResourceAsStream(model)) {
        document = factory.newDocumentBuilder().parse(in);
      }
      NodeList serviceTasks = document.getElementsByTagNameNS(BPMN, "serviceTask");
      for (int i = 0; i < serviceTasks.getLength(); i++) {
        Element task = (Element) serviceTasks.item(i);
        if (!templateId.equals(task.getAttributeNS(ZEEBE, "modelerTemplate"))) {
          continue;
        }
        List<String> facts = new ArrayList<>();
        facts.add(((Element) task.getElementsByTagNameNS(ZEEBE, "taskDefinition").item(0)).getAttribute("type"));
        NodeList inputs = task.getElementsByTagNameNS(ZEEBE, "input");
        for (int j = 0; j < inputs.getLength(); j++) {
          facts.add(((Element) inputs.item(j)).getAttribute("target"));
        }
        tasks.put(model + "#" + task.getAttribute("id"), facts);
      }
    }
    return tasks;
  }

  private static JsonNode json(String resource) throws IOException {
    try (InputStream in = ProcessTemplatesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

}
