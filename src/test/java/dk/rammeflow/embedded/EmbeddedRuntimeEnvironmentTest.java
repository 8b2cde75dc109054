package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedRuntimeEnvironmentTest {

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test", properties));
    new EmbeddedRuntimeEnvironment().postProcessEnvironment(env, new SpringApplication());
    return env;
  }

  @Test
  void withoutAClusterTheEmbeddedRuntimeStarts() {
    StandardEnvironment env = environment(Map.of());
    assertThat(env.getProperty(EmbeddedRuntimeEnvironment.ENABLED)).isEqualTo("true");
    assertThat(env.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:26500");
  }

  @Test
  void aSelfManagedClusterAddressIsUsedAsItIs() {
    StandardEnvironment env = environment(Map.of("camunda.client.grpc-address", "http://zeebe.example:26500"));
    assertThat(env.getProperty(EmbeddedRuntimeEnvironment.ENABLED)).isNull();
    assertThat(env.getProperty("camunda.client.grpc-address")).isEqualTo("http://zeebe.example:26500");
  }

  @Test
  void aSaasClusterNeedsNoAddress() {
    assertThat(environment(Map.of("camunda.client.mode", "saas")).getProperty(EmbeddedRuntimeEnvironment.ENABLED)).isNull();
    assertThat(environment(Map.of("camunda.client.cloud.cluster-id", "c0ffee")).getProperty(EmbeddedRuntimeEnvironment.ENABLED)).isNull();
  }
}
