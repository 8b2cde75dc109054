package dk.rammeflow.tariff;

import dk.rammeflow.documents.DocumentRejectedException;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.mail.InboundReply;
import dk.rammeflow.mail.InboundReplyHandler;
import dk.rammeflow.mail.MailAttachment;
import dk.rammeflow.mail.ReplyOutcome;
import dk.rammeflow.mail.ReplyRejectedException;
import dk.rammeflow.process.ProcessClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mail replies to the tariff request ("Indberetning af takster ..."): the filled takstindberetningsskema attached
 * to the reply is stored and handed to the operator's waiting submission (message {@code tariff-submitted} with
 * {@code sheetDocumentId}), whose check step runs the same checks as for the task and the API; problems go back
 * by mail and the task opens again. A reply without exactly one readable XLSX, or while the operator is not
 * waiting for a submission, goes to the review list with a Danish reason.
 */
@Component
class TariffReplies implements InboundReplyHandler {

  static final String KIND = "tariff";

  private final TariffRounds rounds;
  private final DocumentStore documents;
  private final ProcessClient processes;

  TariffReplies(TariffRounds rounds, DocumentStore documents, ProcessClient processes) {
    this.rounds = rounds;
    this.documents = documents;
    this.processes = processes;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ReplyOutcome onReply(InboundReply reply) {
    String roundId = reply.target().caseId();
    TariffRound round = rounds.find(roundId)
        .orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en takstrunde, som Rammeflow ikke kender ('%s').".formatted(roundId)));
    TariffRound.Operator operator = round.operator(reply.target().partyId())
        .orElseThrow(() -> new ReplyRejectedException("Svaret henviser til en driftsherre ('%s'), som ikke er med i takstrunden %s."
            .formatted(reply.target().partyId(), roundId)));
    if (round.status == TariffRound.Status.ORPHANED
        || !EnumSet.of(TariffRound.OperatorStatus.REQUESTED, TariffRound.OperatorStatus.REOPENED).contains(operator.status)) {
      throw new ReplyRejectedException("%s venter ikke på en takstindberetning i takstrunden %s (status %s); svaret er ikke registreret."
          .formatted(operator.name, roundId, operator.status));
    }
    List<MailAttachment> sheets = reply.attachments().stream().filter(TariffReplies::isXlsx).toList();
    if (sheets.isEmpty()) {
      throw new ReplyRejectedException("Svaret fra %s indeholder intet udfyldt takstindberetningsskema (XLSX-fil); taksterne er ikke modtaget."
          .formatted(operator.name));
    }
    if (sheets.size() > 1) {
      throw new ReplyRejectedException("Svaret fra %s indeholder %d XLSX-filer; vedhæft kun det udfyldte takstindberetningsskema."
          .formatted(operator.name, sheets.size()));
    }
    MailAttachment sheet = sheets.getFirst();
    List<String> problems = new ArrayList<>();
    // A file that is no takstindberetningsskema at all is for a person to look at; problems in its rows go back by mail.
    TariffSheet.read(sheet.content(), problems);
    if (problems.contains(TariffSheet.NOT_A_SHEET) || problems.contains(TariffSheet.NO_OFFER_COLUMN)) {
      throw new ReplyRejectedException("Den vedhæftede fil '%s' fra %s kan ikke bruges som takstindberetningsskema: %s"
          .formatted(sheet.fileName(), operator.name, String.join(" ", problems)));
    }
    String documentId;
    try {
      documentId = documents.store(sheet.fileName(), TariffSheet.MEDIA_TYPE, sheet.content(), reply.from()).id();
    } catch (DocumentRejectedException e) {
      throw new ReplyRejectedException(e.getMessage());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("rows", null);
    variables.put("sheetDocumentId", documentId);
    variables.put("submittedBy", "mail fra " + reply.from());
    // The Message-ID makes a mail handed over again after a restart one message.
    processes.publish(TariffService.SUBMITTED_MESSAGE, TariffSteps.submissionKey(roundId, operator.operatorId), reply.messageId(), variables,
        Duration.ofHours(1));
    return ReplyOutcome.ACCEPTED;
  }

  private static boolean isXlsx(MailAttachment attachment) {
    String name = attachment.fileName() == null ? "" : attachment.fileName().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || (attachment.contentType() != null && attachment.contentType().toLowerCase(Locale.ROOT).startsWith(TariffSheet.MEDIA_TYPE));
  }
}
