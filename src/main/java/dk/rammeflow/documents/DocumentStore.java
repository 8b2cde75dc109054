package dk.rammeflow.documents;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Keeps documents (hearing material, attachments of responses, høringsnotater) on disk under
 * {@code <rammeflow.data-dir>/documents/<id>/}: the bytes in {@value #CONTENT_FILE} and the
 * metadata in {@value #META_FILE}. A document is written completely in a staging folder and then
 * moved into place in one atomic rename, so a crash never leaves half a document behind.
 *
 * <p>A document the system generates (a høringsnotat) can be stored deferred: its source goes in {@value #SOURCE_FILE}
 * with the {@link DocumentRenderer} kind in {@value #KIND_FILE}, and the renderer makes the content the first time
 * the document is read ({@link #find} or {@link #content}); then it is kept as any other document. Until then its
 * size in the metadata is 0. A crash while rendering leaves the source, and the next read renders again.
 */
@Service
public class DocumentStore {

  public static final String DEFAULT_MAX_SIZE = "20MB";
  static final String CONTENT_FILE = "content";
  static final String META_FILE = "meta.json";
  static final String STAGING_DIR = ".incoming";
  static final String SOURCE_FILE = "source";
  static final String KIND_FILE = "renderer";
  static final int MAX_FILE_NAME_LENGTH = 255;

  private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final Duration ABANDONED_STAGING_AGE = Duration.ofHours(1);
  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private final Path root;
  private final Path staging;
  private final DataSize maxSize;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, DocumentRenderer> renderers = new ConcurrentHashMap<>();
  /**
   * One lock per deferred document while it is made, so that readers of one document wait for it and not for
   * another's rendering; a lock is dropped once its document is made (later reads find no source and take none).
   */
  private final Map<String, Object> renderLocks = new ConcurrentHashMap<>();
  private final JsonMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @Autowired
  public DocumentStore(
      @Value("${rammeflow.data-dir:./data}") String dataDir,
      @Value("${rammeflow.documents.max-size:" + DEFAULT_MAX_SIZE + "}") String maxSize,
      ObjectProvider<DocumentRenderer> renderers) {
    this(Path.of(dataDir), DataSize.parse(maxSize));
    renderers.orderedStream().forEach(this::register);
  }

  public DocumentStore(Path dataDir, DataSize maxSize) {
    this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
    this.staging = root.resolve(STAGING_DIR);
    this.maxSize = maxSize;
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the document folder " + root, e);
    }
    removeAbandonedStaging();
    log.info("Documents are stored in {} (max size {})", root, maxSize);
  }

  /**
   * Stores a copy of {@code content} under a new random, URL-safe id.
   *
   * @param fileName the name the user gave the file; a path in front of it is dropped, æ/ø/å kept
   * @param contentType the media type; guessed from the file name when blank or generic
   * @throws DocumentRejectedException (Danish message) when the file is empty, too large or unnamed
   */
  public StoredDocument store(String fileName, String contentType, byte[] content) {
    return store(fileName, contentType, content, null);
  }

  /** As {@link #store(String, String, byte[])}, for a document a user uploaded: {@code uploadedBy} is the login. */
  public StoredDocument store(String fileName, String contentType, byte[] content, String uploadedBy) {
    String name = cleanFileName(fileName);
    if (content == null || content.length == 0) {
      throw new DocumentRejectedException(
          DocumentRejectedException.Reason.EMPTY, "Bilaget '%s' er tomt.".formatted(name));
    }
    if (content.length > maxSize.toBytes()) {
      throw new DocumentRejectedException(
          DocumentRejectedException.Reason.TOO_LARGE,
          "Bilaget '%s' er for stort (%s); grænsen er %s."
              .formatted(name, danishSize(content.length, RoundingMode.CEILING), danishSize(maxSize.toBytes(), RoundingMode.HALF_UP)));
    }
    StoredDocument document =
        new StoredDocument(
            newId(), name, resolveContentType(contentType, name), content.length, Instant.now().truncatedTo(ChronoUnit.MILLIS), uploadedBy);
    commit(document, Map.of(CONTENT_FILE, content));
    log.info("Stored document {} '{}' ({} bytes, {})", document.id(), name, document.size(), document.contentType());
    return document;
  }

  /** Renders documents of the renderer's kinds stored with {@link #storeDeferred}. */
  public void register(DocumentRenderer renderer) {
    renderer.kinds().forEach(kind -> renderers.put(kind, renderer));
  }

  /**
   * Stores a document the system generates under a new id without making its content yet: the renderer of
   * {@code kind} makes it from {@code source} the first time the document is read.
   */
  public StoredDocument storeDeferred(String fileName, String contentType, String kind, byte[] source) {
    if (!renderers.containsKey(kind)) {
      throw new IllegalStateException("No document renderer for '%s' is registered".formatted(kind));
    }
    String name = cleanFileName(fileName);
    StoredDocument document =
        new StoredDocument(newId(), name, resolveContentType(contentType, name), 0, Instant.now().truncatedTo(ChronoUnit.MILLIS), null);
    commit(document, Map.of(SOURCE_FILE, source, KIND_FILE, kind.getBytes(StandardCharsets.UTF_8)));
    log.info("Stored document {} '{}' ({}, made when first read)", document.id(), name, document.contentType());
    return document;
  }

  /** Writes the document's files and its metadata in a staging folder, then moves the folder into place at once. */
  private void commit(StoredDocument document, Map<String, byte[]> files) {
    Path incoming = staging.resolve(document.id());
    try {
      Files.createDirectory(incoming);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        writeDurably(incoming.resolve(file.getKey()), file.getValue());
      }
      writeDurably(incoming.resolve(META_FILE), json.writeValueAsBytes(document));
      Files.move(incoming, root.resolve(document.id()), StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(root);
    } catch (IOException e) {
      deleteRecursively(incoming);
      throw new UncheckedIOException("Cannot store document '" + document.fileName() + "' in " + root, e);
    }
  }

  public Optional<StoredDocument> find(String id) {
    if (!isValidId(id)) {
      return Optional.empty();
    }
    renderIfDeferred(id);
    try {
      return Optional.of(json.readValue(root.resolve(id).resolve(META_FILE).toFile(), StoredDocument.class));
    } catch (NoSuchFileException | FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the metadata of document " + id, e);
    }
  }

  /** The document's bytes; throws {@link DocumentNotFoundException} for an unknown id. */
  public byte[] content(String id) {
    if (!isValidId(id)) {
      throw new DocumentNotFoundException(id);
    }
    renderIfDeferred(id);
    try {
      return Files.readAllBytes(root.resolve(id).resolve(CONTENT_FILE));
    } catch (NoSuchFileException e) {
      throw new DocumentNotFoundException(id);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read document " + id, e);
    }
  }

  /**
   * Makes the content of a deferred document, once: renders it into a file beside the content's place, moves it
   * there, writes the size into the metadata, then drops the source. Each step can be repeated after a crash.
   */
  private void renderIfDeferred(String id) {
    Path dir = root.resolve(id);
    if (!Files.exists(dir.resolve(SOURCE_FILE))) {
      return;
    }
    Object renderLock = renderLocks.computeIfAbsent(id, key -> new Object());
    synchronized (renderLock) {
      try {
        Path source = dir.resolve(SOURCE_FILE);
        if (!Files.exists(source)) { // made meanwhile
          renderLocks.remove(id, renderLock);
          return;
        }
        Path content = dir.resolve(CONTENT_FILE);
        if (!Files.exists(content)) {
          String kind = Files.readString(dir.resolve(KIND_FILE), StandardCharsets.UTF_8).strip();
          DocumentRenderer renderer = renderers.get(kind);
          if (renderer == null) {
            throw new IllegalStateException("Document %s needs the renderer '%s', which is not registered".formatted(id, kind));
          }
          replaceDurably(content, renderer.render(kind, Files.readAllBytes(source)));
        }
        StoredDocument stored = json.readValue(dir.resolve(META_FILE).toFile(), StoredDocument.class);
        StoredDocument complete = new StoredDocument(
            stored.id(), stored.fileName(), stored.contentType(), Files.size(content), stored.storedAt(), stored.uploadedBy());
        replaceDurably(dir.resolve(META_FILE), json.writeValueAsBytes(complete));
        syncDirectory(dir);
        Files.delete(source);
        Files.deleteIfExists(dir.resolve(KIND_FILE));
        renderLocks.remove(id, renderLock);
        log.info("Made document {} '{}' ({} bytes, {})", id, complete.fileName(), complete.size(), complete.contentType());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot make document " + id, e);
      }
    }
  }

  public DataSize maxSize() {
    return maxSize;
  }

  /** The size limit in Danish for messages, e.g. "20 MB". */
  public String maxSizeText() {
    return danishSize(maxSize.toBytes(), RoundingMode.HALF_UP);
  }

  static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String cleanFileName(String raw) {
    String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
    // Some browsers and mail clients send the full client path.
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new DocumentRejectedException(DocumentRejectedException.Reason.MISSING_NAME, "Bilaget mangler et filnavn.");
    }
    if (name.length() > MAX_FILE_NAME_LENGTH) {
      throw new DocumentRejectedException(
          DocumentRejectedException.Reason.INVALID_NAME,
          "Filnavnet '%s…' er for langt; det må højst være %d tegn.".formatted(name.substring(0, 40), MAX_FILE_NAME_LENGTH));
    }
    return name;
  }

  static String resolveContentType(String given, String fileName) {
    if (given != null && !given.isBlank()) {
      try {
        MediaType type = MediaType.parseMediaType(given.strip());
        if (!type.isWildcardType() && !type.isWildcardSubtype() && !MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(type)) {
          return type.toString();
        }
      } catch (InvalidMediaTypeException e) {
        // fall back to the file name
      }
    }
    return MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
  }

  /** "25 MB", "20,5 MB", "300 KB", "12 byte": binary units, Danish decimal comma. */
  static String danishSize(long bytes, RoundingMode rounding) {
    if (bytes < KB) {
      return bytes + " byte";
    }
    long unit = bytes >= MB ? MB : KB;
    BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, rounding).stripTrailingZeros();
    return value.toPlainString().replace('.', ',') + (unit == MB ? " MB" : " KB");
  }

  private static void writeDurably(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** Writes the bytes beside the target, then moves them over it at once (a crash leaves one or the other). */
  private static void replaceDurably(Path target, byte[] bytes) throws IOException {
    Path next = target.resolveSibling(target.getFileName() + ".rendering");
    Files.deleteIfExists(next);
    writeDurably(next, bytes);
    Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename itself durable on POSIX file systems; not supported everywhere.
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      log.trace("Directory sync not supported for {}", dir, e);
    }
  }

  private void removeAbandonedStaging() {
    Instant cutoff = Instant.now().minus(ABANDONED_STAGING_AGE);
    try (Stream<Path> entries = Files.list(staging)) {
      entries
          .filter(entry -> {
            try {
              return Files.getLastModifiedTime(entry).toInstant().isBefore(cutoff);
            } catch (IOException e) {
              return false;
            }
          })
          .forEach(entry -> {
            log.warn("Removing unfinished document upload {}", entry);
            deleteRecursively(entry);
          });
    } catch (IOException e) {
      log.warn("Cannot clean the document staging folder {}", staging, e);
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          log.warn("Cannot delete {}", p, e);
        }
      });
    } catch (IOException e) {
      log.warn("Cannot delete {}", path, e);
    }
  }
}
