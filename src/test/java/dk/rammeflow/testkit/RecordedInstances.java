package dk.rammeflow.testkit;

import dk.rammeflow.startup.ProcessInstanceProbe;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;

/**
 * Answers whether a process instance is active from the embedded engine's own records: activated and neither
 * completed nor terminated. For tests of what happens to records whose instance is gone.
 */
public final class RecordedInstances implements ProcessInstanceProbe {

  private final ProcessTestKit kit;

  public RecordedInstances(ProcessTestKit kit) {
    this.kit = kit;
  }

  @Override
  public boolean isActive(long processInstanceKey) {
    boolean activated = false;
    for (var record : kit.records()) {
      if (record.getValueType() != ValueType.PROCESS_INSTANCE || record.getKey() != processInstanceKey
          || ((ProcessInstanceRecordValue) record.getValue()).getBpmnElementType() != BpmnElementType.PROCESS) {
        continue;
      }
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
        activated = true;
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
        return false;
      }
    }
    return activated;
  }
}
