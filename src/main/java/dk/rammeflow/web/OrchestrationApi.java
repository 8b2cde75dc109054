package dk.rammeflow.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import org.springframework.core.env.Environment;

/**
 * The Camunda client through which the web application reads and works on tasks, variables and
 * diagrams: the Orchestration Cluster REST API. On a cluster that is the application's configured
 * client ({@code camunda.client.*}, with the cluster's credentials). On the embedded runtime, which
 * serves that API itself, it is a REST client of its own that signs in as the application
 * ({@code rammeflow.security.application-client.*}); the workers' gRPC client stays as it is.
 */
public final class OrchestrationApi implements AutoCloseable {

  private final CamundaClient client;
  private final boolean own;

  private OrchestrationApi(CamundaClient client, boolean own) {
    this.client = client;
    this.own = own;
  }

  static OrchestrationApi of(CamundaClient applicationClient, Environment environment) {
    String password = environment.getProperty("rammeflow.security.application-client.password");
    if (password == null || password.isBlank()) {
      return new OrchestrationApi(applicationClient, false);
    }
    CamundaClient own =
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .grpcAddress(URI.create(environment.getRequiredProperty("camunda.client.grpc-address")))
            .restAddress(URI.create(environment.getRequiredProperty("camunda.client.rest-address")))
            .preferRestOverGrpc(true)
            .credentialsProvider(
                CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                    .applyEnvironmentOverrides(false)
                    .username(environment.getRequiredProperty("rammeflow.security.application-client.username"))
                    .password(password)
                    .build())
            .build();
    return new OrchestrationApi(own, true);
  }

  public CamundaClient client() {
    return client;
  }

  @Override
  public void close() {
    if (own) {
      client.close();
    }
  }
}
