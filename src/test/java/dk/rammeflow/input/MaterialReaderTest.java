package dk.rammeflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class MaterialReaderTest {

  @TempDir Path dataDir;

  @Test
  void aStoredDocumentIsLinkedAbsolutelyUnderThePublicUrl() {
    DocumentStore documents = new DocumentStore(dataDir, DataSize.ofMegabytes(1));
    StoredDocument stored = documents.store("Målgruppe.pdf", "application/pdf", "%PDF-1.4".getBytes());
    List<String> problems = new ArrayList<>();

    List<Map<String, String>> material = new MaterialReader(documents, "https://rammeflow.example/").read(
        List.of(Map.of("documentId", stored.id()), "Notat | " + stored.id(), "https://socialstyrelsen.example/cu.pdf"), problems);

    assertThat(problems).isEmpty();
    assertThat(material).extracting(m -> m.get("url")).containsExactly(
        "https://rammeflow.example/api/documents/" + stored.id(), "https://rammeflow.example/api/documents/" + stored.id(),
        "https://socialstyrelsen.example/cu.pdf");
    assertThat(material.getFirst()).containsEntry("name", "Målgruppe.pdf").containsEntry("fileName", "Målgruppe.pdf");
    assertThat(material.get(1)).containsEntry("name", "Notat");
  }

  @Test
  void onlyHttpAndHttpsLinksAreAccepted() {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> material = new MaterialReader(new DocumentStore(dataDir, DataSize.ofMegabytes(1)), "http://localhost:8080")
        .read(List.of("Script | javascript:alert(1)", "Fil | file:///etc/passwd", "Uden vært | https://", "www.example.dk"), problems);
    assertThat(material).isEmpty();
    assertThat(problems).hasSize(4).allMatch(p -> p.contains("har ikke et gyldigt link (http:// eller https://)"));
  }
}
