package dk.rammeflow.reference;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.io.ApplicationResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads {@code parties.yaml}, {@code fora.yaml} and {@code external-bodies.yaml} from a Spring
 * resource location and validates them. Every problem in all three files is collected and reported
 * together in one {@link InvalidReferenceDataException}, each naming the file and the key.
 *
 * <p>The YAML is read as a tree and checked field by field (rather than bound directly to the
 * records) so that unknown and missing fields are all reported, with the id of the entry they are
 * in, instead of stopping at the first one.
 */
public final class ReferenceDataLoader {

  public static final String DEFAULT_LOCATION = "classpath:reference/";
  public static final String PARTIES_FILE = "parties.yaml";
  public static final String FORA_FILE = "fora.yaml";
  public static final String EXTERNAL_BODIES_FILE = "external-bodies.yaml";

  /** Candidate-group ids: lowercase letters and digits, words joined by single hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

  private static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone");
  private static final List<String> PARTY_FIELDS =
      List.of("id", "name", "shortName", "kind", "hearingContacts");
  private static final List<String> FORUM_FIELDS =
      List.of("id", "name", "shortName", "kind", "party", "description", "members");
  private static final List<String> MEMBER_FIELDS =
      List.of("id", "name", "role", "party", "organisation", "email", "phone");
  private static final List<String> EXTERNAL_BODY_FIELDS =
      List.of("id", "name", "shortName", "hostParty", "description", "contacts");

  private final ResourceLoader resourceLoader;
  private final YAMLMapper yaml =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  /** A loader that resolves {@code classpath:}, {@code file:} and plain file-system paths. */
  public ReferenceDataLoader() {
    this(ApplicationResourceLoader.get());
  }

  public ReferenceDataLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  /** Loads the files shipped with the application ({@value #DEFAULT_LOCATION}). */
  public static ReferenceData loadDefault() {
    return new ReferenceDataLoader().load(DEFAULT_LOCATION);
  }

  /**
   * Loads and validates the three files from a directory given as a Spring resource location,
   * e.g. {@code classpath:reference/} or {@code file:/etc/rammeflow/reference/}.
   *
   * @throws InvalidReferenceDataException listing every problem found
   */
  public ReferenceData load(String location) {
    String directory = location.endsWith("/") ? location : location + "/";
    List<String> problems = new ArrayList<>();

    Optional<JsonNode> partiesTree = readTree(directory, PARTIES_FILE, problems);
    Optional<JsonNode> foraTree = readTree(directory, FORA_FILE, problems);
    Optional<JsonNode> externalTree = readTree(directory, EXTERNAL_BODIES_FILE, problems);

    PartiesReader partiesReader = new PartiesReader(problems);
    List<Party> parties = partiesTree.map(partiesReader::read).orElse(List.of());
    // Null when parties.yaml is unreadable: then party references are not checked, as every one
    // of them would be reported as unknown.
    Set<String> partyIds = partiesReader.ids;
    List<Forum> fora =
        foraTree.map(t -> new ForaReader(problems, partyIds).read(t)).orElse(List.of());
    List<ExternalBody> externalBodies =
        externalTree
            .map(t -> new ExternalBodiesReader(problems, partyIds).read(t))
            .orElse(List.of());

    if (!problems.isEmpty()) {
      throw new InvalidReferenceDataException(directory, problems);
    }
    ReferenceData data = new ReferenceData(parties, fora, externalBodies);
    log.info(
        "Loaded reference data from {}: {} parties, {} fora with {} members, {} external bodies",
        directory,
        parties.size(),
        fora.size(),
        fora.stream().mapToInt(f -> f.members().size()).sum(),
        externalBodies.size());
    return data;
  }

