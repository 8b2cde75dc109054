package dk.rammeflow.workers.hearing;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.hearing.HearingParty;
import dk.rammeflow.hearing.HearingRecord;
import dk.rammeflow.hearing.HearingRecord.PartyStatus;
import dk.rammeflow.hearing.HearingRecords;
import dk.rammeflow.hearing.HearingResponse;
import dk.rammeflow.hearing.Position;
import dk.rammeflow.hearing.note.HearingNote;
import dk.rammeflow.hearing.note.HearingNoteRenderer;
import dk.rammeflow.hearing.note.NoteResponse;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiles the høringsnotat from every recorded response, late ones included, as DOCX for the
 * secretariat to edit and as PDF, and gives the calling process the results.
 */
@Component
public class CompileNoteWorker {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final HearingRecords records;
  private final HearingNoteRenderer renderer;
  private final DocumentStore documents;

  public CompileNoteWorker(HearingRecords records, HearingNoteRenderer renderer, DocumentStore documents) {
    this.records = records;
    this.renderer = renderer;
    this.documents = documents;
  }

  @JobWorker(type = "rammeflow-hearing-compile-note")
  public Map<String, Object> compile(@Variable String hearingId) {
    HearingRecord hearing = records.require(hearingId);
    List<NoteResponse> noteResponses = new ArrayList<>();
    List<Map<String, Object>> responses = new ArrayList<>();
    Map<String, Object> positionCounts = new LinkedHashMap<>();
    for (Position position : Position.values()) {
      positionCounts.put(position.code(), 0);
    }
    List<String> nonResponders = new ArrayList<>();
    for (HearingParty party : hearing.parties()) {
      List<HearingResponse> given = hearing.responses().stream().filter(r -> r.partyId().equals(party.id())).toList();
      for (HearingResponse r : given) {
        noteResponses.add(
            new NoteResponse(
                r.partyName(), r.positionLabel(), r.receivedAt(), r.channel(), r.late(), r.text(), r.contactPerson(),
                r.attachments().stream().map(HearingResponse.Attachment::fileName).toList()));
        responses.add(r.toVariable());
      }
      var latest = hearing.latestResponse(party.id());
      if (hearing.statusOf(party.id()) == PartyStatus.ANSWERED && latest.isPresent()) {
        positionCounts.merge(latest.get().position(), 1, (a, b) -> (Integer) a + (Integer) b);
      } else if (given.isEmpty()) {
        nonResponders.add(party.name());
      }
    }
    HearingNote note =
        new HearingNote(
            hearing.hearingId(), hearing.title(), hearing.questions(),
            hearing.material().stream().map(m -> m.get("name")).toList(),
            hearing.sentOn(), hearing.deadline(), hearing.parties().stream().map(HearingParty::name).toList(),
            noteResponses, nonResponders, hearing.caseWorker(), Instant.now());
    String baseName = "Høringsnotat – " + hearing.title().replaceAll("[\\\\/:*?\"<>|]", "-");
    StoredDocument docx = documents.store(baseName + ".docx", DOCX, renderer.docx(note));
    StoredDocument pdf = documents.store(baseName + ".pdf", "application/pdf", renderer.pdf(note));

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("responses", responses);
    result.put("positionCounts", positionCounts);
    result.put("nonResponders", nonResponders);
    result.put("nonResponderNames", nonResponders.isEmpty() ? "ingen" : String.join(", ", nonResponders));
    result.put("answeredCount", hearing.parties().size() - nonResponders.size());
    result.put("partyCount", hearing.parties().size());
    result.put("noteDocx", documentVariable(docx));
    result.put("notePdf", documentVariable(pdf));
    result.put("partyOptions", hearing.parties().stream().map(p -> Map.of("label", p.name(), "value", p.id())).toList());
    return result;
  }

  private static Map<String, Object> documentVariable(StoredDocument document) {
    return Map.of("documentId", document.id(), "fileName", document.fileName(), "url", "/api/documents/" + document.id());
  }
}
