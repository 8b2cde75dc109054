package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
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
 *
 * <p>With a journal only the latest blocks keep their data in memory (about {@link #TAIL_BYTES}: the
 * stream processor and the record log read a block right after it is written); a reader that gets to
 * an older block (the replay at start, a compaction) reads it back from the file.
 */
final class EngineLogStorage implements LogStorage {

  /** How many bytes of the latest blocks stay in memory when the log is in a journal. */
  static final long TAIL_BYTES = 8L << 20;

  /**
   * A block as the log stream wrote it: the records from {@code lowest} to {@code highest}; its data in
   * memory, or null when only the journal has it, at {@code offset} with {@code length} bytes (offset -1:
   * in memory only).
   */
  record Block(long lowest, long highest, ByteBuffer data, long offset, int length) {
    Block(long lowest, long highest, ByteBuffer data) {
      this(lowest, highest, data, -1, data.remaining());
    }

    Block withData(ByteBuffer data) {
      return new Block(lowest, highest, data, offset, length);
    }
  }

  private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  private final EngineJournal journal;
  /** The blocks whose data is in memory and also in the journal, oldest first, and their bytes. */
  private final ArrayDeque<Long> cached = new ArrayDeque<>();
  private long cachedBytes;
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
        block = new Block(lowestPosition, highestPosition, blockBuffer, journal.append(block), block.length());
        cached.addLast(lowestPosition);
        cachedBytes += block.length();
      }
      blocks.put(lowestPosition, block);
      evictOldData();
      written = ++index;
    }
    listener.onWrite(written, highestPosition);
    listener.onCommit(written, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  /** Leaves the data of older blocks to the journal alone once the latest ones hold {@link #TAIL_BYTES}. */
  private void evictOldData() {
    while (cachedBytes > TAIL_BYTES && !cached.isEmpty()) {
      Long oldest = cached.pollFirst();
      Block block = blocks.get(oldest);
      if (block != null && block.data() != null && block.offset() >= 0) {
        cachedBytes -= block.length();
        blocks.put(oldest, block.withData(null));
      }
    }
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
   * Drops every block that lies wholly at or before {@code position} and that every reader has read
   * ({@code readPosition}), from the journal and from memory, except the last block: its highest
   * position tells the log stream where to continue numbering. Blocks a reader still needs stay in
   * the journal until the next compaction (a restart skips what the snapshot already holds).
   */
  synchronized void dropUpTo(long position, long readPosition) {
    Block last = blocks.isEmpty() ? null : blocks.lastEntry().getValue();
    long dropped = Math.min(position, readPosition);
    blocks.headMap(dropped, true).values().removeIf(block -> block.highest() <= dropped && block != last);
    if (journal != null) {
      for (Block moved : journal.rewrite(List.copyOf(blocks.values()))) {
        blocks.put(moved.lowest(), moved);
      }
      cached.clear();
      cachedBytes = 0;
      for (Block block : blocks.values()) {
        if (block.data() != null) {
          cached.addLast(block.lowest());
          cachedBytes += block.length();
        }
      }
    }
  }

  /** A block's data: from memory, or read back from the journal; null when the block was dropped meanwhile. */
  private ByteBuffer data(long lowest, Block block) {
    if (block.data() != null) {
      return block.data();
    }
    synchronized (this) {
      Block current = blocks.get(lowest);
      if (current == null) {
        return null;
      }
      return current.data() != null ? current.data() : journal.read(current);
    }
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
      while (true) {
        Map.Entry<Long, Block> next = blocks.higherEntry(lastRead);
        if (next == null) {
          throw new NoSuchElementException();
        }
        lastRead = next.getKey();
        ByteBuffer data = data(next.getKey(), next.getValue());
        if (data != null) {
          return new UnsafeBuffer(data);
        }
      }
    }

    @Override
    public void close() {}
  }
}
