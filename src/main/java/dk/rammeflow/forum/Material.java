package dk.rammeflow.forum;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.mail.MailAttachment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The material of an item: documents in the {@link DocumentStore} (attached to mails) or links. As a process
 * variable a list of {@code {name, url}} or {@code {name, documentId}}; a plain string is a link or a document id.
 */
public final class Material {

  private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

  private Material() {}

  /** Reads and checks the material; problems (Danish) are added to {@code problems}. Null means no material. */
  public static List<Map<String, String>> read(Object value, DocumentStore documents, List<String> problems) {
    List<Map<String, String>> items = new ArrayList<>();
    // A form's text area gives one line per item: "name | link", a link, or a document id.
    if (value == null || (value instanceof String s && s.isBlank())) {
      return items;
    }
    List<?> list = value instanceof List<?> l ? l : value instanceof String s ? s.lines().toList() : List.of(value);
    for (Object entry : list) {
      if (entry == null) {
        continue;
      }
      if (entry instanceof String line && line.contains("|")) {
        String[] parts = line.split("\\|", 2);
        entry = Map.of("name", parts[0].trim(), "url", parts[1].trim());
      }
      if (entry instanceof Map<?, ?> map) {
        String name = text(map.get("name"));
        String url = text(map.get("url"));
        String documentId = text(map.get("documentId"));
        if (!documentId.isEmpty()) {
          item(name, documentId, documents, problems).ifPresent(items::add);
        } else if (LINK.matcher(url).matches()) {
          items.add(link(name.isEmpty() ? url : name, url));
        } else if (url.isEmpty()) {
          problems.add("Materialet '%s' mangler et link eller et dokument.".formatted(name));
        } else {
          problems.add("Materialet '%s' har ikke et gyldigt link (http:// eller https://): '%s'.".formatted(name, url));
        }
      } else {
        String reference = text(entry);
        if (reference.isEmpty()) {
          continue;
        }
        if (LINK.matcher(reference).matches()) {
          items.add(link(reference, reference));
        } else {
          item("", reference, documents, problems).ifPresent(items::add);
        }
      }
    }
    return items;
  }

  /** One reference: a link or the id of an uploaded document typed by a user, or an item {@code {name, url|documentId}}. */
  public static Optional<Map<String, String>> reference(String name, Object value, DocumentStore documents, List<String> problems) {
    if (value instanceof Map<?, ?> item) {
      return read(List.of(item), documents, problems).stream().findFirst();
    }
    String reference = text(value);
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    if (LINK.matcher(reference).matches()) {
      return Optional.of(link(name, reference));
    }
    return item(name, reference, documents, problems);
  }

  private static Optional<Map<String, String>> item(String name, String documentId, DocumentStore documents, List<String> problems) {
    Optional<StoredDocument> stored = documents.find(documentId);
    if (stored.isEmpty()) {
      problems.add("Dokumentet '%s' findes ikke. Upload det først, eller angiv et link.".formatted(name.isEmpty() ? documentId : name));
      return Optional.empty();
    }
    Map<String, String> item = new LinkedHashMap<>();
    item.put("name", name.isEmpty() ? stored.get().fileName() : name);
    item.put("documentId", documentId);
    item.put("url", "/api/documents/" + documentId);
    item.put("fileName", stored.get().fileName());
    return Optional.of(item);
  }

  private static Map<String, String> link(String name, String url) {
    Map<String, String> item = new LinkedHashMap<>();
    item.put("name", name);
    item.put("url", url);
    return item;
  }

  /** The stored documents among the material, as mail attachments. */
  public static List<MailAttachment> attachments(List<Map<String, Object>> material, DocumentStore documents) {
    List<MailAttachment> attachments = new ArrayList<>();
    if (material == null) {
      return attachments;
    }
    for (Map<String, Object> item : material) {
      String documentId = text(item.get("documentId"));
      if (documentId.isEmpty()) {
        continue;
      }
      StoredDocument stored = documents.find(documentId)
          .orElseThrow(() -> new IllegalStateException("Document " + documentId + " of the material is gone from the document store"));
      attachments.add(new MailAttachment(stored.fileName(), stored.contentType(), documents.content(documentId)));
    }
    return attachments;
  }

  /** The value as trimmed text; null is empty. */
  public static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}
