package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.util.Random;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class StateValueCodecTest {

  @Test
  void anyBytesComeBackExactly() {
    Random random = new Random(13);
    byte[] token = {(byte) 0xAD, 'b', 'p', 'm', 'n', 'P', 'r', 'o', 'c', 'e', 's', 's', 'I', 'd'};
    for (int run = 0; run < 2_000; run++) {
      byte[] raw = new byte[random.nextInt(200)];
      random.nextBytes(raw);
      for (int i = 0; i + token.length <= raw.length && random.nextInt(3) == 0; i += 1 + random.nextInt(40)) {
        System.arraycopy(token, 0, raw, i, Math.min(token.length, raw.length - i));
        if (random.nextBoolean() && i < raw.length) {
          raw[i] = (byte) 0xC1;
        }
      }
      byte[] encoded = StateValueCodec.encode(raw);
      assertThat(StateValueCodec.decode(encoded)).as("run %d", run).isEqualTo(raw);
    }
    assertThat(StateValueCodec.decode(StateValueCodec.encode(new byte[0]))).isEmpty();
  }

  @Test
  void aProcessInstanceRecordShrinksToLessThanHalfAndAValueWithoutWordsIsKeptAsItIs() {
    ProcessInstanceRecord record = new ProcessInstanceRecord()
        .setBpmnProcessId("hearing-round").setElementId("collect-responses").setProcessInstanceKey(2251799813685249L)
        .setFlowScopeKey(2251799813685251L).setBpmnElementType(BpmnElementType.CALL_ACTIVITY);
    byte[] raw = new byte[record.getLength()];
    record.write(new UnsafeBuffer(raw), 0);

    byte[] encoded = StateValueCodec.encode(raw);

    assertThat(encoded.length).isLessThan(raw.length / 2);
    assertThat(StateValueCodec.decode(encoded)).isEqualTo(raw);
    byte[] plain = {1, 2, 3, (byte) 0xA2, 'x', 'y'};
    assertThat(StateValueCodec.encode(plain)).isSameAs(plain);
    assertThat(StateValueCodec.decode(plain)).isSameAs(plain);
  }
}
