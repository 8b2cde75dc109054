package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.testkit.ProcessTestKit;
import dk.rammeflow.testkit.RammeflowProcessTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A person can read every mail the system sent, per recipient, without external tools. */
@RammeflowProcessTest
class MailboxControllerTest {

  @Autowired JavaMailSender mailSender;
  @Autowired ProcessTestKit kit;
  @LocalServerPort int port;

  @Test
  void listsMailPerRecipientAsJsonAndHtml() throws Exception {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("sekretariat@rammeaftale.example");
    mail.setTo("das@broenderslev.example", "das@morsoe.example");
    mail.setSubject("Materiale til DAS – møde 1. juni");
    mail.setText("Hermed materialet til mødet. Venlig hilsen sekretariatet");
    mailSender.send(mail);

    HttpClient http = HttpClient.newHttpClient();
    String secretariat = kit.authorizationAs("sekretariatet");
    String json = "";
    for (int i = 0; i < 100 && !json.contains("das@morsoe.example"); i++) {
      json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mail?recipient=das@morsoe.example")).header("Authorization", secretariat).build(), HttpResponse.BodyHandlers.ofString()).body();
      Thread.sleep(Duration.ofMillis(50));
    }
    assertThat(json).contains("\"recipient\":\"das@morsoe.example\"").contains("Materiale til DAS – møde 1. juni").doesNotContain("das@broenderslev.example\",\"messages");

    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mail")).header("Authorization", secretariat).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body()).contains("<h2>das@broenderslev.example").contains("<h2>das@morsoe.example").contains("Hermed materialet til mødet");
  }
}
