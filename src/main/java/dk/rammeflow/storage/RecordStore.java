package dk.rammeflow.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.rammeflow.input.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of one kind (hearings, forum decisions, CU cases), one JSON file per record in a directory under
 * {@code rammeflow.data-dir}, all in memory (as the JSON of their files) for reading. Every change is applied under
 * the store's lock to a copy, written to a temporary file and moved into place, and only then becomes visible: a
 * failed write changes nothing and leaves no temporary file, a crash leaves the previous version. Ids must pass {@link Ids} and a file
 * can never be written outside the store's directory.
 */
public final class RecordStore<T> {

  private static final Logger LOG = LoggerFactory.getLogger(RecordStore.class);

  /** Reads and writes records by their fields (mutable classes) or record components, ISO dates, unknown fields ignored. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

  private static final ObjectWriter FILE_WRITER = JSON.writerWithDefaultPrettyPrinter();
  private static final Pattern VERBATIM_IN_JSON = Pattern.compile("[A-Za-z0-9_.:-]+");

  private final Path directory;
  private final Class<T> type;
  private final Function<T, String> idOf;
  /** Each record as the JSON of its file: every read parses its own copy, nothing handed out is shared. */
  private final Map<String, byte[]> records = new ConcurrentHashMap<>();

  public RecordStore(Path directory, Class<T> type, Function<T, String> idOf) {
    this.directory = directory.toAbsolutePath().normalize();
    this.type = type;
    this.idOf = idOf;
    try {
      Files.createDirectories(this.directory);
      try (Stream<Path> files = Files.list(this.directory)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(AtomicFile.TEMP_SUFFIX)) {
            LOG.warn("Removing the unfinished record write {}", file);
            Files.deleteIfExists(file);
          } else if (name.endsWith(".json")) {
            byte[] json = Files.readAllBytes(file);
            records.put(idOf.apply(JSON.readValue(json, type)), json);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the records in " + this.directory, e);
    }
  }

  /** Saves a new record; false (nothing written) when one with its id exists. */
  public synchronized boolean create(T record) {
    String id = idOf.apply(record);
    if (records.containsKey(id)) {
      return false;
    }
    save(id, json(record));
    return true;
  }

  /** Saves a new record unless one with its id exists; returns the stored one (a retried step gets the first). */
  public synchronized T createIfAbsent(T record) {
    String id = idOf.apply(record);
    byte[] existing = records.get(id);
    if (existing != null) {
      return parse(existing);
    }
    byte[] created = json(record);
    save(id, created);
    return parse(created);
  }

  public boolean exists(String id) {
    return id != null && records.containsKey(id);
  }

  /** A copy of the record, so a caller's change is not visible before {@link #update} saves it. */
  public Optional<T> find(String id) {
    byte[] record = id == null ? null : records.get(id);
    return Optional.ofNullable(record == null ? null : parse(record));
  }

  public List<T> all(Comparator<? super T> order) {
    return records.values().stream().map(this::parse).sorted(order).toList();
  }

  public List<T> matching(Predicate<? super T> filter, Comparator<? super T> order) {
    return records.values().stream().map(this::parse).filter(filter).sorted(order).toList();
  }

  /**
   * The records whose JSON contains {@code text}, such as the id of a document a record refers to: the stored JSON
   * is searched as bytes and only the records that mention the text are parsed. The text must be one JSON writes
   * as it is (letters, digits and {@code _ - . :}).
   */
  public List<T> mentioning(String text) {
    if (text == null || !VERBATIM_IN_JSON.matcher(text).matches()) {
      throw new IllegalArgumentException("Cannot search the records for '" + text + "'");
    }
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    return records.values().stream().filter(json -> contains(json, needle)).map(this::parse).toList();
  }

  private static boolean contains(byte[] json, byte[] needle) {
    for (int at = 0; at <= json.length - needle.length; at++) {
      if (Arrays.equals(json, at, at + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies a change to a copy of an existing record, saves it, then makes it the current version. Returns the
   * changed copy: the store keeps only its JSON, so the copy is the caller's alone.
   */
  public synchronized Optional<T> update(String id, UnaryOperator<T> change) {
    byte[] current = id == null ? null : records.get(id);
    if (current == null) {
      return Optional.empty();
    }
    T changed = change.apply(parse(current));
    if (!id.equals(idOf.apply(changed))) {
      throw new IllegalArgumentException("A change must not alter the record's id " + id);
    }
    save(id, json(changed));
    return Optional.of(changed);
  }

  private void save(String id, byte[] json) {
    AtomicFile.write(fileOf(id), out -> out.write(json));
    records.put(id, json);
  }

  private Path fileOf(String id) {
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException("Invalid record id '" + id + "'");
    }
    Path file = directory.resolve(id + ".json").normalize();
    if (!directory.equals(file.getParent())) {
      throw new IllegalArgumentException("Record id '" + id + "' leaves " + directory);
    }
    return file;
  }

  private byte[] json(T record) {
    try {
      return FILE_WRITER.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a record of " + directory + " as JSON", e);
    }
  }

  private T parse(byte[] json) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a record of " + directory, e);
    }
  }
}
