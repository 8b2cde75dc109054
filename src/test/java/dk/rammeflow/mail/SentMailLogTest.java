package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentMailLogTest {

  @TempDir Path dataDir;

  private static SentMail mail(String key, String hearingId, String partyId) {
    return new SentMail(key, "<" + key.replace(':', '-') + "@rammeaftale.example>", List.of(partyId + "@kommune.example"),
        "Høring: særlige tilbud for børn og unge", Instant.parse("2025-10-02T08:15:00Z"), Map.of("hearingId", hearingId, "partyId", partyId, "kind", "invitation"));
  }

  @Test
  void persistsAndReloadsEveryMail() {
    SentMailLog log = new SentMailLog(dataDir);
    log.record(mail("hearing:H1:aalborg:invitation", "H1", "aalborg"));
    log.record(mail("hearing:H1:læsø:invitation", "H1", "læsø"));
    log.record(mail("hearing:H2:aalborg:invitation", "H2", "aalborg"));

    SentMailLog reloaded = new SentMailLog(dataDir);

    assertThat(reloaded.all()).containsExactlyElementsOf(log.all()).hasSize(3);
    assertThat(reloaded.withTag("hearingId", "H1")).extracting(SentMail::idempotencyKey)
        .containsExactly("hearing:H1:aalborg:invitation", "hearing:H1:læsø:invitation");
    assertThat(reloaded.byKey("hearing:H1:læsø:invitation")).map(SentMail::subject).contains("Høring: særlige tilbud for børn og unge");
    assertThat(reloaded.byKey("hearing:H9:aalborg:invitation")).isEmpty();
    assertThat(reloaded.byMessageId("<hearing-H2-aalborg-invitation@rammeaftale.example>")).map(SentMail::idempotencyKey).contains("hearing:H2:aalborg:invitation");
    assertThat(reloaded.byMessageId("hearing-H2-aalborg-invitation@rammeaftale.example")).as("without brackets").isPresent();
    assertThat(reloaded.all().get(1).sentAt()).isEqualTo(Instant.parse("2025-10-02T08:15:00Z"));
  }

  @Test
  void concurrentWorkersShareForcesAndEachMailIsOnDiskWhenRecordReturns() throws Exception {
    SentMailLog log = new SentMailLog(dataDir);
    Path file = dataDir.resolve("mail/sent.jsonl");
    int workers = 8;
    int perWorker = 40;
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
      for (int w = 0; w < workers; w++) {
        int worker = w;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perWorker; i++) {
            String key = "hearing:H%d:party%d:invitation".formatted(worker, i);
            log.record(mail(key, "H" + worker, "party" + i));
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("on disk when record returns").contains(key);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    }
    assertThat(new SentMailLog(dataDir).all()).hasSize(workers * perWorker);
    assertThat(log.forces()).as("forces for %d concurrent mails", workers * perWorker).isLessThan(workers * perWorker);
  }

  @Test
  void lineCutShortByACrashIsSkippedAndLaterMailsSurvive() throws Exception {
    new SentMailLog(dataDir).record(mail("k1", "H1", "aalborg"));
    Path file = dataDir.resolve("mail/sent.jsonl");
    Files.writeString(file, "{\"idempotencyKey\":\"k2\",\"messa", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    SentMailLog afterCrash = new SentMailLog(dataDir);
    assertThat(afterCrash.all()).extracting(SentMail::idempotencyKey).containsExactly("k1");
    afterCrash.record(mail("k3", "H1", "rebild"));

    assertThat(new SentMailLog(dataDir).all()).extracting(SentMail::idempotencyKey).containsExactly("k1", "k3");
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    SentMailLog log = new SentMailLog(dataDir);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      futures.add(pool.submit(() -> log.record(mail("key-" + n, "H" + (n % 5), "party-" + n))));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();

    assertThat(log.all()).hasSize(200);
    assertThat(new SentMailLog(dataDir).all()).hasSize(200);
    assertThat(new SentMailLog(dataDir).withTag("hearingId", "H3")).hasSize(40);
  }
}
