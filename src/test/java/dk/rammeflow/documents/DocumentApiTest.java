package dk.rammeflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The document REST API over real HTTP on an embedded Tomcat with Spring Boot's real multipart
 * handling, with only the web stack and the documents package started. Limits are small: the store
 * takes 2 KB, the servlet container 4 KB per file.
 */
@SpringBootTest(
    classes = DocumentApiTest.WebApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "rammeflow.documents.max-size=2KB",
      "spring.servlet.multipart.max-file-size=4KB",
      "spring.servlet.multipart.max-request-size=5KB"
    })
class DocumentApiTest {

  private static final Path DATA_DIR = createDataDir();
  private static final String BOUNDARY = "rammeflow-test-boundary";

  @SpringBootConfiguration
  @ImportAutoConfiguration({
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    HttpEncodingAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    MultipartAutoConfiguration.class
  })
  @Import({DocumentStore.class, DocumentController.class, DocumentUploadSizeAdvice.class})
  static class WebApp {}

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("rammeflow.data-dir", DATA_DIR::toString);
  }

  @AfterAll
  static void removeDataDir() throws IOException {
    try (Stream<Path> walk = Files.walk(DATA_DIR)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @LocalServerPort int port;
  @Autowired DocumentStore store;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void uploadThenDownloadWithDanishFileName() throws Exception {
    byte[] content = "%PDF-1.7 Læsø Kommunes høringssvar".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> created = upload("Høringssvar fra Læsø.pdf", "application/pdf", content);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    String id = body.get("id").asText();
    assertThat(body.get("fileName").asText()).isEqualTo("Høringssvar fra Læsø.pdf");
    assertThat(body.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(body.get("size").asLong()).isEqualTo(content.length);
    assertThat(body.get("storedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(created.headers().firstValue("Location")).hasValue(url("/api/documents/" + id));
    assertThat(store.content(id)).isEqualTo(content);

    HttpResponse<byte[]> download = http.send(get("/api/documents/" + id), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(content);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Hoeringssvar fra Laesoe.pdf\"; filename*=UTF-8''H%C3%B8ringssvar%20fra%20L%C3%A6s%C3%B8.pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> meta = http.send(get("/api/documents/" + id + "/meta"), HttpResponse.BodyHandlers.ofString());
    assertThat(meta.statusCode()).isEqualTo(200);
    assertThat(json.readTree(meta.body())).isEqualTo(body);
  }

  @Test
  void unknownDocumentIsA404ProblemInDanish() throws Exception {
    for (String path : new String[] {"/api/documents/AAAAAAAAAAAAAAAAAAAAAA", "/api/documents/AAAAAAAAAAAAAAAAAAAAAA/meta"}) {
      HttpResponse<String> response = http.send(get(path), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.get("detail").asText()).isEqualTo("Der findes intet bilag med id 'AAAAAAAAAAAAAAAAAAAAAA'.");
      assertThat(problem.get("status").asInt()).isEqualTo(404);
      assertThat(problem.get("instance").asText()).isEqualTo(path);
    }
  }

  @Test
  void documentAboveTheStoreLimitIsRejectedWithDanishProblem() throws Exception {
    HttpResponse<String> response = upload("Takstbilag Ærø.pdf", "application/pdf", new byte[3 * 1024]);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(response.body()).get("detail").asText())
        .isEqualTo("Bilaget 'Takstbilag Ærø.pdf' er for stort (3 KB); grænsen er 2 KB.");
  }

  @Test
  void documentAboveTheServletLimitIsRejectedWithTheSameKindOfProblem() throws Exception {
    HttpResponse<String> response = upload("Stort bilag.pdf", "application/pdf", new byte[6 * 1024]);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("Bilaget er for stort; grænsen er 2 KB.");
  }

  @Test
  void emptyFileAndMissingFileAreBadRequests() throws Exception {
    HttpResponse<String> empty = upload("tom.txt", "text/plain", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json.readTree(empty.body()).get("detail").asText()).isEqualTo("Bilaget 'tom.txt' er tomt.");

    HttpResponse<String> missing = post(multipart("other", "x.txt", "text/plain", new byte[] {1}));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(missing.body()).get("detail").asText())
        .isEqualTo("Der er ikke vedhæftet nogen fil (forventet i feltet 'file').");
  }

  @Test
  void dispositionFallbackIsPlainAscii() {
    assertThat(DocumentController.asciiFallback("Åse \"Ø\" café\\æ.pdf")).isEqualTo("Aase _Oe_ cafe_ae.pdf");
    assertThat(DocumentController.rfc5987Encode("a b;ø.pdf")).isEqualTo("a%20b%3B%C3%B8.pdf");
  }

  private HttpResponse<String> upload(String fileName, String contentType, byte[] content) throws Exception {
    return post(multipart("file", fileName, contentType, content));
  }

  private HttpResponse<String> post(byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/api/documents")))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** One file part, its name in raw UTF-8 as browsers send it. */
  private static byte[] multipart(String field, String fileName, String contentType, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
            + "Content-Type: " + contentType + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(url(path))).GET().build();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static Path createDataDir() {
    try {
      return Files.createTempDirectory("rammeflow-documents-api");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
