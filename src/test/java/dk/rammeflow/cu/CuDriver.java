package dk.rammeflow.cu;

import static dk.rammeflow.testkit.MailContent.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.testkit.ProcessTestKit;
import io.camunda.client.api.search.response.UserTask;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drives a Central Udmelding case through its tasks the way the secretariat, the fora and the municipalities do. */
final class CuDriver {

  static final String CASE_WORKER = "helle.hoejgaard@rammeaftale.example";
  static final List<String> MUNICIPALITIES = List.of("aalborg", "broenderslev", "frederikshavn", "hjoerring", "jammerbugt", "laesoe",
      "mariagerfjord", "morsoe", "rebild", "thisted", "vesthimmerland");

  private final ProcessTestKit kit;
  private final DocumentStore documents;
  private final long instance;
  private final String title;
  private final Set<Long> completedTasks = new HashSet<>();

  CuDriver(ProcessTestKit kit, DocumentStore documents, long instance, String title) {
    this.kit = kit;
    this.documents = documents;
    this.instance = instance;
    this.title = title;
  }

  /** The start input of the 2023 sign-language case (seeds 004 and 001), Socialstyrelsen's deadline 31 March 2023. */
  static Map<String, Object> signLanguageInput(DocumentStore documents, String title) {
    StoredDocument cu = document(documents, "Central udmelding – tegnsprog.pdf");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", title);
    input.put("targetGroup", "Børn og unge med høretab, der har behov for tegnsprog");
    input.put("questions", List.of("Tema 1: Koordination og samarbejde om målgruppen", "Tema 2: Fremadrettet tilrettelæggelse af tilbud til målgruppen"));
    input.put("agencyDeadline", "2023-03-31");
    input.put("cuDocument", Map.of("name", "Central udmelding om tegnsprog", "documentId", cu.id()));
    input.put("caseWorker", CASE_WORKER);
    input.put("startDate", "2023-01-20");
    return input;
  }

  static StoredDocument document(DocumentStore documents, String fileName) {
    return documents.store(fileName, "application/pdf", ("%PDF-1.4 " + fileName).getBytes(StandardCharsets.UTF_8));
  }

  long instance() {
    return instance;
  }

  /** Completes the next open, not yet completed task of the element as the candidate group. */
  UserTask complete(String elementId, String group, Map<String, Object> variables) {
    UserTask task = kit.awaitUserTask(instance, elementId, t -> !completedTasks.contains(t.getUserTaskKey()) && t.getCandidateGroups().contains(group));
    kit.completeUserTask(task, group, variables);
    completedTasks.add(task.getUserTaskKey());
    return task;
  }

  void dialogueAndFirstDraft() {
    complete("dialogue-meeting", "sekretariatet", Map.of("dialogueMeetingDate", "2023-02-02", "dialogueNotes", "Fokusgruppeinterview med kommunale eksperter."));
    complete("first-draft", "sekretariatet", Map.of("draftReference", document(documents, "Første udkast – tegnsprog.pdf").id()));
  }

  /**
   * The forum's decision on the case's item at its next meeting: waits for the material to every member (subject
   * with the meeting date), then registers the decision.
   */
  List<MimeMessage> forumDecides(String forumShortName, String meetingDateText, int members, String outcome, String decisionText) {
    String subject = "Materiale til %s %s: Besvarelse af central udmelding om %s".formatted(forumShortName, meetingDateText, title);
    List<MimeMessage> material = kit.awaitMails(members, m -> subject(m).equals(subject), "'" + subject + "'");
    complete("register-decision", "sekretariatet", Map.of("outcome", outcome, "decisionText", decisionText));
    return material;
  }

  void revise(String fileName, boolean newHearing) {
    complete("revise-draft", "sekretariatet", Map.of("draftReference", document(documents, fileName).id(), "revisionNotes", "Revideret efter drøftelserne.",
        "newHearing", newHearing));
  }

  /** All 11 municipalities answer the hearing in Tasklist; the secretariat approves the note. */
  void municipalitiesAnswer() {
    for (String municipality : MUNICIPALITIES) {
      boolean remarks = municipality.equals("thisted") || municipality.equals("hjoerring");
      complete("submit-response", municipality, Map.of("position", remarks ? "bemaerkninger" : "ingen-bemaerkninger",
          "responseText", remarks ? "Vi ønsker et afsnit om overgangen til voksenområdet." : "", "contactPerson", "Høringskontakt i " + municipality));
    }
    complete("approve-note", "sekretariatet", Map.of("noteDecision", "approve"));
  }

  List<String> elementsCompleted() {
    List<String> completed = new ArrayList<>();
    kit.records().forEach(r -> {
      if (r.getValueType() == io.camunda.zeebe.protocol.record.ValueType.PROCESS_INSTANCE
          && r.getIntent() == io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETED
          && ((io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue()).getProcessInstanceKey() == instance) {
        completed.add(((io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue()).getElementId());
      }
    });
    return completed;
  }

  long count(String elementId) {
    return elementsCompleted().stream().filter(elementId::equals).count();
  }

  void assertNoIncidents() {
    assertThat(kit.incidents(instance)).isEmpty();
  }
}
