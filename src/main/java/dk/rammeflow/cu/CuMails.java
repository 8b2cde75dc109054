package dk.rammeflow.cu;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.cu.CuCase.Council;
import dk.rammeflow.cu.CuPlanning.CasePlan;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.reference.Contact;
import dk.rammeflow.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of a Central Udmelding case; every one idempotent by case, round and purpose. */
@Component
public class CuMails {

  static final String AGENCY = "socialstyrelsen";
  private static final String SECRETARIAT = "sekretariatet";

  private final MailService mail;
  private final DocumentStore documents;
  private final ReferenceData reference;

  public CuMails(MailService mail, DocumentStore documents, ReferenceData reference) {
    this.mail = mail;
    this.documents = documents;
    this.reference = reference;
  }

  /** The tidsplan to the case worker; when it does not fit, the subject says so and the earliest plan follows. */
  public void plan(CuCase c, CasePlan plan, String occasion) {
    Map<String, Object> model = base(c);
    model.put("fits", plan.fits());
    model.put("warnings", plan.plan().warnings());
    model.put("rows", plan.rows());
    model.put("earliestRows", plan.earliestRows());
    model.put("earliestTargetText", plan.plan().earliestTarget() == null ? null : DanishDates.format(plan.plan().earliestTarget()));
    model.put("replanned", !occasion.equals("start"));
    String subject = (plan.fits() ? "Tidsplan: " : "Tidsplanen kan ikke nås: ") + "besvarelse af central udmelding om " + c.title();
    send("cu:%s:r%d:plan:%s".formatted(c.caseId(), c.round(), occasion), List.of(c.caseWorker()), subject, "central-notification-response/plan", model,
        List.of(new MailAttachment("Tidsplan.csv", "text/csv; charset=UTF-8", plan.csv().getBytes(StandardCharsets.UTF_8))), c, "plan");
  }

  /** Asks each council's secretariat to put the approved response before the council by the due date. */
  public void councilRequest(CuCase c, Council council, Map<String, String> response, String kkrMeetingText) {
    Map<String, Object> model = base(c);
    model.put("councilName", council.name());
    model.put("dueDateText", DanishDates.formatWithWeekday(c.councilDueDate()));
    model.put("response", response);
    model.put("kkrMeetingText", kkrMeetingText);
    send("cu:%s:r%d:council-request:%s".formatted(c.caseId(), c.round(), council.id()), council.emails(),
        "Politisk godkendelse: besvarelse af central udmelding om " + c.title(), "central-notification-response/council-request", model, List.of(), c, "council-request");
  }

  /** The response to Socialstyrelsen, attached, with the reservation for political approval when it applies. */
  public void submission(CuCase c, StoredDocument response, LocalDate sentOn, boolean withReservation, int approvedCount, String kkrMeetingText) {
    Map<String, Object> model = base(c);
    model.put("sentOnText", DanishDates.format(sentOn));
    model.put("withReservation", withReservation);
    model.put("approvedCount", approvedCount);
    model.put("councilCount", c.councils().size());
    model.put("councilDueDateText", c.councilDueDate() == null ? null : DanishDates.format(c.councilDueDate()));
    model.put("kkrMeetingText", kkrMeetingText);
    String subject = "Besvarelse af central udmelding om " + c.title() + " – Nordjylland" + (withReservation ? " (med forbehold for politisk godkendelse)" : "");
    send("cu:%s:r%d:submission".formatted(c.caseId(), c.round()), agency(), subject, "central-notification-response/submission", model,
        List.of(new MailAttachment(response.fileName(), response.contentType(), documents.content(response.id()))), c, "submission");
  }

  /** A reminder to a council that has not approved: before the due date ({@code late} false) or after it. */
  public void councilReminder(CuCase c, Council council, boolean late) {
    Map<String, Object> model = base(c);
    model.put("councilName", council.name());
    model.put("dueDateText", DanishDates.formatWithWeekday(c.councilDueDate()));
    model.put("late", late);
    String subject = (late ? "Rykker" : "Påmindelse") + ": politisk godkendelse af besvarelsen af central udmelding om " + c.title();
    send("cu:%s:r%d:council-reminder:%s:%s".formatted(c.caseId(), c.round(), council.id(), late ? "late" : "before"), council.emails(), subject,
        "central-notification-response/council-reminder", model, List.of(), c, "council-reminder");
  }

