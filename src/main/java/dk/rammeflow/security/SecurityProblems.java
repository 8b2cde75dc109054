package dk.rammeflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the APIs as {@code application/problem+json}: Danish for Rammeflow's own API
 * ({@code /api}), in the style of the Orchestration Cluster REST API for {@code /v2}.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Rammeflow";

  private final ObjectMapper json;

  SecurityProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
    // Browsers' scripts get no challenge, so no login dialog pops up over the web application.
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    }
    write(request, response, HttpStatus.UNAUTHORIZED,
        "Log ind først",
        "Kræver login: brug HTTP Basic med din e-mailadresse og adgangskode eller et gyldigt adgangstoken.",
        "Unauthorized", "The request requires authentication (HTTP Basic or a bearer token)");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN,
        "Adgang nægtet",
        "Du har ikke adgang til dette. Kontakt Rammeaftalesekretariatet, hvis du mener, at du burde have adgang.",
        "Forbidden", "The authenticated user is not authorized for this resource");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String danishTitle, String danishDetail, String apiTitle, String apiDetail) throws IOException {
    boolean camundaApi = request.getRequestURI().startsWith(request.getContextPath() + "/v2/");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, camundaApi ? apiDetail : danishDetail);
    problem.setTitle(camundaApi ? apiTitle : danishTitle);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
