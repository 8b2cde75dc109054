package dk.rammeflow.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reply tokens: hearing and party, signed with HMAC-SHA256, so a reply can be attributed without trusting the
 * sender address. A token is {@code base64url(hearingId NUL partyId) "." base64url(first 12 bytes of the MAC)};
 * it contains only {@code A-Z a-z 0-9 - _ .} and is safe in subjects and URLs. A token for another kind of case
 * than a hearing ({@link #issue(String, String, String)}) has the payload {@code kind NUL caseId NUL partyId}.
 *
 * <p>The key is {@code rammeflow.mail.reply-token-secret} or, when that is empty, 32 random bytes generated on
 * first use and kept in {@code <rammeflow.data-dir>/mail/reply-token.key}, so tokens stay valid across restarts.
 */
@Service
public class ReplyTokens {

  private static final Logger LOG = LoggerFactory.getLogger(ReplyTokens.class);
  private static final int MAC_BYTES = 12;
  private static final Pattern SUBJECT_TAG = Pattern.compile("\\[RF-([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)]");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

  private final String configuredSecret;
  private final Path keyFile;
  private volatile byte[] key;

  @Autowired
  public ReplyTokens(RammeflowMailProperties properties, @Value("${rammeflow.data-dir:./data}") Path dataDir) {
    this(properties.replyTokenSecret(), dataDir);
  }

  ReplyTokens(String configuredSecret, Path dataDir) {
    this.configuredSecret = configuredSecret;
    this.keyFile = dataDir.resolve("mail").resolve("reply-token.key");
  }

  public String issue(String hearingId, String partyId) {
    return issue(ReplyTarget.HEARING, hearingId, partyId);
  }

  /** A token for a party of a case of the given kind (the {@link InboundReplyHandler#kind()} that takes the reply). */
  public String issue(String kind, String caseId, String partyId) {
    if (!StringUtils.hasText(kind) || !StringUtils.hasText(caseId) || !StringUtils.hasText(partyId)) {
      throw new IllegalArgumentException("A reply token needs a kind, a case id and a party id, got '%s', '%s' and '%s'".formatted(kind, caseId, partyId));
    }
    if (kind.indexOf('\0') >= 0 || caseId.indexOf('\0') >= 0 || partyId.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("Kinds, case and party ids must not contain NUL characters");
    }
    String text = ReplyTarget.HEARING.equals(kind) ? caseId + '\0' + partyId : kind + '\0' + caseId + '\0' + partyId;
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(payload) + "." + B64.encodeToString(tokenMac(payload));
  }

  public Optional<ReplyTarget> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.lastIndexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    try {
      byte[] payload = B64_DECODE.decode(token.substring(0, dot));
      byte[] mac = B64_DECODE.decode(token.substring(dot + 1));
      // Only the canonical spelling counts, so one reply has exactly one token.
      boolean canonical = token.equals(B64.encodeToString(payload) + "." + B64.encodeToString(mac));
      if (!canonical || !MessageDigest.isEqual(mac, tokenMac(payload))) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\0", -1);
      for (String part : parts) {
        if (part.isEmpty()) {
          return Optional.empty();
        }
      }
      return switch (parts.length) {
        case 2 -> Optional.of(new ReplyTarget(parts[0], parts[1]));
        case 3 -> Optional.of(new ReplyTarget(parts[0], parts[1], parts[2]));
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String subjectTag(String token) {
    return "[RF-" + token + "]";
  }

  /** The subject without its reply tags, e.g. "Høring: Takster 2027" from "Høring: Takster 2027 [RF-...]". */
  public static String withoutSubjectTag(String subject) {
    return subject == null ? null : SUBJECT_TAG.matcher(subject).replaceAll("").strip().replaceAll(" {2,}", " ");
  }

  /** Every token found in subject tags of the subject, in order (not verified). */
  public List<String> tokensInSubject(String subject) {
    List<String> tokens = new ArrayList<>();
    if (subject != null) {
      Matcher matcher = SUBJECT_TAG.matcher(subject);
      while (matcher.find()) {
        tokens.add(matcher.group(1));
      }
    }
    return tokens;
  }

  /** A keyed digest for other unguessable identifiers (e.g. Message-IDs), kept apart from tokens by {@code purpose}. */
  byte[] digest(String purpose, String value) {
    return hmac((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
  }

  private byte[] tokenMac(byte[] payload) {
    byte[] prefix = "reply-token:".getBytes(StandardCharsets.UTF_8);
    byte[] data = Arrays.copyOf(prefix, prefix.length + payload.length);
    System.arraycopy(payload, 0, data, prefix.length, payload.length);
    return Arrays.copyOf(hmac(data), MAC_BYTES);
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private byte[] key() {
    byte[] current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = loadKey();
        }
        current = key;
      }
    }
    return current;
  }

  private byte[] loadKey() {
    if (StringUtils.hasText(configuredSecret)) {
      if (configuredSecret.length() < 16) {
        LOG.warn("rammeflow.mail.reply-token-secret is shorter than 16 characters; reply tokens are easier to forge");
      }
      return configuredSecret.getBytes(StandardCharsets.UTF_8);
    }
    try {
      if (!Files.exists(keyFile)) {
        createKeyFile();
      }
      byte[] stored = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
      if (stored.length < 16) {
        throw new IllegalStateException("The reply token key in " + keyFile.toAbsolutePath() + " is too short; delete it to generate a new one (outstanding reply tokens become invalid)");
      }
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the reply token key " + keyFile.toAbsolutePath(), e);
    }
  }

  private void createKeyFile() throws IOException {
    Files.createDirectories(keyFile.toAbsolutePath().getParent());
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    try {
      Files.writeString(keyFile, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (FileAlreadyExistsException e) {
      return;
    }
    try {
      Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.debug("File system without POSIX permissions; {} keeps its default permissions", keyFile);
    }
    LOG.info("Generated a new reply token key in {}", keyFile.toAbsolutePath());
  }
}
