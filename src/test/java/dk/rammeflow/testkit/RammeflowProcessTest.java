package dk.rammeflow.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application on the embedded runtime, with free ports for gRPC, HTTP, SMTP
 * and IMAP. Test classes with this annotation share one application context, hence one engine:
 * tests keep apart by working on their own process instances. The built-in users are created with
 * {@link ProcessTestKit#TEST_PASSWORD} (bcrypt at its lowest cost, for speed).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "rammeflow.embedded.grpc-port=0",
      "rammeflow.embedded.smtp-port=0",
      "rammeflow.embedded.imap-port=0",
      "rammeflow.data-dir=target/test-data/${PID}",
      // Engine time: a failed mail job is retried only when a test moves the clock past its backoff.
      "rammeflow.hearing.mail-retry-backoff=PT1H",
      "rammeflow.security.bootstrap-password=" + ProcessTestKit.TEST_PASSWORD,
      "rammeflow.security.password-strength=4",
      // Tests assert on every record; the benchmark keeps the application's window.
      "rammeflow.embedded.record-window=${benchmark.record-window:0}",
      RammeflowProcessTest.WITHOUT_TEST_CLASS_PATH_AUTO_CONFIGURATION
    })
@Import(ProcessTestKit.class)
public @interface RammeflowProcessTest {

  /**
   * Spring Authorization Server is on the test class path only (the OIDC test's identity provider), not on the
   * application's: without this, Spring Boot's auto-configuration would make every test application generate an
   * RSA key pair at start (with C1 only, about 40% of a start-up's CPU). Tests that start the application in a
   * JVM of their own from the test class path pass it too (as {@code --} argument).
   */
  String WITHOUT_TEST_CLASS_PATH_AUTO_CONFIGURATION = "spring.autoconfigure.exclude="
      + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration,"
      + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration";
}