  private Optional<JsonNode> readTree(String directory, String file, List<String> problems) {
    Resource resource = resourceLoader.getResource(directory + file);
    if (!resource.exists()) {
      problems.add(problem(file, "file not found at '" + directory + file + "'"));
      return Optional.empty();
    }
    try (InputStream in = resource.getInputStream()) {
      JsonNode root = yaml.readTree(in);
      if (root == null || root.isMissingNode() || root.isNull()) {
        problems.add(problem(file, "the file is empty"));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? ""
              : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      problems.add(problem(file, where + e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(problem(file, "cannot read '" + directory + file + "': " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static String problem(String file, String message) {
    return "Invalid reference data in " + file + ": " + message;
  }

  /** Field-by-field reading of one file's tree; problems are collected, never thrown. */
  private abstract static class FileReader {

    final String file;
    final List<String> problems;

    FileReader(String file, List<String> problems) {
      this.file = file;
      this.problems = problems;
    }

    void problem(String message) {
      problems.add(ReferenceDataLoader.problem(file, message));
    }

    /**
     * The entries under the single top-level key; {@code null} if the file does not have that
     * structure at all (reported).
     */
    List<JsonNode> topLevelList(JsonNode root, String key, boolean requireEntries) {
      if (!root.isObject()) {
        problem("expected the top-level key '" + key + "' with a list below it");
        return null;
      }
      root.fieldNames()
          .forEachRemaining(
              name -> {
                if (!name.equals(key)) {
                  problem("unknown top-level key '" + name + "' (allowed: " + key + ")");
                }
              });
      JsonNode list = root.get(key);
      if (list == null) {
        problem("missing the top-level key '" + key + "'");
        return null;
      }
      if (!list.isNull() && !list.isArray()) {
        problem("the top-level key '" + key + "' must hold a list (entries starting with '- ')");
        return null;
      }
      List<JsonNode> entries = new ArrayList<>();
      list.forEach(entries::add);
      if (entries.isEmpty() && requireEntries) {
        problem("no entries under the top-level key '" + key + "'");
      }
      return entries;
    }

    boolean isMapping(JsonNode node, String where) {
      if (node.isObject()) {
        return true;
      }
      String found =
          node.isValueNode()
              ? "'" + node.asText() + "'"
              : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
      problem(where + ": expected fields (key: value), found " + found);
      return false;
    }

    void checkUnknownFields(JsonNode node, String where, List<String> allowed) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          problem(
              where
                  + ": unknown field '"
                  + name
                  + "' (allowed fields: "
                  + String.join(", ", allowed)
                  + ")");
        }
      }
    }

    /** A text field, trimmed; blank counts as missing. */
    String text(JsonNode node, String field, String where, boolean required) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual() && !value.isNumber()) {
        problem(where + ": field '" + field + "' must be text");
        return null;
      }
      String text = value == null || value.isNull() ? "" : value.asText().strip();
      if (text.isEmpty()) {
        if (required) {
          problem(where + ": missing required field '" + field + "'");
        }
        return null;
      }
      return text;
    }

    /** The entry's id; reports a missing id or one that is not a valid candidate-group id. */
    String id(JsonNode node, String where) {
      String id = text(node, "id", where, true);
      if (id != null && !ID.matcher(id).matches()) {
        problem(
            where
                + ": id '"
                + id
                + "' is not a valid candidate-group id (use lowercase letters a-z, digits and"
                + " single '-' between them)");
      }
      return id;
    }

    String email(JsonNode node, String where) {
      String email = text(node, "email", where, true);
      if (email != null && !EMAIL.matcher(email).matches()) {
        problem(where + ": invalid e-mail address '" + email + "' in field 'email'");
      }
      return email;
    }

    /** A list field that must have entries; reports {@code whenEmpty} if absent or empty. */
    List<JsonNode> requiredList(JsonNode node, String field, String where, String whenEmpty) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isArray()) {
        problem(where + ": field '" + field + "' must be a list (entries starting with '- ')");
        return List.of();
      }
      List<JsonNode> entries = new ArrayList<>();
      if (value != null) {
        value.forEach(entries::add);
      }
      if (entries.isEmpty()) {
        problem(whenEmpty);
      }
      return entries;
    }

    <E extends Enum<E>> E kind(
        JsonNode node, String where, Class<E> type, Function<E, String> code) {
      String value = text(node, "kind", where, true);
      if (value == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (code.apply(constant).equals(value)) {
          return constant;
        }
      }
      problem(
          where
              + ": invalid kind '"
              + value
              + "' (allowed: "
              + Arrays.stream(type.getEnumConstants()).map(code).collect(Collectors.joining(", "))
              + ")");
      return null;
    }

    List<Contact> contacts(List<JsonNode> nodes, String where) {
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        JsonNode node = nodes.get(i);
        String contactWhere = where + " #" + (i + 1);
        if (isMapping(node, contactWhere)) {
          checkUnknownFields(node, contactWhere, CONTACT_FIELDS);
          contacts.add(
              new Contact(
                  text(node, "name", contactWhere, true),
                  text(node, "role", contactWhere, false),
                  email(node, contactWhere),
                  text(node, "phone", contactWhere, false)));
        }
      }
      return contacts;
    }

