package dk.rammeflow.socialagreement;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.socialagreement.SocialAgreementCase.Council;
import dk.rammeflow.socialagreement.SocialAgreementPlanning.AgreementPlan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of a social-agreement case; each idempotent by case and purpose. */
@Component
class SocialAgreementMails {

  private static final String FOLDER = "social-agreement/";
  private static final String SECRETARIAT = "sekretariatet";

  private final MailService mail;
  private final ReferenceData reference;

  SocialAgreementMails(MailService mail, ReferenceData reference) {
    this.mail = mail;
    this.reference = reference;
  }

  void plan(SocialAgreementCase c, AgreementPlan plan) {
    Map<String, Object> model = base(c);
    model.put("fits", plan.fits());
    model.put("warnings", plan.warnings());
    model.put("rows", plan.rows());
    String subject = (plan.fits() ? "Tidsplan: " : "Tidsplanen kan ikke nås: ") + c.title();
    send("sa:%s:plan".formatted(c.caseId()), List.of(c.caseWorker()), subject, "plan", model,
        List.of(new MailAttachment("Tidsplan.csv", "text/csv; charset=UTF-8", plan.csv().getBytes(StandardCharsets.UTF_8))), c, "plan");
  }

  void councilRequest(SocialAgreementCase c, Council council) {
    Map<String, Object> model = base(c);
    model.put("councilName", council.name());
    model.put("dueDateText", DanishDates.formatWithWeekday(c.councilDueDate()));
    send("sa:%s:council-request:%s".formatted(c.caseId(), council.id()), council.emails(), "Politisk godkendelse: " + c.title(), "council-request", model,
        List.of(), c, "council-request");
  }

  void councilReminder(SocialAgreementCase c, Council council, boolean late) {
    Map<String, Object> model = base(c);
    model.put("councilName", council.name());
    model.put("dueDateText", DanishDates.formatWithWeekday(c.councilDueDate()));
    model.put("late", late);
    send("sa:%s:council-reminder:%s:%s".formatted(c.caseId(), council.id(), late ? "late" : "before"), council.emails(),
        (late ? "Rykker" : "Påmindelse") + ": politisk godkendelse af " + c.title(), "council-reminder", model, List.of(), c, "council-reminder");
  }

  /** The status table to the secretariat and the case worker: when all have decided, or the due date passed. */
  void councilStatus(SocialAgreementCase c, boolean allDecided) {
    Map<String, Object> model = base(c);
    model.put("allDecided", allDecided);
    model.put("table", SocialAgreementViews.councilTable(c));
    model.put("dueDateText", DanishDates.format(c.councilDueDate()));
    model.put("missing", c.councils().stream().filter(k -> !k.decided()).map(Council::name).toList());
    model.put("adoptedOnText", c.adoptedOn() == null ? null : DanishDates.format(c.adoptedOn()));
    String subject = (allDecided ? "Socialaftalen er behandlet i alle kommuner og regionen" : "Fristen for politisk godkendelse er overskredet") + ": " + c.title();
    List<String> to = new ArrayList<>(List.of(secretariat()));
    if (!to.contains(c.caseWorker())) {
      to.add(c.caseWorker());
    }
    send("sa:%s:council-status:%s".formatted(c.caseId(), allDecided ? "all-decided" : "deadline-passed"), to, subject, "council-status", model, List.of(), c,
        "council-status");
  }

  void invalid(long processInstanceKey, String caseWorker, String period, List<String> problems) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", period.isBlank() ? "(uden periode)" : "Nordjysk Socialaftale " + period);
    model.put("problems", problems);
    String to = Inputs.isEmail(caseWorker) ? caseWorker : secretariat();
    mail.send(new OutgoingMail("sa:pi-%d:invalid".formatted(processInstanceKey), List.of(to), "Sagen kan ikke oprettes: " + model.get("title"),
        FOLDER + "invalid", model, List.of(), Map.of("kind", "social-agreement-invalid", "processInstanceKey", Long.toString(processInstanceKey))));
  }

  private Map<String, Object> base(SocialAgreementCase c) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", c.title());
    model.put("caseId", c.caseId());
    model.put("caseWorker", c.caseWorker());
    model.put("deadlineText", DanishDates.format(SocialAgreementStage.deadline(c.firstYear())));
    return model;
  }

  private void send(String key, List<String> to, String subject, String template, Map<String, Object> model, List<MailAttachment> attachments,
      SocialAgreementCase c, String kind) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("caseId", c.caseId());
    tags.put("kind", "social-agreement-" + kind);
    mail.send(new OutgoingMail(key, to, subject, FOLDER + template, model, attachments, tags));
  }

  String secretariat() {
    return reference.requireForum(SECRETARIAT).members().getFirst().email();
  }
}
