package dk.rammeflow.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which path of {@code /api} and {@code /v2}. Paths not listed are the secretariat's.
 * "Signed in" paths narrow what they return or check the record themselves, with {@link CurrentUser}:
 * a party sees its own hearings and responses, a forum member the items of its forum, a user task
 * only its candidate groups ({@link UserTaskAccess}), a document only who may read it ({@link DocumentAccess}).
 */
final class ApiAccessRules {

  private ApiAccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths, DocumentAccess documents) {
    paths
        // The embedded runtime's Camunda user task API: each task checked against its candidate groups.
        .requestMatchers("/v2/user-tasks", "/v2/user-tasks/**").authenticated()
        // Shared data every participant needs.
        .requestMatchers(GET, "/api/reference/**", "/api/calendar/**").authenticated()
        .requestMatchers(POST, "/api/calendar/plan").authenticated()
        // Reads narrowed to what the user takes part in.
        .requestMatchers(GET, "/api/hearings", "/api/hearings/*").authenticated()
        .requestMatchers(GET, "/api/forum-decisions", "/api/forum-decisions/*").authenticated()
        .requestMatchers(GET, "/api/central-notifications", "/api/central-notifications/*").authenticated()
        .requestMatchers(GET, "/api/mail/sent", "/api/mail").authenticated()
        .requestMatchers(POST, "/api/documents").authenticated()
        .requestMatchers(GET, "/api/documents/{id}", "/api/documents/{id}/meta").access(documents)
        // An operator submits its own tariffs; the controller checks the operator's group (CurrentUser.requireMemberOf).
        .requestMatchers(POST, "/api/tariff-rounds/*/submissions").authenticated()
        // Everything else — starting, extending, cancelling, decisions, review list, tariff rounds,
        // social agreements, any other /v2 path — is the secretariat's.
        .anyRequest().hasAuthority(Groups.SECRETARIAT_AUTHORITY);
  }
}
