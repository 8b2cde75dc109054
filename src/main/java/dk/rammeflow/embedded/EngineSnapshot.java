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
 * key and value), the kept records (length-prefixed, as the log stores them), CRC32C of all of
 * it. Written to a temporary file, forced to the disk and moved over the old snapshot atomically.
 */
record EngineSnapshot(long position, List<Map.Entry<byte[], byte[]>> entries, List<byte[]> history) {

  private static final int MAGIC = 0x52465331; // "RFS1"
  private static final int VERSION = 1;

  /** The kept records as log events. */
  List<LoggedEvent> historyEvents() {
    List<LoggedEvent> events = new ArrayList<>(history.size());
    for (byte[] bytes : history) {
      LoggedEventImpl event = new LoggedEventImpl();
      event.wrap(new UnsafeBuffer(bytes), 0);
      events.add(event);
    }
    return events;
  }

  static byte[] copy(LoggedEvent event) {
    byte[] bytes = new byte[event.getLength()];
    event.write(new UnsafeBuffer(bytes), 0);
    return bytes;
  }

  void write(Path file) {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      CRC32C crc = new CRC32C();
      OutputStream raw = Channels.newOutputStream(channel);
      DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(position);
      out.writeInt(entries.size());
      for (Map.Entry<byte[], byte[]> entry : entries) {
        writeBytes(out, entry.getKey());
        writeBytes(out, entry.getValue());
      }
      out.writeInt(history.size());
      for (byte[] record : history) {
        writeBytes(out, record);
      }
      out.flush();
      DataOutputStream trailer = new DataOutputStream(raw);
      trailer.writeInt((int) crc.getValue());
      trailer.flush();
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the engine snapshot " + temp, e);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      } catch (IOException ignored) {
        // Not every file system lets a directory be forced; the rename is atomic either way.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the engine snapshot into place at " + file, e);
    }
  }

  static EngineSnapshot read(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      CRC32C crc = new CRC32C();
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalStateException("Not an engine snapshot of this version: " + file);
      }
      long position = in.readLong();
      int entryCount = in.readInt();
      List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>(entryCount);
      for (int i = 0; i < entryCount; i++) {
        entries.add(new AbstractMap.SimpleImmutableEntry<>(readBytes(in), readBytes(in)));
      }
      int recordCount = in.readInt();
      List<byte[]> history = new ArrayList<>(recordCount);
      for (int i = 0; i < recordCount; i++) {
        history.add(readBytes(in));
      }
      int expected = (int) crc.getValue();
      int stored = new DataInputStream(raw).readInt();
      if (stored != expected) {
        throw new IllegalStateException("The engine snapshot " + file + " is corrupt (checksum mismatch)");
      }
      return new EngineSnapshot(position, entries, history);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine snapshot " + file, e);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
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
