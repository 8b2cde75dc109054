package dk.rammeflow.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreTest {

  record Note(String id, String text, Object extra) {}

  @TempDir Path dataDir;

  private RecordStore<Note> store() {
    return new RecordStore<>(dataDir.resolve("notes"), Note.class, Note::id);
  }

  @Test
  void keepsRecordsAcrossARestartAndHandsOutCopies() {
    RecordStore<Note> store = store();
    assertThat(store.create(new Note("n-1", "første", null))).isTrue();
    assertThat(store.create(new Note("n-1", "igen", null))).isFalse();
    store.update("n-1", n -> new Note(n.id(), "ændret", null));
    assertThat(store().find("n-1")).map(Note::text).hasValue("ændret");
  }

  @Test
  void findsTheRecordsThatMentionAnId() {
    RecordStore<Note> store = store();
    store.create(new Note("n-1", "bilag AbC_12-x", null));
    store.create(new Note("n-2", "ingen bilag, æøå", null));
    store.create(new Note("n-3", "AbC_12-x og mere", List.of("AbC_12-x")));
    assertThat(store.mentioning("AbC_12-x")).extracting(Note::id).containsExactlyInAnyOrder("n-1", "n-3");
    assertThat(store.mentioning("AbC_12-y")).isEmpty();
    assertThat(store.mentioning("n-2")).extracting(Note::text).containsExactly("ingen bilag, æøå");
    assertThatThrownBy(() -> store.mentioning("a\"b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.mentioning("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdOutsideTheAllowListCannotBeWrittenAnywhere() {
    RecordStore<Note> store = store();
    for (String id : List.of("../evil", "..", "a/b", "/tmp/x", "N-1", "n 1", "")) {
      assertThatThrownBy(() -> store.create(new Note(id, "x", null))).as(id).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(files(dataDir)).containsExactly(dataDir.resolve("notes"));
  }

  @Test
  void aFailedWriteChangesNothingAndLeavesNoTemporaryFile() throws IOException {
    RecordStore<Note> store = store();
    store.create(new Note("n-2", "gemt", null));
    // An object without properties cannot be written as JSON: the write fails after the temporary file exists.
    assertThatThrownBy(() -> store.update("n-2", n -> new Note(n.id(), "tabt", new Object()))).isInstanceOf(RuntimeException.class);
    assertThat(store.find("n-2")).map(Note::text).hasValue("gemt");
    try (Stream<Path> files = Files.list(dataDir.resolve("notes"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("n-2.json");
    }
  }

  @Test
  void aTemporaryFileLeftByACrashIsRemovedAtStart() throws IOException {
    store().create(new Note("n-3", "gemt", null));
    Files.writeString(dataDir.resolve("notes").resolve("record-123.tmp"), "{\"id\":\"halv");
    assertThat(store().find("n-3")).isPresent();
    assertThat(dataDir.resolve("notes").resolve("record-123.tmp")).doesNotExist();
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).sorted(Comparator.naturalOrder()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