    /** Reports an id seen before; {@code seen} maps ids to where they were first defined. */
    void checkUnique(String id, String where, Map<String, String> seen, String what) {
      if (id == null) {
        return;
      }
      String first = seen.putIfAbsent(id, where);
      if (first != null) {
        problem("duplicate " + what + " id '" + id + "' (" + first + " and " + where + ")");
      }
    }

    /** Reports a reference to a party that does not exist; skipped if parties are unreadable. */
    void checkParty(String partyId, Set<String> partyIds, String message) {
      if (partyId != null && partyIds != null && !partyIds.contains(partyId)) {
        problem(message);
      }
    }

    /** "party 'aalborg'", or "parties #3" for an entry without an id. */
    static String describe(String noun, String id, String entryWhere) {
      return id == null ? entryWhere : noun + " '" + id + "'";
    }
  }

  private static final class PartiesReader extends FileReader {

    /** The party ids, or {@code null} if the file's structure was too broken to tell. */
    Set<String> ids;

    PartiesReader(List<String> problems) {
      super(PARTIES_FILE, problems);
    }

    List<Party> read(JsonNode root) {
      List<JsonNode> entries = topLevelList(root, "parties", true);
      if (entries == null) {
        return List.of();
      }
      List<Party> parties = new ArrayList<>();
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        JsonNode node = entries.get(i);
        String entryWhere = "parties #" + (i + 1);
        if (!isMapping(node, entryWhere)) {
          continue;
        }
        String id = id(node, entryWhere);
        String where = describe("party", id, entryWhere);
        checkUnknownFields(node, where, PARTY_FIELDS);
        checkUnique(id, entryWhere, seen, "party");
        String name = text(node, "name", where, true);
        String shortName = text(node, "shortName", where, true);
        PartyKind kind = kind(node, where, PartyKind.class, PartyKind::code);
        List<JsonNode> contactNodes =
            requiredList(
                node,
                "hearingContacts",
                where,
                where + " has no hearing contacts (field 'hearingContacts')");
        List<Contact> contacts = contacts(contactNodes, where + " hearingContacts");
        parties.add(new Party(id, name, shortName, kind, contacts));
      }
      ids = seen.keySet();
      return parties;
    }
  }

  private static final class ForaReader extends FileReader {

    private final Set<String> partyIds;

    ForaReader(List<String> problems, Set<String> partyIds) {
      super(FORA_FILE, problems);
      this.partyIds = partyIds;
    }

    List<Forum> read(JsonNode root) {
      List<JsonNode> entries = topLevelList(root, "fora", true);
      if (entries == null) {
        return List.of();
      }
      List<Forum> fora = new ArrayList<>();
      Map<String, String> seenFora = new HashMap<>();
      Map<String, String> seenMembers = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        JsonNode node = entries.get(i);
        String entryWhere = "fora #" + (i + 1);
        if (!isMapping(node, entryWhere)) {
          continue;
        }
        String id = id(node, entryWhere);
        String where = describe("forum", id, entryWhere);
        checkUnknownFields(node, where, FORUM_FIELDS);
        checkUnique(id, entryWhere, seenFora, "forum");
        if (id != null && partyIds != null && partyIds.contains(id)) {
          problem(
              where
                  + ": the id is already used by a party in "
                  + PARTIES_FILE
                  + "; party and forum ids must differ because both are candidate groups");
        }
        String name = text(node, "name", where, true);
        String shortName = text(node, "shortName", where, false);
        ForumKind kind = kind(node, where, ForumKind.class, ForumKind::code);
        String party = text(node, "party", where, false);
        if (kind == ForumKind.COUNCIL && party == null) {
          problem(where + ": field 'party' is required for kind 'council'");
        }
        checkParty(party, partyIds, where + " refers to unknown party '" + party + "'");
        String description = text(node, "description", where, false);
        List<JsonNode> memberNodes =
            requiredList(node, "members", where, where + " has no members (field 'members')");
        List<ForumMember> members = new ArrayList<>();
        for (int m = 0; m < memberNodes.size(); m++) {
          ForumMember member = member(memberNodes.get(m), where, m, seenMembers);
          if (member != null) {
            members.add(member);
          }
        }
        fora.add(new Forum(id, name, shortName, kind, party, description, members));
      }
      return fora;
    }

    private ForumMember member(
        JsonNode node, String forumWhere, int index, Map<String, String> seenMembers) {
      String entryWhere = forumWhere + " members #" + (index + 1);
      if (!isMapping(node, entryWhere)) {
        return null;
      }
      String id = id(node, entryWhere);
      String where = id == null ? entryWhere : forumWhere + " member '" + id + "'";
      checkUnknownFields(node, where, MEMBER_FIELDS);
      checkUnique(id, forumWhere, seenMembers, "member");
      String name = text(node, "name", where, true);
      String role = text(node, "role", where, false);
      String party = text(node, "party", where, false);
      String organisation = text(node, "organisation", where, false);
      if (party == null && organisation == null) {
        problem(where + ": set field 'party' or 'organisation'");
      }
      checkParty(party, partyIds, where + " refers to unknown party '" + party + "'");
      String email = email(node, where);
      String phone = text(node, "phone", where, false);
      return new ForumMember(id, name, role, party, organisation, email, phone);
    }
  }

  private static final class ExternalBodiesReader extends FileReader {

    private final Set<String> partyIds;

    ExternalBodiesReader(List<String> problems, Set<String> partyIds) {
      super(EXTERNAL_BODIES_FILE, problems);
      this.partyIds = partyIds;
    }

    List<ExternalBody> read(JsonNode root) {
      List<JsonNode> entries = topLevelList(root, "externalBodies", false);
      if (entries == null) {
        return List.of();
      }
      List<ExternalBody> bodies = new ArrayList<>();
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        JsonNode node = entries.get(i);
        String entryWhere = "externalBodies #" + (i + 1);
        if (!isMapping(node, entryWhere)) {
          continue;
        }
        String id = id(node, entryWhere);
        String where = describe("external body", id, entryWhere);
        checkUnknownFields(node, where, EXTERNAL_BODY_FIELDS);
        checkUnique(id, entryWhere, seen, "external body");
        String name = text(node, "name", where, true);
        String shortName = text(node, "shortName", where, false);
        String hostParty = text(node, "hostParty", where, false);
        checkParty(
            hostParty,
            partyIds,
            where + " refers to unknown party '" + hostParty + "' (field 'hostParty')");
        String description = text(node, "description", where, false);
        List<JsonNode> contactNodes =
            requiredList(node, "contacts", where, where + " has no contacts (field 'contacts')");
        List<Contact> contacts = contacts(contactNodes, where + " contacts");
        bodies.add(new ExternalBody(id, name, shortName, hostParty, description, contacts));
      }
      return bodies;
    }
  }
}
