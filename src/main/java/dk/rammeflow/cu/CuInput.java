package dk.rammeflow.cu;

import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the start input of a Central Udmelding response (API, start form or a calling process) into a new case,
 * reporting every problem at once in Danish.
 */
@Component
class CuInput {

  private final MaterialReader materials;

  CuInput(MaterialReader materials) {
    this.materials = materials;
  }

  CuCase read(Map<String, Object> input, LocalDate today, Instant now) {
    List<String> problems = new ArrayList<>();
    String caseId = Ids.optional(input.get("caseId"), "Sagens id", problems);
    String title = Inputs.requiredText(input.get("title"), "Titlen", 300, "Angiv den centrale udmeldings titel.", problems);
    String targetGroup = Inputs.requiredText(input.get("targetGroup"), "Målgruppen", 2_000, "Angiv målgruppen for den centrale udmelding.", problems);
    int before = problems.size();
    List<String> questions = Inputs.lines(input.get("questions"), "Spørgsmålene", problems);
    if (questions.isEmpty() && problems.size() == before) {
      problems.add("Angiv mindst ét spørgsmål fra Socialstyrelsen (fx Tema 1 og Tema 2).");
    }
    String caseWorker = Inputs.email(input.get("caseWorker"), "Sagsbehandlerens mailadresse", "Angiv den ansvarlige sagsbehandler.", problems);
    before = problems.size();
    Map<String, String> document = materials.reference("Central udmelding", input.get("cuDocument"), problems).orElse(null);
    if (document == null && problems.size() == before) {
      problems.add("Vedlæg den centrale udmelding (et link eller et uploadet dokument).");
    }
    LocalDate startDate = Inputs.date(input.get("startDate"), "Startdato", problems);
    if (startDate == null) {
      startDate = today;
    } else if (startDate.isAfter(today)) {
      problems.add("Startdatoen %s ligger efter i dag.".formatted(DanishDates.format(startDate)));
    }
    before = problems.size();
    LocalDate deadline = Inputs.date(input.get("agencyDeadline"), "Socialstyrelsens frist", problems);
    if (deadline == null && problems.size() == before) {
      problems.add("Angiv Socialstyrelsens frist for besvarelsen.");
    } else if (deadline != null && !deadline.isAfter(startDate)) {
      problems.add("Socialstyrelsens frist (%s) skal ligge efter sagens start (%s).".formatted(DanishDates.format(deadline), DanishDates.format(startDate)));
    }
    LocalDate dialogueDate = Inputs.date(input.get("dialogueDate"), "Dato for dialogmødet", problems);
    LocalDate firstDraftDate = Inputs.date(input.get("firstDraftDate"), "Dato for første udkast", problems);
    if (dialogueDate != null && dialogueDate.isBefore(startDate)) {
      problems.add("Dialogmødet (%s) ligger før sagens start (%s).".formatted(DanishDates.format(dialogueDate), DanishDates.format(startDate)));
    }
    if (firstDraftDate != null && !firstDraftDate.isAfter(dialogueDate != null ? dialogueDate : startDate.minusDays(1))) {
      problems.add("Første udkast (%s) skal ligge efter %s.".formatted(DanishDates.format(firstDraftDate),
          dialogueDate != null ? "dialogmødet (" + DanishDates.format(dialogueDate) + ")" : "sagens start (" + DanishDates.format(startDate) + ")"));
    }
    int revisionWorkingDays = Inputs.integer(input.get("revisionWorkingDays"), 0, 1, 60, "Revisionsperioden (arbejdsdage)", problems);
    int hearingWorkingDays = Inputs.integer(input.get("hearingWorkingDays"), 0, 1, 60, "Høringsperioden (arbejdsdage)", problems);
    CuCase.Settings settings = new CuCase.Settings(
        Inputs.bool(input.get("coordinateWithRegions"), true, "Koordinering med de øvrige regioner", problems),
        Inputs.integer(input.get("dialogueWeeks"), 1, 1, 8, "Dialogmødets periode (uger)", problems),
        Inputs.integer(input.get("firstDraftWeeks"), 3, 1, 12, "Perioden til første udkast (uger)", problems),
        Inputs.integer(input.get("revisionWeeks"), 1, 1, 12, "Revisionsperioden (uger)", problems),
        Inputs.integer(input.get("hearingWeeks"), 2, 1, 12, "Høringsperioden (uger)", problems),
        Inputs.integer(input.get("councilApprovalWeeks"), 13, 2, 52, "Perioden til politisk godkendelse (uger)", problems),
        Inputs.integer(input.get("councilReminderWorkingDays"), 10, 1, 60, "Påmindelse før fristen for politisk godkendelse (arbejdsdage)", problems),
        Inputs.bool(input.get("discussionRound"), true, "Drøftelse af første udkast i FU og DAS", problems),
        Inputs.bool(input.get("commentsAtMeeting"), false, "Kommunernes bemærkninger går til mødet", problems),
        revisionWorkingDays == 0 ? null : revisionWorkingDays,
        hearingWorkingDays == 0 ? null : hearingWorkingDays,
        dialogueDate, firstDraftDate);
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    return new CuCase(caseId.isEmpty() ? Ids.newId("cu", today) : caseId, title, targetGroup, questions, deadline, document, caseWorker, startDate,
        startDate.isBefore(today), settings, now);
  }
}
