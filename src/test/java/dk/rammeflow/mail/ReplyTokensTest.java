package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyTokensTest {

  @TempDir Path dataDir;

  @Test
  void issuedTokenVerifiesToItsHearingAndParty() {
    ReplyTokens tokens = new ReplyTokens((String) null, dataDir);
    String token = tokens.issue("H-2025-017", "brønderslev");

    assertThat(tokens.verify(token)).contains(new ReplyTarget("H-2025-017", "brønderslev"));
    assertThat(token).matches("[A-Za-z0-9_.-]+").hasSizeLessThan(60);
  }

  @Test
  void aTokenOfAnotherKindVerifiesToItsKindCaseAndParty() {
    ReplyTokens tokens = new ReplyTokens((String) null, dataDir);
    String token = tokens.issue("tariff", "takster-2027", "thisted");

    assertThat(tokens.verify(token)).contains(new ReplyTarget("tariff", "takster-2027", "thisted"));
    assertThat(tokens.verify(tokens.issue(ReplyTarget.HEARING, "H-1", "aalborg"))).contains(new ReplyTarget("H-1", "aalborg"));
    assertThat(tokens.issue(ReplyTarget.HEARING, "H-1", "aalborg")).isEqualTo(tokens.issue("H-1", "aalborg"));
  }

  @Test
  void forgedOrGarbledTokensDoNotVerify() {
    ReplyTokens tokens = new ReplyTokens((String) null, dataDir);
    String token = tokens.issue("H-1", "aalborg");
    String mac = token.substring(token.indexOf('.') + 1);
    String otherParty = Base64.getUrlEncoder().withoutPadding().encodeToString("H-1\0hjoerring".getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.verify(otherParty + "." + mac)).as("payload swapped, MAC kept").isEmpty();
    assertThat(tokens.verify(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"))).as("MAC changed").isEmpty();
    assertThat(tokens.verify(token.substring(0, token.indexOf('.')))).as("MAC missing").isEmpty();
    assertThat(tokens.verify("ikke-et-token")).isEmpty();
    assertThat(tokens.verify("!!.??")).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
    assertThat(tokens.verify(null)).isEmpty();
    assertThat(new ReplyTokens("en helt anden hemmelig nøgle", dataDir).verify(token)).as("other key").isEmpty();
  }

  @Test
  void generatedKeySurvivesRestartsAndConfiguredSecretIsUsedInstead() throws Exception {
    String token = new ReplyTokens((String) null, dataDir).issue("H-2", "læsø");
    Path keyFile = dataDir.resolve("mail/reply-token.key");
    assertThat(keyFile).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);

    assertThat(new ReplyTokens((String) null, dataDir).verify(token)).contains(new ReplyTarget("H-2", "læsø"));

    ReplyTokens configured = new ReplyTokens("delt-hemmelighed-for-alle-noder-1234", dataDir);
    String configuredToken = configured.issue("H-2", "læsø");
    assertThat(configuredToken).isNotEqualTo(token);
    assertThat(new ReplyTokens("delt-hemmelighed-for-alle-noder-1234", dataDir.resolve("elsewhere")).verify(configuredToken)).isPresent();
  }

  @Test
  void subjectTagIsFoundAgainAfterRfc2047EncodingAndReplyPrefixes() throws Exception {
    ReplyTokens tokens = new ReplyTokens((String) null, dataDir);
    String token = tokens.issue("H-3", "morsø");
    String subject = "Høring: Takster for 2027 – særlige tilbud " + tokens.subjectTag(token);
    String transported = MimeUtility.decodeText(MimeUtility.encodeText(subject, "UTF-8", "Q"));

    assertThat(tokens.tokensInSubject("SV: VS: " + transported)).containsExactly(token);
    assertThat(tokens.tokensInSubject("Høring uden kode")).isEmpty();
  }

  @Test
  void rejectsMissingIds() {
    ReplyTokens tokens = new ReplyTokens((String) null, dataDir);
    assertThatThrownBy(() -> tokens.issue("", "aalborg")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.issue("H-1", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
