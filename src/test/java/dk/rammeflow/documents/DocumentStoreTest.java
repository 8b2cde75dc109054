package dk.rammeflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DocumentStoreTest {

  private static final byte[] PDF = "%PDF-1.7 høringssvar".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dataDir;

  private DocumentStore store() {
    return new DocumentStore(dataDir, DataSize.parse(DocumentStore.DEFAULT_MAX_SIZE));
  }

  @Test
  void storesFindsAndReadsADocumentWithDanishFileName() {
    DocumentStore store = store();
    Instant before = Instant.now().minusMillis(1);

    StoredDocument stored = store.store("Høringssvar fra Læsø – bilag.pdf", "application/pdf", PDF);

    assertThat(stored.fileName()).isEqualTo("Høringssvar fra Læsø – bilag.pdf");
    assertThat(stored.contentType()).isEqualTo("application/pdf");
    assertThat(stored.size()).isEqualTo(PDF.length);
    assertThat(stored.storedAt()).isAfter(before).isBefore(Instant.now().plusMillis(1));
    assertThat(stored.id()).matches("[A-Za-z0-9_-]{22}");
    assertThat(store.find(stored.id())).contains(stored);
    assertThat(store.content(stored.id())).isEqualTo(PDF);
  }

  /** Renders "source" as its upper case, counting how often it was asked. */
  private static final class Upper implements DocumentRenderer {
    int renders;

    @Override
    public Set<String> kinds() {
      return Set.of("upper");
    }

    @Override
    public byte[] render(String kind, byte[] source) {
      renders++;
      return new String(source, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aDeferredDocumentIsMadeOnceWhenFirstReadAndThenKeptAsAnyOther() throws IOException {
    DocumentStore store = store();
    Upper upper = new Upper();
    store.register(upper);

    StoredDocument stored = store.storeDeferred("Høringsnotat – Læsø.pdf", "application/pdf", "upper", "høringsnotat".getBytes(StandardCharsets.UTF_8));

    assertThat(upper.renders).isZero();
    assertThat(stored.size()).isZero();
    assertThat(store.find(stored.id())).hasValueSatisfying(found -> {
      assertThat(found.fileName()).isEqualTo("Høringsnotat – Læsø.pdf");
      assertThat(found.size()).isEqualTo("HØRINGSNOTAT".getBytes(StandardCharsets.UTF_8).length);
    });
    assertThat(store.content(stored.id())).isEqualTo("HØRINGSNOTAT".getBytes(StandardCharsets.UTF_8));
    assertThat(upper.renders).isEqualTo(1);
    try (Stream<Path> files = Files.list(dataDir.resolve("documents").resolve(stored.id()))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("content", "meta.json");
    }
  }

  @Test
  void twoDeferredDocumentsAreMadeAtTheSameTimeWhileReadersOfOneWaitForIt() throws Exception {
    DocumentStore store = store();
    CountDownLatch bothRendering = new CountDownLatch(2);
    AtomicInteger renders = new AtomicInteger();
    AtomicInteger rendersThatMetTheOther = new AtomicInteger();
    store.register(new DocumentRenderer() {
      @Override
      public Set<String> kinds() {
        return Set.of("slow");
      }

      @Override
      public byte[] render(String kind, byte[] source) {
        renders.incrementAndGet();
        bothRendering.countDown();
        try {
          if (bothRendering.await(5, TimeUnit.SECONDS)) {
            rendersThatMetTheOther.incrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return source;
      }
    });
    String first = store.storeDeferred("notat-1.pdf", "application/pdf", "slow", "første".getBytes(StandardCharsets.UTF_8)).id();
    String second = store.storeDeferred("notat-2.pdf", "application/pdf", "slow", "anden".getBytes(StandardCharsets.UTF_8)).id();

    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> reads = readers.invokeAll(List.of(
          () -> store.content(first), () -> store.content(second), () -> store.content(first), () -> store.content(second)));
      assertThat(rendersThatMetTheOther).as("each document was made while the other was").hasValue(2);
      assertThat(reads.get(0).get()).isEqualTo(reads.get(2).get()).isEqualTo("første".getBytes(StandardCharsets.UTF_8));
      assertThat(reads.get(1).get()).isEqualTo(reads.get(3).get()).isEqualTo("anden".getBytes(StandardCharsets.UTF_8));
      assertThat(renders).hasValue(2);
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void aDeferredDocumentOutlivesARestartAndIsMadeByTheRendererRegisteredThen() {
    DocumentStore before = store();
    before.register(new Upper());
    StoredDocument stored = before.storeDeferred("notat.pdf", "application/pdf", "upper", "svar".getBytes(StandardCharsets.UTF_8));

    DocumentStore after = store();
    Upper upper = new Upper();
    after.register(upper);

    assertThat(after.content(stored.id())).isEqualTo("SVAR".getBytes(StandardCharsets.UTF_8));
    assertThat(upper.renders).isEqualTo(1);
    assertThatThrownBy(() -> after.storeDeferred("x.pdf", "application/pdf", "unknown", new byte[] {1}))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
  }

  @Test
  void keepsEachDocumentInItsOwnFolderWithJsonMetadata() throws IOException {
    StoredDocument stored = store().store("Referat DAS 20.01.2023.docx", null, PDF);

    Path folder = dataDir.resolve("documents").resolve(stored.id());
    assertThat(Files.readAllBytes(folder.resolve("content"))).isEqualTo(PDF);
    String meta = Files.readString(folder.resolve("meta.json"), StandardCharsets.UTF_8);
    assertThat(meta).contains("\"fileName\":\"Referat DAS 20.01.2023.docx\"", "\"id\":\"" + stored.id() + "\"");
    try (Stream<Path> staging = Files.list(dataDir.resolve("documents").resolve(".incoming"))) {
      assertThat(staging).isEmpty();
    }
  }

  @Test
  void documentsSurviveANewStoreOnTheSameFolder() {
    StoredDocument stored = store().store("Takstbilag – Ålborg.xlsx", null, PDF);

    DocumentStore afterRestart = store();

    assertThat(afterRestart.find(stored.id())).contains(stored);
    assertThat(afterRestart.content(stored.id())).isEqualTo(PDF);
  }

  @Test
  void givesEveryDocumentANewId() {
    DocumentStore store = store();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      ids.add(store.store("bilag.pdf", "application/pdf", PDF).id());
    }
    assertThat(ids).hasSize(50);
  }

  @Test
  void guessesTheContentTypeFromTheNameWhenMissingOrGeneric() {
    DocumentStore store = store();
    assertThat(store.store("svar.docx", null, PDF).contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(store.store("svar.pdf", "application/octet-stream", PDF).contentType()).isEqualTo("application/pdf");
    assertThat(store.store("svar.pdf", "ikke en type", PDF).contentType()).isEqualTo("application/pdf");
    assertThat(store.store("svar.ukendt", "", PDF).contentType()).isEqualTo("application/octet-stream");
    assertThat(store.store("svar.txt", "text/plain;charset=UTF-8", PDF).contentType()).isEqualTo("text/plain;charset=UTF-8");
  }

  @Test
  void rejectsTooLargeDocumentWithDanishMessageAndKeepsNothing() throws IOException {
    DocumentStore store = store();
    byte[] tooLarge = new byte[25 * 1024 * 1024];

    assertThatThrownBy(() -> store.store("Referat.pdf", "application/pdf", tooLarge))
        .isInstanceOf(DocumentRejectedException.class)
        .hasMessage("Bilaget 'Referat.pdf' er for stort (25 MB); grænsen er 20 MB.")
        .extracting(e -> ((DocumentRejectedException) e).reason())
        .isEqualTo(DocumentRejectedException.Reason.TOO_LARGE);
    assertThat(storedFolders()).isEmpty();
  }

  @Test
  void acceptsADocumentOfExactlyTheLimitAndRejectsOneByteMore() {
    DocumentStore store = new DocumentStore(dataDir, DataSize.ofKilobytes(2));

    assertThat(store.store("præcis.pdf", null, new byte[2048]).size()).isEqualTo(2048);
    assertThatThrownBy(() -> store.store("én byte for meget.pdf", null, new byte[2049]))
        .hasMessage("Bilaget 'én byte for meget.pdf' er for stort (2,1 KB); grænsen er 2 KB.");
  }

  @Test
  void rejectsEmptyDocument() {
    assertThatThrownBy(() -> store().store("tomt.pdf", "application/pdf", new byte[0]))
        .isInstanceOf(DocumentRejectedException.class)
        .hasMessage("Bilaget 'tomt.pdf' er tomt.");
    assertThatThrownBy(() -> store().store("tomt.pdf", "application/pdf", null)).hasMessage("Bilaget 'tomt.pdf' er tomt.");
  }

  @Test
  void rejectsDocumentWithoutName() {
    for (String name : new String[] {null, "", "   ", "C:\\Users\\mette\\", ".."}) {
      assertThatThrownBy(() -> store().store(name, "application/pdf", PDF))
          .as("name %s", name)
          .isInstanceOf(DocumentRejectedException.class)
          .hasMessage("Bilaget mangler et filnavn.");
    }
  }

  @Test
  void dropsClientPathsAndControlCharactersAndNormalisesDanishLetters() {
    DocumentStore store = store();
    assertThat(store.store("C:\\Users\\mette\\Høringssvar.docx", null, PDF).fileName()).isEqualTo("Høringssvar.docx");
    assertThat(store.store("../../etc/passwd", null, PDF).fileName()).isEqualTo("passwd");
    assertThat(store.store("bilag\r\n1.pdf", null, PDF).fileName()).isEqualTo("bilag1.pdf");
    // macOS sends å decomposed (a + combining ring); it is kept as the one letter å.
    assertThat(store.store("Ha\u030Ar.pdf", null, PDF).fileName()).isEqualTo("Hår.pdf");
    assertThat(dataDir.getParent().resolve("etc")).doesNotExist();
  }

  @Test
  void unknownOrMalformedIdsAreNotFound() {
    DocumentStore store = store();
    store.store("bilag.pdf", null, PDF);

    assertThat(store.find("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(store.find("../documents")).isEmpty();
    assertThat(store.find(".incoming")).isEmpty();
    assertThat(store.find(null)).isEmpty();
    assertThatThrownBy(() -> store.content("AAAAAAAAAAAAAAAAAAAAAA"))
        .isInstanceOf(DocumentNotFoundException.class)
        .hasMessage("Der findes intet bilag med id 'AAAAAAAAAAAAAAAAAAAAAA'.");
    assertThatThrownBy(() -> store.content("../../x")).isInstanceOf(DocumentNotFoundException.class);
  }

  @Test
  void anUploadInterruptedByACrashIsNeverFoundAndIsCleanedUpLater() throws IOException {
    store();
    Path staging = dataDir.resolve("documents").resolve(".incoming");
    Path abandoned = Files.createDirectory(staging.resolve("AbandonedUploadxxxxxxx"));
    Files.write(abandoned.resolve("content"), new byte[] {1, 2, 3});
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path recent = Files.createDirectory(staging.resolve("RecentUploadxxxxxxxxxx"));

    DocumentStore afterRestart = store();

    assertThat(afterRestart.find("AbandonedUploadxxxxxxx")).isEmpty();
    assertThat(abandoned).doesNotExist();
    assertThat(recent).exists();
  }

  @Test
  void writesSizesTheDanishWay() {
    assertThat(DocumentStore.danishSize(25L * 1024 * 1024, RoundingMode.CEILING)).isEqualTo("25 MB");
    assertThat(DocumentStore.danishSize(20L * 1024 * 1024 + 1, RoundingMode.CEILING)).isEqualTo("20,1 MB");
    assertThat(DocumentStore.danishSize(20L * 1024 * 1024, RoundingMode.HALF_UP)).isEqualTo("20 MB");
    assertThat(DocumentStore.danishSize(300 * 1024, RoundingMode.HALF_UP)).isEqualTo("300 KB");
    assertThat(DocumentStore.danishSize(12, RoundingMode.HALF_UP)).isEqualTo("12 byte");
  }

  private Set<Path> storedFolders() throws IOException {
    try (Stream<Path> entries = Files.list(dataDir.resolve("documents"))) {
      return entries.filter(p -> !p.getFileName().toString().equals(".incoming")).collect(java.util.stream.Collectors.toSet());
    }
  }
}
