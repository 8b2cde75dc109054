package dk.rammeflow.forum;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.forum.ForumDecisionRecord.MaterialDispatch;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.reference.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of a forum decision: the material to every member, and problems to the case worker. */
@Component
class ForumMails {

  private final MailService mail;
  private final MaterialReader materials;
  private final ForumDecisionRecords records;
  private final ReferenceData reference;

  ForumMails(MailService mail, MaterialReader materials, ForumDecisionRecords records, ReferenceData reference) {
    this.mail = mail;
    this.materials = materials;
    this.records = records;
    this.reference = reference;
  }

  /**
   * Sends the item's material to each member of the forum, one mail each, with the stored documents attached.
   * Idempotent per decision, meeting and member, so a retried job sends only what is missing.
   *
   * @return the addresses the material went to
   */
  @SuppressWarnings("unchecked")
  List<String> sendMaterial(Map<String, Object> variables, Instant now) {
    String decisionId = (String) variables.get("decisionId");
    ForumDecisionRecord record = records.require(decisionId);
    LocalDate meetingDate = LocalDate.parse((String) variables.get("meetingDate"));
    List<Map<String, Object>> material = (List<Map<String, Object>>) variables.getOrDefault("materialItems", List.of());
    List<MailAttachment> attachments = materials.attachments(material);
    String shortName = (String) variables.get("forumShortName");
    List<String> sentTo = new ArrayList<>();
    for (Map<String, Object> member : (List<Map<String, Object>>) variables.get("members")) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("memberName", member.get("name"));
      model.put("forumName", record.forumName());
      model.put("forumShortName", shortName);
      model.put("meetingText", variables.get("meetingText"));
      model.put("materialDeadlineText", variables.get("materialDeadlineText"));
      model.put("caseTitle", record.caseTitle());
      model.put("recommendation", record.recommendation());
      model.put("material", material);
      model.put("postponed", !record.postponements().isEmpty());
      model.put("postponedFrom", record.postponements().isEmpty() ? null : DanishDates.format(record.postponements().getLast().meetingDate()));
      model.put("caseWorker", record.caseWorker());
      String email = (String) member.get("email");
      Map<String, String> tags = new LinkedHashMap<>();
      tags.put("decisionId", decisionId);
      tags.put("forum", record.forumId());
      tags.put("meetingDate", meetingDate.toString());
      tags.put("memberId", (String) member.get("id"));
      tags.put("kind", "forum-material");
      if (record.caseId() != null) {
        tags.put("caseId", record.caseId());
      }
      mail.send(new OutgoingMail(
          "forum:%s:%s:material:%s".formatted(decisionId, meetingDate, member.get("id")),
          List.of(email),
          "Materiale til %s %s: %s".formatted(shortName, DanishDates.format(meetingDate), record.caseTitle()),
          "forum-decision/material",
          model,
          attachments,
          tags));
      sentTo.add(email);
    }
    if (record.materialSent().stream().noneMatch(d -> d.meetingDate().equals(meetingDate))) {
      records.update(decisionId, r -> r.withMaterialSent(new MaterialDispatch(meetingDate, now, sentTo)));
    }
    return sentTo;
  }

  /**
   * Tells the case worker (or the secretariat when no valid case worker is known) that the item could not go
   * on a meeting, and why.
   */
  void sendProblem(long processInstanceKey, Map<String, Object> variables, List<String> problems) {
    String caseWorker = Inputs.plain(variables.get("caseWorker"));
    String to = Inputs.isEmail(caseWorker) ? caseWorker : secretariatAddress();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("caseTitle", Inputs.plain(variables.get("caseTitle")).isEmpty() ? "(uden titel)" : Inputs.plain(variables.get("caseTitle")));
    model.put("forum", Inputs.plain(variables.get("forum")));
    model.put("problems", problems);
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("kind", "forum-problem");
    tags.put("processInstanceKey", Long.toString(processInstanceKey));
    if (!Inputs.plain(variables.get("caseId")).isEmpty()) {
      tags.put("caseId", Inputs.plain(variables.get("caseId")));
    }
    mail.send(new OutgoingMail(
        "forum:pi-%d:problem".formatted(processInstanceKey),
        List.of(to),
        "Sagen kan ikke sættes på et møde: " + model.get("caseTitle"),
        "forum-decision/problem",
        model,
        List.of(),
        tags));
  }

  private String secretariatAddress() {
    return reference.requireForum("sekretariatet").members().getFirst().email();
  }
}
