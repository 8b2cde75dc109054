package dk.rammeflow.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One JSON file per record in a directory under {@code rammeflow.data-dir}, written to a temporary
 * file and moved into place, so a crash leaves the previous version and never half a file.
 */
public final class JsonRecordFiles<T> {

  private final Path directory;
  private final Class<T> type;
  private final ObjectMapper json;

  public JsonRecordFiles(Path directory, Class<T> type, ObjectMapper json) {
    this.directory = directory;
    this.type = type;
    this.json = json;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + directory, e);
    }
  }

  public JsonRecordFiles(Path directory, Class<T> type) {
    this(directory, type, new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
  }

  public List<T> readAll() {
    List<T> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        records.add(json.readValue(file.toFile(), type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the records in " + directory, e);
    }
    return records;
  }

  public void write(String id, T record) {
    try {
      Path temp = Files.createTempFile(directory, "record", ".tmp");
      json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), record);
      Files.move(temp, directory.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save record " + id + " in " + directory, e);
    }
  }

  /** A deep copy through JSON, for changes applied before they are saved. */
  public T copy(T record) {
    try {
      return json.readValue(json.writeValueAsBytes(record), type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy a record of " + directory, e);
    }
  }
}
