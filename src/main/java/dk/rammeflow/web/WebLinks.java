package dk.rammeflow.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links into the web application for mails, from {@code rammeflow.public-url} (the
 * address users reach the application at, default {@code http://localhost:8080}).
 */
@Component
public class WebLinks {

  private final String publicUrl;

  public WebLinks(@Value("${rammeflow.public-url:http://localhost:8080}") String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /**
   * A party's task in a hearing. The mail goes out before the task exists and the task is replaced
   * when it opens again (a clarification, a moved deadline), so the link names the hearing and the
   * party and the inbox resolves it to the party's current open task.
   */
  public String hearingTask(String hearingId, String partyId) {
    return publicUrl + "/opgaver/hoering/" + encode(hearingId) + "/" + encode(partyId);
  }

  /** The signed-in user's task inbox. */
  public String inbox() {
    return publicUrl + "/opgaver";
  }

  /** A case's page in the secretariat's overview, e.g. {@code case("hoeringer", "h-...")}. */
  public String caseUrl(String slug, String id) {
    return publicUrl + "/sager/" + encode(slug) + "/" + encode(id);
  }

  /** A link of the application (e.g. {@code /api/documents/...}) made absolute; absolute links stay as they are. */
  public String absolute(String url) {
    if (url == null || url.isBlank() || url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return url;
    }
    return publicUrl + (url.startsWith("/") ? url : "/" + url);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
