package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobBatchRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test engine's response writer, safe for a caller that has gone: a client that gave up on its command or job
 * poll (its request timeout, on a busy machine) before the engine answered. The test engine's writer then throws,
 * which makes the stream processor skip the rest of the command's side effects (e.g. pushing the jobs the command
 * created to the workers' streams: they then wait for a poll), and the jobs a poll activated for a caller that has
 * gone stay with nobody until their timeout (minutes). Here the failed answer is logged, the side effects go on,
 * and such jobs are yielded back at once (activatable again, as the job streamer does with a job it cannot push).
 * Called on the engine's processing thread only.
 */
final class CallerSafeResponseWriter implements CommandResponseWriter {

  private static final Logger LOG = LoggerFactory.getLogger(CallerSafeResponseWriter.class);

  private final CommandResponseWriter delegate;
  private final LogStreamWriter writer;
  private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();
  private Intent intent = Intent.UNKNOWN;
  private ValueType valueType = ValueType.NULL_VAL;
  private BufferWriter value;

  CallerSafeResponseWriter(CommandResponseWriter delegate, LogStreamWriter writer) {
    this.delegate = delegate;
    this.writer = writer;
  }

  @Override
  public CommandResponseWriter partitionId(int partitionId) {
    delegate.partitionId(partitionId);
    return this;
  }

  @Override
  public CommandResponseWriter key(long key) {
    delegate.key(key);
    return this;
  }

  @Override
  public CommandResponseWriter intent(Intent intent) {
    this.intent = intent;
    delegate.intent(intent);
    return this;
  }

  @Override
  public CommandResponseWriter recordType(RecordType type) {
    delegate.recordType(type);
    return this;
  }

  @Override
  public CommandResponseWriter valueType(ValueType valueType) {
    this.valueType = valueType;
    delegate.valueType(valueType);
    return this;
  }

  @Override
  public CommandResponseWriter rejectionType(RejectionType rejectionType) {
    delegate.rejectionType(rejectionType);
    return this;
  }

  @Override
  public CommandResponseWriter rejectionReason(DirectBuffer rejectionReason) {
    delegate.rejectionReason(rejectionReason);
    return this;
  }

  @Override
  public CommandResponseWriter valueWriter(BufferWriter value) {
    this.value = value;
    delegate.valueWriter(value);
    return this;
  }

  @Override
  public void tryWriteResponse(int requestStreamId, long requestId) {
    try {
      delegate.tryWriteResponse(requestStreamId, requestId);
    } catch (RuntimeException e) {
      if (valueType == ValueType.JOB_BATCH && intent == JobBatchIntent.ACTIVATED && value != null) {
        yieldActivatedJobs();
      } else {
        LOG.debug("The answer to a {} {} command could not be sent; its caller has gone: {}", valueType, intent, e.getMessage());
      }
    } finally {
      value = null;
    }
  }

  private void yieldActivatedJobs() {
    value.write(buffer, 0);
    JobBatchRecord batch = new JobBatchRecord();
    batch.wrap(buffer, 0, value.getLength());
    List<Long> keys = batch.getJobKeys();
    List<JobRecordValue> jobs = batch.getJobs();
    LOG.info("A job poll's caller had gone before its {} job(s) of type {} could be sent; they are yielded back", keys.size(), batch.getType());
    RecordMetadata metadata = new RecordMetadata().recordType(RecordType.COMMAND).valueType(ValueType.JOB).intent(JobIntent.YIELD);
    for (int i = 0; i < keys.size(); i++) {
      JobRecord job = jobs.get(i) instanceof JobRecord record ? record : new JobRecord();
      var written = writer.tryWrite(WriteContext.internal(), LogAppendEntry.of(keys.get(i), metadata, job));
      if (written.isLeft()) {
        LOG.warn("Job {} could not be yielded back ({}); it is activatable again after its timeout", keys.get(i), written.getLeft());
      }
    }
  }
}
