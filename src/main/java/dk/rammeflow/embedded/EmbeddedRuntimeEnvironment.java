package dk.rammeflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the runtime before any bean exists: with no cluster configured (no
 * {@code camunda.client.grpc-address}, no SaaS mode or cluster id), the application runs on the embedded engine and mail
 * server, and the Camunda client and Spring mail are pointed at them. Port 0 means "any free
 * port"; the chosen port is fixed here so every bean sees the same value.
 */
public class EmbeddedRuntimeEnvironment implements EnvironmentPostProcessor {

  static final String ENABLED = "rammeflow.embedded.enabled";
  static final String APPLICATION_CLIENT = "rammeflow-application";

  static boolean clusterConfigured(ConfigurableEnvironment env) {
    return StringUtils.hasText(env.getProperty("camunda.client.grpc-address"))
        || "saas".equalsIgnoreCase(env.getProperty("camunda.client.mode", ""))
        || StringUtils.hasText(env.getProperty("camunda.client.cloud.cluster-id"));
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (clusterConfigured(env)) {
      return;
    }
    int grpcPort = port(env, "rammeflow.embedded.grpc-port", 26500);
    int smtpPort = port(env, "rammeflow.embedded.smtp-port", 3025);
    int imapPort = port(env, "rammeflow.embedded.imap-port", 3143);

    Map<String, Object> props = new LinkedHashMap<>();
    props.put(ENABLED, "true");
    props.put("rammeflow.embedded.grpc-port", grpcPort);
    props.put("rammeflow.embedded.smtp-port", smtpPort);
    props.put("rammeflow.embedded.imap-port", imapPort);
    props.put("camunda.client.mode", "self-managed");
    props.put("camunda.client.grpc-address", "http://127.0.0.1:" + grpcPort);
    // The application's own client calls the REST API this server serves, so its port is fixed now.
    int httpPort = port(env, "server.port", 8080);
    props.put("server.port", httpPort);
    props.put("camunda.client.rest-address", "http://127.0.0.1:" + httpPort);
    props.put("camunda.client.prefer-rest-over-grpc", "false");
    // The web application's client reaches the REST API this server serves with a password made for this run.
    props.put("rammeflow.security.application-client.username", APPLICATION_CLIENT);
    props.put("rammeflow.security.application-client.password", applicationClientPassword());
    props.put("spring.mail.host", "127.0.0.1");
    props.put("spring.mail.port", smtpPort);
    props.put("rammeflow.mail.imap.host", "127.0.0.1");
    props.put("rammeflow.mail.imap.port", imapPort);
    env.getPropertySources().addFirst(new MapPropertySource("rammeflowEmbeddedRuntime", props));
  }

  private static String applicationClientPassword() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  private static int port(ConfigurableEnvironment env, String key, int defaultPort) {
    int configured = env.getProperty(key, Integer.class, defaultPort);
    return configured != 0 ? configured : freePort();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free local port for the embedded runtime", e);
    }
  }
}
