package dk.rammeflow.web;

import io.camunda.client.CamundaClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  @Bean(destroyMethod = "close")
  OrchestrationApi orchestrationApi(CamundaClient client, Environment environment) {
    return OrchestrationApi.of(client, environment);
  }
}
