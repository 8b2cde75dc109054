package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded runtime's Operate-side REST API (user task variables, variables, element and
 * process instances, sequence flows, definition XML), driven by the official Camunda Java client
 * over REST as Tasklist-style clients and the web application use it.
 */
@RammeflowProcessTest
class ProcessInstanceRestApiTest {

  @Autowired ProcessTestKit kit;
  private CamundaClient rest;

  @BeforeEach
  void deploy() {
    kit.deploy("processes/smoke-user-task.bpmn", "processes/smoke-godkend.form");
    rest = kit.restClient();
  }

  @Test
  void userTaskVariablesAreTheTasksVisibleVariablesWithFullOrTruncatedValues() {
    String longText = "æøå".repeat(3000); // 9000 characters, over the API's truncation threshold
    long instance = kit.start("smoke-user-task", Map.of("sagId", "S-42", "beskrivelse", longText, "antal", 3));
    UserTask task = kit.awaitUserTask(instance, "approve");

    List<Variable> full = rest.newUserTaskVariableSearchRequest(task.getUserTaskKey()).withFullValues().send().join().items();
    Map<String, String> values = full.stream().collect(Collectors.toMap(Variable::getName, Variable::getValue));
    assertThat(values).containsEntry("sagId", "\"S-42\"").containsEntry("antal", "3").containsEntry("beskrivelse", "\"" + longText + "\"");
    assertThat(full).allSatisfy(v -> {
      assertThat(v.getProcessInstanceKey()).isEqualTo(instance);
      assertThat(v.isTruncated()).isFalse();
    });

    Variable truncated = rest.newUserTaskVariableSearchRequest(task.getUserTaskKey()).filter(f -> f.name("beskrivelse")).send().join().singleItem();
    assertThat(truncated.isTruncated()).isTrue();
    assertThat(truncated.getValue()).hasSize(ProcessInstanceController.TRUNCATE_AT);
    assertThat(rest.newVariableGetRequest(truncated.getVariableKey()).send().join().getValue()).isEqualTo("\"" + longText + "\"");
  }

  @Test
  void aUserTasksVariablesAreRefusedToUsersOutsideItsCandidateGroups() {
    long instance = kit.start("smoke-user-task", Map.of("sagId", "S-43"));
    UserTask task = kit.awaitUserTask(instance, "approve");

    assertThat(kit.restClient("fu").newUserTaskVariableSearchRequest(task.getUserTaskKey()).send().join().items())
        .extracting(Variable::getName).contains("sagId");
    assertThatThrownBy(() -> kit.restClient("aalborg").newUserTaskVariableSearchRequest(task.getUserTaskKey()).send().join())
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(403));
  }

  @Test
  void elementInstancesSequenceFlowsAndTheDefinitionShowWhereAnInstanceStands() {
    long instance = kit.start("smoke-user-task", Map.of("sagId", "S-44"));
    UserTask task = kit.awaitUserTask(instance, "approve");

    List<ElementInstance> elements = rest.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
    Map<String, ElementInstanceState> states = elements.stream().collect(Collectors.toMap(ElementInstance::getElementId, ElementInstance::getState, (a, b) -> b));
    assertThat(states).containsEntry("approve", ElementInstanceState.ACTIVE).containsEntry("smoke-user-task", ElementInstanceState.ACTIVE);
    assertThat(elements).filteredOn(e -> e.getElementId().equals("approve")).singleElement()
        .satisfies(e -> assertThat(e.getElementName()).isEqualTo("Godkend sag"));
    assertThat(states).containsValue(ElementInstanceState.COMPLETED); // the start event
    assertThat(rest.newProcessInstanceSequenceFlowsRequest(instance).send().join()).isNotEmpty();

    var processInstance = rest.newProcessInstanceGetRequest(instance).send().join();
    assertThat(processInstance.getProcessDefinitionId()).isEqualTo("smoke-user-task");
    assertThat(processInstance.getProcessDefinitionName()).isEqualTo("Røgtest: godkendelse");
    assertThat(processInstance.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(rest.newProcessDefinitionGetXmlRequest(processInstance.getProcessDefinitionKey()).send().join())
        .contains("<bpmn:process id=\"smoke-user-task\"", "Godkend sag");

    kit.completeUserTask(task, "fu", Map.of("godkendt", true));
    kit.awaitCompleted(instance);
    assertThat(rest.newProcessInstanceGetRequest(instance).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(rest.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance).elementId("approve")).send().join().singleItem().getState())
        .isEqualTo(ElementInstanceState.COMPLETED);
  }

  @Test
  void variablesAreFoundByNameAndValueAcrossInstances() {
    long first = kit.start("smoke-user-task", Map.of("sagId", "S-45"));
    kit.start("smoke-user-task", Map.of("sagId", "S-46"));
    kit.awaitUserTask(first, "approve");

    List<Variable> found = rest.newVariableSearchRequest().filter(f -> f.name("sagId").value("\"S-45\"")).send().join().items();
    assertThat(found).extracting(Variable::getProcessInstanceKey).containsExactly(first);
    assertThat(found.getFirst().getScopeKey()).isEqualTo(first);
    assertThat(rest.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(first)).send().join().items())
        .extracting(p -> p.getProcessDefinitionId()).containsExactly("smoke-user-task");
  }
}
