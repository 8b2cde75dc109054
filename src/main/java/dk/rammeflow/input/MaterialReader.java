package dk.rammeflow.input;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.mail.MailAttachment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads material (documents uploaded to the {@link DocumentStore}, or links) from loose input. Accepted: a list of
 * {@code {name, url}} / {@code {name, documentId}}, or text lines {@code name | link-or-document-id}, a link or a
 * document id. Links must be absolute http(s) URLs. Every item comes out as {@code {name, url}} with, for a
 * document, {@code documentId} and {@code fileName}; a document's {@code url} is absolute, under
 * {@code rammeflow.public-url}, so it works from a mail.
 */
@Component
public class MaterialReader {

  private final DocumentStore documents;
  private final String publicUrl;

  public MaterialReader(DocumentStore documents, @Value("${rammeflow.public-url:http://localhost:8080}") String publicUrl) {
    this.documents = documents;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The material; problems (Danish) are added to {@code problems}. No input is no material. */
  public List<Map<String, String>> read(Object value, List<String> problems) {
    List<Map<String, String>> items = new ArrayList<>();
    if (value == null || (value instanceof String s && s.isBlank())) {
      return items;
    }
    Collection<?> entries;
    if (value instanceof Collection<?> list) {
      entries = list;
    } else if (value instanceof String s) {
      entries = s.lines().toList();
    } else if (value instanceof Map<?, ?> single) {
      entries = List.of(single);
    } else {
      problems.add("Materialet skal være en liste af links eller dokumenter.");
      return items;
    }
    if (entries.size() > Inputs.MAX_LINES) {
      problems.add("Materialet har for mange dele (%d); højst %d.".formatted(entries.size(), Inputs.MAX_LINES));
      return items;
    }
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?> map) {
        item(Inputs.text(map.get("name"), "Materialets navn", Inputs.MAX_LINE, problems),
            Inputs.text(map.get("url"), "Materialets link", Inputs.MAX_LINE, problems),
            Inputs.text(map.get("documentId"), "Materialets dokument-id", Inputs.MAX_LINE, problems), problems).ifPresent(items::add);
        continue;
      }
      String line = Inputs.text(entry, "Materialet", Inputs.MAX_LINE, problems);
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String name = parts.length == 2 ? parts[0].strip() : "";
      String reference = parts.length == 2 ? parts[1].strip() : line;
      boolean link = reference.contains(":") || reference.contains("/") || reference.contains(".");
      item(name, link ? reference : "", link ? "" : reference, problems).ifPresent(items::add);
    }
    return items;
  }

  /** One reference given by a user: a link, a document id, or an item {@code {name, url|documentId}}; empty when none. */
  public Optional<Map<String, String>> reference(String name, Object value, List<String> problems) {
    if (value instanceof Map<?, ?> item) {
      return read(List.of(item), problems).stream().findFirst();
    }
    String reference = Inputs.text(value, name, Inputs.MAX_LINE, problems);
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    return read(List.of(name + " | " + reference), problems).stream().findFirst();
  }

  private Optional<Map<String, String>> item(String name, String url, String documentId, List<String> problems) {
    if (!documentId.isEmpty()) {
      Optional<StoredDocument> stored = documents.find(documentId);
      if (stored.isEmpty()) {
        problems.add("Dokumentet '%s' findes ikke. Upload det først, eller angiv et link.".formatted(name.isEmpty() ? documentId : name));
        return Optional.empty();
      }
      Map<String, String> item = new LinkedHashMap<>();
      item.put("name", name.isEmpty() ? stored.get().fileName() : name);
      item.put("url", documentUrl(documentId));
      item.put("documentId", documentId);
      item.put("fileName", stored.get().fileName());
      return Optional.of(item);
    }
    if (url.isEmpty()) {
      problems.add("Materialet '%s' mangler et link eller et dokument.".formatted(name));
      return Optional.empty();
    }
    if (!isWebLink(url)) {
      problems.add("Materialet '%s' har ikke et gyldigt link (http:// eller https://): '%s'.".formatted(name.isEmpty() ? url : name, url));
      return Optional.empty();
    }
    Map<String, String> item = new LinkedHashMap<>();
    item.put("name", name.isEmpty() ? url : name);
    item.put("url", url);
    return Optional.of(item);
  }

  /** An absolute http or https URL with a host. */
  public static boolean isWebLink(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Where a stored document is downloaded, absolute. */
  public String documentUrl(String documentId) {
    return publicUrl + "/api/documents/" + documentId;
  }

  /** The stored documents among the material, as mail attachments. */
  public List<MailAttachment> attachments(List<? extends Map<String, ?>> material) {
    List<MailAttachment> attachments = new ArrayList<>();
    if (material == null) {
      return attachments;
    }
    for (Map<String, ?> item : material) {
      String documentId = Inputs.plain(item.get("documentId"));
      if (documentId.isEmpty()) {
        continue;
      }
      StoredDocument stored = documents.find(documentId)
          .orElseThrow(() -> new IllegalStateException("Document " + documentId + " of the material is gone from the document store"));
      attachments.add(new MailAttachment(stored.fileName(), stored.contentType(), documents.content(documentId)));
    }
    return attachments;
  }
}
