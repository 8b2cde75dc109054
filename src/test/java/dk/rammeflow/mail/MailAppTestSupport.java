package dk.rammeflow.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import dk.rammeflow.testkit.ProcessTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Shared by the mail tests that run the whole application (the shared application context): a data directory of
 * the test run for what a test builds itself (so processed mail never leaks between runs) and real IMAP access to
 * the embedded mail server.
 */
abstract class MailAppTestSupport {

  static final Path DATA_DIR = createDataDir();

  @Autowired Environment environment;
  @Autowired ProcessTestKit kit;

  private static Path createDataDir() {
    try {
      Path dir = Files.createTempDirectory("rammeflow-mail-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int imapPort() {
    return environment.getRequiredProperty("rammeflow.embedded.imap-port", Integer.class);
  }

  /** Every message in the user's inbox, read over IMAP as a mail client would, each copied in full. */
  List<MimeMessage> readInbox(String user) throws MessagingException, IOException {
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", imapPort(), user, "ikke-brugt");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<MimeMessage> copies = new ArrayList<>();
      for (Message message : inbox.getMessages()) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        copies.add(new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray())));
      }
      inbox.close(false);
      return copies;
    }
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path)).header("Authorization", kit.authorizationAs("sekretariatet")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return new ObjectMapper().readTree(response.body());
  }
}
