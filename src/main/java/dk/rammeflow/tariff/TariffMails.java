package dk.rammeflow.tariff;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.MailService;
import dk.rammeflow.mail.OutgoingMail;
import dk.rammeflow.mail.ReplyTokens;
import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.ReferenceData;
import dk.rammeflow.web.WebLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of a tariff round: the request, the reminder, the problems of a refused submission, DAS informed. */
@Component
class TariffMails {

  static final String FOLDER = "tariff-approval/";

  private final MailService mail;
  private final ReferenceData reference;
  private final WebLinks links;
  private final ReplyTokens replyTokens;

  TariffMails(MailService mail, ReferenceData reference, WebLinks links, ReplyTokens replyTokens) {
    this.mail = mail;
    this.replyTokens = replyTokens;
    this.reference = reference;
    this.links = links;
  }

  /**
   * The request to submit, with the takstindberetningsskema prefilled with the tariffs in force. It carries a reply
   * token: a reply with the filled sheet attached is a submission ({@link TariffReplies}).
   */
  void sendRequest(TariffRound round, TariffRound.Operator operator, String deadlineText, byte[] sheet, int attempt) {
    Map<String, Object> model = model(round, operator);
    model.put("deadlineText", deadlineText);
    model.put("revision", operator.revisionReason != null);
    model.put("reason", operator.revisionReason);
    mail.send(new OutgoingMail("tariff:%s:%s:request:%d".formatted(round.roundId, operator.operatorId, attempt), operator.contacts,
        (operator.revisionReason != null ? "Reviderede takster %d: %s" : "Indberetning af takster %d: %s").formatted(round.year, operator.name),
        FOLDER + "request", model,
        List.of(new MailAttachment("takstindberetning-%d-%s.xlsx".formatted(round.year, operator.operatorId), TariffSheet.MEDIA_TYPE, sheet)),
        tags(round, operator, "tariff-request")).withReplyToken(replyTokens.issue(TariffReplies.KIND, round.roundId, operator.operatorId)));
  }

  void sendReminder(TariffRound round, TariffRound.Operator operator, String deadlineText, int attempt) {
    Map<String, Object> model = model(round, operator);
    model.put("deadlineText", deadlineText);
    mail.send(new OutgoingMail("tariff:%s:%s:reminder:%d".formatted(round.roundId, operator.operatorId, attempt), operator.contacts,
        "Påmindelse: takster %d skal indberettes senest %s".formatted(round.year, deadlineText), FOLDER + "reminder", model, List.of(),
        tags(round, operator, "tariff-reminder")));
  }

  void sendProblems(TariffRound round, TariffRound.Operator operator, List<String> problems, int attempt) {
    Map<String, Object> model = model(round, operator);
    model.put("problems", problems);
    mail.send(new OutgoingMail("tariff:%s:%s:problems:%d".formatted(round.roundId, operator.operatorId, attempt), operator.contacts,
        "Takster %d kan ikke modtages: %d fejl skal rettes".formatted(round.year, problems.size()), FOLDER + "problems", model, List.of(),
        tags(round, operator, "tariff-problems")));
  }

  /** FU's decision on an operator's tariffs, to DAS's members, with the republished takstbilag attached. */
  void informDas(TariffRound round, TariffRound.Operator operator, TariffRound.Decision decision, byte[] annexPdf, int version) {
    for (ForumMember member : reference.requireForum("das").members()) {
      Map<String, Object> model = model(round, operator);
      model.put("memberName", member.name());
      model.put("meetingText", DanishDates.format(decision.meetingDate()));
      model.put("outcome", decision.outcome());
      model.put("decisionText", decision.decisionText());
      model.put("rejectedOffers", decision.rejectedOffers());
      model.put("annexVersion", version);
      mail.send(new OutgoingMail("tariff:%s:%s:das-informed:%s:%s".formatted(round.roundId, operator.operatorId, decision.meetingDate(), member.id()),
          List.of(member.email()), "Til orientering: FU's godkendelse af reviderede takster %d, %s".formatted(round.year, operator.name),
          FOLDER + "das-informed", model,
          annexPdf == null ? List.of() : List.of(new MailAttachment("takstbilag-%d-v%d.pdf".formatted(round.year, version), "application/pdf", annexPdf)),
          tags(round, operator, "tariff-das-informed")));
    }
  }

  private Map<String, Object> model(TariffRound round, TariffRound.Operator operator) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("year", round.year);
    model.put("operatorName", operator.name);
    model.put("inboxUrl", links.inbox());
    model.put("apiUrl", links.absolute("/api/tariff-rounds/" + round.roundId + "/submissions"));
    model.put("operatorId", operator.operatorId);
    return model;
  }

  private static Map<String, String> tags(TariffRound round, TariffRound.Operator operator, String kind) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("kind", kind);
    tags.put("roundId", round.roundId);
    tags.put("operatorId", operator.operatorId);
    return tags;
  }
}
