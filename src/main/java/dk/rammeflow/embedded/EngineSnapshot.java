package dk.rammeflow.embedded;

import io.camunda.zeebe.logstreams.impl.log.LoggedEventImpl;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A snapshot of the embedded engine: its state database at a processed log position, and the
 * records before that position that the read models still need (deployments and the records of
 * process instances still active), since the log before the position is dropped.
 *
 * <p>File: magic, format version, position, the database's entries in key order (length-prefixed
 * key and value, then -1), the kept records (length-prefixed, as the log stores them, then -1),
 * CRC32C of all of it (version 1 had counts in place of the -1 ends). Written as a stream to a
 * temporary file ({@link Writer}), forced to the disk and moved over the old snapshot atomically.
 * The kept records are not held in memory: {@link #forEachRecord} reads them from the file.
 */
final class EngineSnapshot {

  private static final int MAGIC = 0x52465331; // "RFS1"
  private static final int VERSION = 2;
  private static final int END = -1;

  /** The state at a position, as {@link #readState} returns it. */
  record State(long position, List<Map.Entry<byte[], byte[]>> entries) {}

  private EngineSnapshot() {}

  static byte[] copy(LoggedEvent event) {
    byte[] bytes = new byte[event.getLength()];
    event.write(new UnsafeBuffer(bytes), 0);
    return bytes;
  }

  /** Writes a snapshot as a stream: the state entries first, then the kept records, then {@link #commit}. */
  static final class Writer implements AutoCloseable {
    private final Path file;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream raw;
    private final CRC32C crc = new CRC32C();
    private final DataOutputStream out;
    private boolean entriesEnded;
    private int entries;
    private int records;
    private boolean committed;

    Writer(Path file, long position) {
      this.file = file;
      this.temp = file.resolveSibling(file.getFileName() + ".tmp");
      try {
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        this.raw = Channels.newOutputStream(channel);
        this.out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(position);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the engine snapshot " + temp, e);
      }
    }

    void entry(byte[] key, byte[] value) {
      try {
        writeBytes(out, key);
        writeBytes(out, value);
        entries++;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the engine snapshot " + temp, e);
      }
    }

    void record(LoggedEvent event) {
      try {
        if (!entriesEnded) {
          out.writeInt(END);
          entriesEnded = true;
        }
        out.writeInt(event.getLength());
        byte[] bytes = copy(event);
        out.write(bytes);
        records++;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the engine snapshot " + temp, e);
      }
    }

    int entries() {
      return entries;
    }

    int records() {
      return records;
    }

    /** Ends the file, forces it to the disk and moves it over the old snapshot. */
    void commit() {
      try {
        if (!entriesEnded) {
          out.writeInt(END);
          entriesEnded = true;
        }
        out.writeInt(END);
        out.flush();
        DataOutputStream trailer = new DataOutputStream(raw);
        trailer.writeInt((int) crc.getValue());
        trailer.flush();
        channel.force(true);
        channel.close();
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the engine snapshot " + file, e);
      }
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      } catch (IOException ignored) {
        // Not every file system lets a directory be forced; the rename is atomic either way.
      }
    }

    /** Without a {@link #commit}: leaves the old snapshot as it was and removes the temporary file. */
    @Override
    public void close() {
      if (committed) {
        return;
      }
      try {
        channel.close();
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The next snapshot overwrites it.
      }
    }
  }

  /** Reads the state and checks the whole file's checksum (the kept records are read and left). */
  static State readState(Path file) {
    List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>();
    long position = read(file, (key, value) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value)), null);
    return new State(position, entries);
  }

  /** Reads the kept records of a snapshot, in log order, as log events (each valid during its call only). */
  static void forEachRecord(InputStream in, Path file, Consumer<LoggedEvent> consumer) {
    LoggedEventImpl event = new LoggedEventImpl();
    read(in, file, null, bytes -> {
      event.wrap(new UnsafeBuffer(bytes), 0);
      consumer.accept(event);
    });
  }

  static long read(Path file, java.util.function.BiConsumer<byte[], byte[]> entries, Consumer<byte[]> records) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file, entries, records);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine snapshot " + file, e);
    }
  }

  private static long read(InputStream source, Path file, java.util.function.BiConsumer<byte[], byte[]> entries, Consumer<byte[]> records) {
    try {
      InputStream raw = new BufferedInputStream(source, 1 << 16);
      CRC32C crc = new CRC32C();
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      int magic = in.readInt();
      int version = in.readInt();
      if (magic != MAGIC || (version != 1 && version != VERSION)) {
        throw new IllegalStateException("Not an engine snapshot of this version: " + file);
      }
      long position = in.readLong();
      int entryCount = version == 1 ? in.readInt() : Integer.MAX_VALUE;
      for (int i = 0; i < entryCount; i++) {
        byte[] key = readBytes(in, version == 1 ? -2 : END);
        if (key == null) {
          break;
        }
        byte[] value = readBytes(in, -2);
        if (entries != null) {
          entries.accept(key, value);
        }
      }
      int recordCount = version == 1 ? in.readInt() : Integer.MAX_VALUE;
      for (int i = 0; i < recordCount; i++) {
        byte[] record = readBytes(in, version == 1 ? -2 : END);
        if (record == null) {
          break;
        }
        if (records != null) {
          records.accept(record);
        }
      }
      int expected = (int) crc.getValue();
      int stored = new DataInputStream(raw).readInt();
      if (stored != expected) {
        throw new IllegalStateException("The engine snapshot " + file + " is corrupt (checksum mismatch)");
      }
      return position;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine snapshot " + file, e);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** The next length-prefixed bytes, or null at the end marker {@code end}. */
  private static byte[] readBytes(DataInputStream in, int end) throws IOException {
    int length = in.readInt();
    if (length == end) {
      return null;
    }
    if (length < 0) {
      throw new IOException("Negative length in the engine snapshot");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new java.io.EOFException("The engine snapshot ends early");
    }
    return bytes;
  }
}
