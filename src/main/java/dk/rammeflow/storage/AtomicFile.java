package dk.rammeflow.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file as a whole: the content goes to a temporary file beside it, which is moved into
 * place. A failed write leaves the previous version and no temporary file; a crash leaves at most a
 * {@value #TEMP_SUFFIX} file, which the owner of the directory removes at start.
 */
public final class AtomicFile {

  public static final String TEMP_SUFFIX = ".tmp";

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) {
    Path temp = null;
    try {
      temp = Files.createTempFile(target.getParent(), "write-", TEMP_SUFFIX);
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warn("Cannot remove the temporary file {}", temp, e);
        }
      }
    }
  }
}
