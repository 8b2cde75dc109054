package dk.rammeflow.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only UTF-8 text file, one record per line, on disk when {@link #append} returns. Concurrent appends
 * are committed as a group: one caller writes and forces every line waiting at that moment, the others wait for
 * that force instead of forcing one by one. A line cut short by a crash is ended on the next read, so the
 * following append starts on a line of its own.
 */
final class DurableLines {

  private final Path file;
  private final Object lock = new Object();
  /** Lines appended but not yet written, guarded by lock, as are the counters below. */
  private final StringBuilder pending = new StringBuilder();
  private long enqueued;
  private long durable;
  private boolean flushing;
  private long failedFrom;
  private long failedTo;
  private IOException failure;
  private long forces;

  DurableLines(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  List<String> readAll() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
        write("\n");
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
    }
  }

  void append(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("A record must fit on one line: " + line);
    }
    long mine;
    synchronized (lock) {
      pending.append(line).append('\n');
      mine = ++enqueued;
    }
    try {
      awaitDurable(mine);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file.toAbsolutePath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while appending to " + file.toAbsolutePath(), e);
    }
  }

  /** Returns once line number {@code mine} is forced to disk, writing it (and all waiting with it) when nobody else does. */
  private void awaitDurable(long mine) throws IOException, InterruptedException {
    while (true) {
      String batch;
      long upTo;
      long from;
      synchronized (lock) {
        while (flushing && durable < mine) {
          lock.wait();
        }
        if (durable >= mine) {
          if (failure != null && mine > failedFrom && mine <= failedTo) {
            throw failure;
          }
          return;
        }
        flushing = true;
        batch = pending.toString();
        pending.setLength(0);
        from = durable;
        upTo = enqueued;
      }
      IOException failed = null;
      try {
        write(batch);
      } catch (IOException e) {
        failed = e;
      }
      synchronized (lock) {
        flushing = false;
        durable = upTo;
        forces++;
        if (failed != null) {
          failure = failed;
          failedFrom = from;
          failedTo = upTo;
        }
        lock.notifyAll();
      }
    }
  }

  /** How many times lines were forced to disk: at most one per append, fewer when appends overlap. */
  long forces() {
    synchronized (lock) {
      return forces;
    }
  }

  private void write(String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
  }
}
