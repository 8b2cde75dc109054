package dk.rammeflow.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shortens the engine's state values in memory: the state is MessagePack, in which every value
 * repeats its property names ({@code processInstanceKey}, {@code parentElementInstanceKey},
 * {@code interruptedByRuntimeInstruction}...): about two thirds of an element instance's 900 bytes.
 * Each of the frequent names and enum values below, as a MessagePack fixstr (header byte and
 * text), becomes two bytes: 0xC1 (a byte MessagePack never uses) and the word's number; a 0xC1 in
 * the value itself (inside a number or binary data) becomes 0xC1 0x00. The substitution works on
 * bytes, whatever they mean, so decoding gives back exactly the bytes that were encoded; a value
 * without any of them is kept as it is and read back without a copy. Only the in-memory form is
 * encoded ({@link EngineStateDb} decodes what it hands out and what snapshots store).
 */
final class StateValueCodec {

  private static final byte MARK = (byte) 0xC1;
  /** Property names and enum values of zeebe-protocol 8.8 records found most often in the state of hearing rounds. */
  private static final String[] WORDS = {
      "processInstanceKey",
      "interruptedByRuntimeInstruction",
      "completionConditionFulfilled",
      "processDefinitionKey",
      "completingTaskListenerIndex",
      "assigningTaskListenerIndex",
      "cancelingTaskListenerIndex",
      "creatingTaskListenerIndex",
      "taskListenerIndicesRecord",
      "updatingTaskListenerIndex",
      "parentProcessInstanceKey",
      "parentElementInstanceKey",
      "multiInstanceLoopCounter",
      "executionListenerIndex",
      "calledChildInstanceKey",
      "bpmnProcessId",
      "processDefinitionPath",
      "processInstanceRecord",
      "activeSequenceFlowIds",
      "interruptingElementId",
      "childTerminatedCount",
      "elementInstancePath",
      "activeSequenceFlows",
      "childActivatedCount",
      "childCompletedCount",
      "interrupting",
      "boundaryElementIds",
      "callingElementPath",
      "elementInstanceKey",
      "value",
      "ELEMENT_ACTIVATED",
      "<default>",
      "bpmnElementType",
      "tenantId",
      "parentScopeKey",
      "bpmnEventType",
      "elementRecord",
      "elementId",
      "userTaskKey",
      "flowScopeKey",
      "processDepth",
      "interrupted",
      "childCount",
      "UNSPECIFIED",
      "accepting",
      "parentKey",
      "candidateGroup",
      "correlationKey",
      "subscriptionPartitionId",
      "version",
      "variables",
      "messageName",
      "state",
      "messageKey",
      "jobKey",
      "processDefinitionVersion",
      "STATE_OPENED",
      "handlerNodeId",
      "tags",
      "INTERMEDIATE_CATCH_EVENT",
      "correlating",
      "record",
      "candidateGroupsList",
      "userTaskLifecycleState",
      "candidateUsersList",
      "SUB_PROCESS",
      "externalFormReference",
      "repetitions",
      "MULTI_INSTANCE_BODY",
      "dueDate",
      "changedAttributes",
      "creationTimestamp",
      "inputCollection",
      "customHeaders",
      "name",
      "CALL_ACTIVITY",
      "deniedReason",
      "followUpDate",
      "userTaskRecord",
      "USER_TASK",
      "priority",
      "assignee",
      "PROCESS",
      "formKey",
      "CREATED",
      "action",
      "TIMER",
      "type",
  };
  /** Token n (1..) as MessagePack fixstr bytes; tokens by their text length, for the encoder. */
  private static final byte[][] TOKENS = new byte[WORDS.length + 1][];
  private static final int[][] BY_LENGTH = new int[32][];

  static {
    List<List<Integer>> byLength = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      byLength.add(new ArrayList<>());
    }
    for (int i = 0; i < WORDS.length; i++) {
      byte[] text = WORDS[i].getBytes(StandardCharsets.US_ASCII);
      byte[] token = new byte[text.length + 1];
      token[0] = (byte) (0xA0 | text.length);
      System.arraycopy(text, 0, token, 1, text.length);
      TOKENS[i + 1] = token;
      byLength.get(text.length).add(i + 1);
    }
    for (int i = 0; i < 32; i++) {
      BY_LENGTH[i] = byLength.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private StateValueCodec() {}

  static byte[] encode(byte[] raw) {
    byte[] out = null;
    int written = 0;
    int copied = 0; // raw[copied, i) not yet in out
    int i = 0;
    while (i < raw.length) {
      int b = raw[i] & 0xff;
      int code = -1;
      int consumed = 1;
      if (raw[i] == MARK) {
        code = 0;
      } else if ((b & 0xE0) == 0xA0) {
        int length = b & 0x1F;
        if (i + 1 + length <= raw.length) {
          for (int candidate : BY_LENGTH[length]) {
            if (Arrays.equals(raw, i, i + 1 + length, TOKENS[candidate], 0, length + 1)) {
              code = candidate;
              consumed = length + 1;
              break;
            }
          }
        }
      }
      if (code < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new byte[raw.length + 16];
      }
      int pending = i - copied;
      if (written + pending + 2 > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, written + pending + 2));
      }
      System.arraycopy(raw, copied, out, written, pending);
      written += pending;
      out[written++] = MARK;
      out[written++] = (byte) code;
      i += consumed;
      copied = i;
    }
    if (out == null) {
      return raw;
    }
    int pending = raw.length - copied;
    byte[] encoded = new byte[written + pending];
    System.arraycopy(out, 0, encoded, 0, written);
    System.arraycopy(raw, copied, encoded, written, pending);
    return encoded;
  }

  static byte[] decode(byte[] stored) {
    if (stored == null) {
      return null;
    }
    int length = 0;
    boolean any = false;
    for (int i = 0; i < stored.length; i++) {
      if (stored[i] == MARK) {
        int code = stored[++i] & 0xff;
        length += code == 0 ? 1 : TOKENS[code].length;
        any = true;
      } else {
        length++;
      }
    }
    if (!any) {
      return stored;
    }
    byte[] raw = new byte[length];
    int written = 0;
    for (int i = 0; i < stored.length; i++) {
      if (stored[i] == MARK) {
        int code = stored[++i] & 0xff;
        if (code == 0) {
          raw[written++] = MARK;
        } else {
          byte[] token = TOKENS[code];
          System.arraycopy(token, 0, raw, written, token.length);
          written += token.length;
        }
      } else {
        raw[written++] = stored[i];
      }
    }
    return raw;
  }
}
