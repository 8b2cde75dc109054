package dk.rammeflow;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.testkit.RammeflowProcessTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application in a JVM of its own, on the embedded runtime: a failed start ends the JVM, and
 * SIGTERM stops a running one within 30 seconds.
 */
class ApplicationExitTest {

  private static final long START_SECONDS = 180;

  @TempDir Path dataDir;

  @Test
  void aFailedStartEndsTheJvm() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Path log = dataDir.resolve("failed-start.log");
      Process app = start(taken.getLocalPort(), log);
      try {
        boolean exited = app.waitFor(START_SECONDS, TimeUnit.SECONDS);
        assertThat(exited).as("the JVM ended after its start failed; its log:%n%s", tail(log)).isTrue();
        assertThat(app.exitValue()).as("exit code").isNotZero();
      } finally {
        app.destroyForcibly();
      }
    }
  }

  @Test
  void sigtermStopsARunningApplicationWithin30Seconds() throws Exception {
    Path log = dataDir.resolve("sigterm.log");
    Process app = start(0, log);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
      while (!Files.readString(log).contains("ready with everything deployed in")) {
        assertThat(app.isAlive()).as("the application runs; its log:%n%s", tail(log)).isTrue();
        assertThat(System.nanoTime()).as("the application became ready; its log:%n%s", tail(log)).isLessThan(deadline);
        Thread.sleep(200);
      }
      app.destroy(); // SIGTERM
      assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the JVM ended within 30 s of SIGTERM; its log:%n%s", tail(log)).isTrue();
    } finally {
      app.destroyForcibly();
    }
  }

  private Process start(int httpPort, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m",
        // C1 only, as the test JVMs (pom.xml): the start-up compiles with about half the CPU.
        "-XX:TieredStopAtLevel=1",
        "-cp", classPath(),
        RammeflowApplication.class.getName(),
        "--server.port=" + httpPort,
        "--rammeflow.embedded.grpc-port=0",
        "--rammeflow.embedded.smtp-port=0",
        "--rammeflow.embedded.imap-port=0",
        "--rammeflow.data-dir=" + dataDir.resolve("data"),
        "--rammeflow.security.bootstrap-password=exit-test-adgangskode",
        "--rammeflow.security.password-strength=4",
        "--" + RammeflowProcessTest.WITHOUT_TEST_CLASS_PATH_AUTO_CONFIGURATION));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The test class path without test classes (their test models) and without duplicates. */
  private static String classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
        .distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
