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
 * An append-only UTF-8 text file, one record per line, forced to disk on every append. A line cut short by a
 * crash is ended on the next read, so the following append starts on a line of its own.
 */
final class DurableLines {

  private final Path file;

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
    try {
      write(line + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file.toAbsolutePath(), e);
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
