package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The embedded engine's log storage: the blocks the log stream appends, by their lowest position,
 * in a concurrent sorted map that readers walk while the engine appends (in place of the plain
 * list of zeebe-process-test-engine, which a read during a resize could see half-grown). With a
 * {@link EngineJournal}, every block is also appended to a file in the data dir before it counts as
 * written, so the log outlives the process; without one it lives in memory only.
 */
final class EngineLogStorage implements LogStorage {

  /** A block as the log stream wrote it: the records from {@code lowest} to {@code highest}. */
  record Block(long lowest, long highest, ByteBuffer data) {}

  private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  private final EngineJournal journal;
  private long index;

  EngineLogStorage(EngineJournal journal, Iterable<Block> recovered) {
    this.journal = journal;
    for (Block block : recovered) {
      blocks.put(block.lowest(), block);
      index++;
    }
  }

  @Override
  public LogStorageReader newReader() {
    return new Reader();
  }

  @Override
  public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter, AppendListener listener) {
    ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
    bufferWriter.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(long lowestPosition, long highestPosition, ByteBuffer blockBuffer, AppendListener listener) {
    Block block = new Block(lowestPosition, highestPosition, blockBuffer);
    long written;
    synchronized (this) {
      if (journal != null) {
        journal.append(block);
      }
      blocks.put(lowestPosition, block);
      written = ++index;
    }
    listener.onWrite(written, highestPosition);
    listener.onCommit(written, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  /** The highest position written so far, or -1 for an empty log. */
  long highestPosition() {
    Map.Entry<Long, Block> last = blocks.lastEntry();
    return last == null ? -1 : last.getValue().highest();
  }

  /**
   * Drops every block that lies wholly at or before {@code position} from the journal, and from
   * memory as far as {@code readPosition} (what every reader has read), except the last block: its
   * highest position tells the log stream where to continue numbering.
   */
  synchronized void dropUpTo(long position, long readPosition) {
    Block last = blocks.isEmpty() ? null : blocks.lastEntry().getValue();
    if (journal != null) {
      journal.rewrite(blocks.values().stream().filter(block -> block.highest() > position || block == last).toList());
    }
    long memory = Math.min(position, readPosition);
    blocks.headMap(memory, true).values().removeIf(block -> block.highest() <= memory && block != last);
  }

  void close() {
    if (journal != null) {
      journal.close();
    }
  }

  /**
   * Reads blocks in order from a seek position; sees blocks appended after it was created. A seek
   * lands on the block that contains the position (the last one starting at or before it).
   */
  private final class Reader implements LogStorageReader {

    private long lastRead = Long.MIN_VALUE;

    @Override
    public void seek(long position) {
      Long containing = blocks.floorKey(position);
      lastRead = containing == null ? Long.MIN_VALUE : containing - 1;
    }

    @Override
    public boolean hasNext() {
      return blocks.higherKey(lastRead) != null;
    }

    @Override
    public DirectBuffer next() {
      Map.Entry<Long, Block> next = blocks.higherEntry(lastRead);
      if (next == null) {
        throw new NoSuchElementException();
      }
      lastRead = next.getKey();
      return new UnsafeBuffer(next.getValue().data());
    }

    @Override
    public void close() {}
  }
}
