package dk.rammeflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine log on disk: one append-only file of frames, each a block of the log stream.
 *
 * <p>Frame: length of the data (int), CRC32C of positions and data (int), lowest and highest
 * position (longs), the data. A block is written to the file (the operating system's page cache,
 * which outlives a kill -9 of the process) before the log counts it as written; a flusher thread
 * forces the file to the disk in batches every {@code flushInterval} (group commit), so a power
 * loss costs at most that interval. At open, frames are read back while their length and checksum
 * hold; a torn or corrupt tail (a write cut short by a crash) is cut off and logged.
 */
final class EngineJournal {

  private static final Logger LOG = LoggerFactory.getLogger(EngineJournal.class);
  private static final int HEADER = Integer.BYTES * 2 + Long.BYTES * 2;

  private final Path file;
  private final Duration flushInterval;
  private FileChannel channel;
  private boolean dirty;
  private boolean closed;
  private final Thread flusher;

  private EngineJournal(Path file, FileChannel channel, Duration flushInterval) {
    this.file = file;
    this.channel = channel;
    this.flushInterval = flushInterval;
    this.flusher = Thread.ofPlatform().daemon().name("rammeflow-engine-log-flush").unstarted(this::flushLoop);
  }

  /** What the journal held at open: its intact blocks, and how many bytes of torn tail were cut. */
  record Recovered(EngineJournal journal, List<EngineLogStorage.Block> blocks, long cutBytes) {}

  /** Opens (or creates) the journal, reads its intact blocks and cuts a torn tail. */
  static Recovered open(Path file, Duration flushInterval) {
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      List<EngineLogStorage.Block> blocks = new ArrayList<>();
      long size = channel.size();
      long offset = 0;
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      ByteBuffer data = null;
      while (offset + HEADER <= size) {
        header.clear();
        readFully(channel, header, offset);
        header.flip();
        int length = header.getInt();
        int crc = header.getInt();
        long lowest = header.getLong();
        long highest = header.getLong();
        if (length < 0 || offset + HEADER + length > size) {
          break;
        }
        if (data == null || data.capacity() < length) {
          data = ByteBuffer.allocate(Math.max(length, 1 << 16));
        }
        data.clear().limit(length);
        readFully(channel, data, offset + HEADER);
        data.flip();
        if (checksum(lowest, highest, data) != crc) {
          break;
        }
        // Checked, then left on the disk: readers read it back when they get to it (EngineLogStorage).
        blocks.add(new EngineLogStorage.Block(lowest, highest, null, offset + HEADER, length));
        offset += HEADER + length;
      }
      long cut = size - offset;
      if (cut > 0) {
        LOG.warn("Engine log {}: cut a torn or corrupt tail of {} bytes after {} intact blocks (a crash during a write)", file, cut, blocks.size());
        channel.truncate(offset);
        channel.force(true);
      }
      channel.position(offset);
      EngineJournal journal = new EngineJournal(file, channel, flushInterval);
      journal.flusher.start();
      return new Recovered(journal, blocks, cut);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the engine log " + file, e);
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("Unexpected end of " + position);
      }
    }
  }

  private static int checksum(long lowest, long highest, ByteBuffer data) {
    CRC32C crc = new CRC32C();
    ByteBuffer positions = ByteBuffer.allocate(Long.BYTES * 2).putLong(lowest).putLong(highest).flip();
    crc.update(positions);
    crc.update(data.duplicate().position(0));
    return (int) crc.getValue();
  }

  private static ByteBuffer frame(EngineLogStorage.Block block) {
    ByteBuffer data = block.data().duplicate().position(0);
    ByteBuffer frame = ByteBuffer.allocate(HEADER + data.remaining());
    frame.putInt(data.remaining()).putInt(checksum(block.lowest(), block.highest(), data));
    frame.putLong(block.lowest()).putLong(block.highest()).put(data).flip();
    return frame;
  }

  /**
   * Writes a block to the file; it reaches the disk with the next batch flush.
   *
   * @return the offset of the block's data in the file, for {@link #read}
   */
  synchronized long append(EngineLogStorage.Block block) {
    if (closed) {
      throw new IllegalStateException("The engine log is closed");
    }
    try {
      long offset = channel.position() + HEADER;
      ByteBuffer frame = frame(block);
      while (frame.hasRemaining()) {
        channel.write(frame);
      }
      dirty = true;
      return offset;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the engine log " + file, e);
    }
  }

  /** Reads a block's data back from the file (from the page cache, mostly), as {@link #append} or {@link #rewrite} placed it. */
  synchronized ByteBuffer read(EngineLogStorage.Block block) {
    try {
      ByteBuffer data = ByteBuffer.allocate(block.length());
      readFully(channel, data, block.offset());
      return data.flip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine log " + file + " at " + block.offset(), e);
    }
  }

  /**
   * Replaces the file with the given blocks (after a snapshot made the others unnecessary), atomically; blocks
   * without data in memory are copied from the old file.
   *
   * @return the blocks as they are now in the file (their new offsets), in the same order
   */
  synchronized List<EngineLogStorage.Block> rewrite(List<EngineLogStorage.Block> blocks) {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    List<EngineLogStorage.Block> moved = new ArrayList<>(blocks.size());
    try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      for (EngineLogStorage.Block block : blocks) {
        EngineLogStorage.Block withData = block.data() != null ? block : block.withData(read(block));
        moved.add(new EngineLogStorage.Block(block.lowest(), block.highest(), block.data(), out.position() + HEADER, withData.data().remaining()));
        ByteBuffer frame = frame(withData);
        while (frame.hasRemaining()) {
          out.write(frame);
        }
      }
      out.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite the engine log " + file, e);
    }
    try {
      channel.close();
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.position(channel.size());
      dirty = false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace the engine log " + file, e);
    }
    return moved;
  }

  long sizeInBytes() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Forces what was written to the disk, outside the lock: appends go on meanwhile (group commit). */
  void flush() {
    FileChannel toForce;
    synchronized (this) {
      if (!dirty || closed) {
        return;
      }
      dirty = false;
      toForce = channel;
    }
    try {
      toForce.force(false);
    } catch (java.nio.channels.ClosedChannelException e) {
      // Replaced by a rewrite, which forced its own file.
    } catch (IOException e) {
      LOG.error("Cannot flush the engine log {}", file, e);
    }
  }

  private void flushLoop() {
    while (true) {
      try {
        Thread.sleep(flushInterval);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (closed) {
          return;
        }
      }
      flush();
    }
  }

  synchronized void close() {
    if (closed) {
      return;
    }
    flush();
    closed = true;
    flusher.interrupt();
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("Cannot close the engine log {}", file, e);
    }
  }
}