  /** The status table to the secretariat and the case worker: when all councils have approved, or the due date passed. */
  public void councilStatus(CuCase c, boolean allApproved) {
    Map<String, Object> model = base(c);
    model.put("allApproved", allApproved);
    model.put("table", CuViews.councilTable(c));
    model.put("dueDateText", DanishDates.format(c.councilDueDate()));
    model.put("missing", c.councils().stream().filter(k -> !k.approved()).map(Council::name).toList());
    String subject = (allApproved ? "Alle kommuner har godkendt" : "Fristen for politisk godkendelse er overskredet")
        + ": besvarelse af central udmelding om " + c.title();
    List<String> to = new ArrayList<>(List.of(secretariat()));
    if (!to.contains(c.caseWorker())) {
      to.add(c.caseWorker());
    }
    send("cu:%s:r%d:council-status:%s".formatted(c.caseId(), c.round(), allApproved ? "all-approved" : "deadline-passed"), to, subject,
        "central-notification-response/council-status", model, List.of(), c, "council-status");
  }

  /** Tells Socialstyrelsen that a response sent with reservation now has every council's approval. */
  public void approvalNotice(CuCase c) {
    Map<String, Object> model = base(c);
    model.put("table", CuViews.councilTable(c));
    send("cu:%s:r%d:approval-notice".formatted(c.caseId(), c.round()), agency(),
        "Politisk godkendt: besvarelse af central udmelding om " + c.title() + " – Nordjylland", "central-notification-response/approval-notice", model, List.of(), c, "approval-notice");
  }

  /** The answer to a follow-up question from Socialstyrelsen. */
  public void followUpAnswer(CuCase c, CuCase.FollowUp followUp) {
    Map<String, Object> model = base(c);
    model.put("question", followUp.question());
    model.put("askedOnText", DanishDates.format(followUp.askedOn()));
    model.put("answer", followUp.answer());
    send("cu:%s:follow-up:%s".formatted(c.caseId(), followUp.id()), agency(),
        "Svar på opfølgende spørgsmål: besvarelse af central udmelding om " + c.title(), "central-notification-response/follow-up-answer", model, List.of(), c, "follow-up-answer");
  }

  /** Tells the case worker (or the secretariat) why a case could not be registered. */
  public void invalidCase(long processInstanceKey, String caseWorker, String title, List<String> problems) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title == null || title.isBlank() ? "(uden titel)" : title);
    model.put("problems", problems);
    String to = caseWorker != null && caseWorker.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? caseWorker : secretariat();
    mail.send(new OutgoingMail("cu:pi-%d:invalid".formatted(processInstanceKey), List.of(to), "Sagen kan ikke oprettes: " + model.get("title"),
        "central-notification-response/invalid", model, List.of(), Map.of("kind", "cu-invalid", "processInstanceKey", Long.toString(processInstanceKey))));
  }

  private Map<String, Object> base(CuCase c) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", c.title());
    model.put("targetGroup", c.targetGroup());
    model.put("caseId", c.caseId());
    model.put("agencyDeadlineText", DanishDates.format(c.agencyDeadline()));
    model.put("agreedDeadlineText", c.agreedDeadline() == null ? null : DanishDates.format(c.agreedDeadline()));
    model.put("targetText", DanishDates.format(c.target()));
    model.put("caseWorker", c.caseWorker());
    return model;
  }

  private void send(String key, List<String> to, String subject, String template, Map<String, Object> model, List<MailAttachment> attachments,
      CuCase c, String kind) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("caseId", c.caseId());
    tags.put("round", Integer.toString(c.round()));
    tags.put("kind", "cu-" + kind);
    mail.send(new OutgoingMail(key, to, subject, template, model, attachments, tags));
  }

  List<String> agency() {
    return reference.requireExternalBody(AGENCY).contacts().stream().map(Contact::email).toList();
  }

  String secretariat() {
    return reference.requireForum(SECRETARIAT).members().getFirst().email();
  }
}
