package dk.rammeflow.cu;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.forum.Material;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads the start input of a Central Udmelding response (API, start form or a calling process) into a new case,
 * reporting every problem at once in Danish.
 */
@Component
public class CuInput {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DocumentStore documents;

  public CuInput(DocumentStore documents) {
    this.documents = documents;
  }

  public CuCase read(Map<String, Object> input, LocalDate today, Instant now) {
    List<String> problems = new ArrayList<>();
    String caseId = text(input.get("caseId"));
    if (!caseId.isEmpty() && !ID.matcher(caseId).matches()) {
      problems.add("Sagens id '%s' må kun indeholde små bogstaver, tal og bindestreg.".formatted(caseId));
    }
    String title = text(input.get("title"));
    if (title.isEmpty()) {
      problems.add("Angiv den centrale udmeldings titel.");
    } else if (title.length() > 300) {
      problems.add("Titlen er for lang (%d tegn); højst 300.".formatted(title.length()));
    }
    String targetGroup = text(input.get("targetGroup"));
    if (targetGroup.isEmpty()) {
      problems.add("Angiv målgruppen for den centrale udmelding.");
    }
    List<String> questions = lines(input.get("questions"));
    if (questions.isEmpty()) {
      problems.add("Angiv mindst ét spørgsmål fra Socialstyrelsen (fx Tema 1 og Tema 2).");
    }
    String caseWorker = text(input.get("caseWorker"));
    if (caseWorker.isEmpty()) {
      problems.add("Angiv den ansvarlige sagsbehandler.");
    } else if (!EMAIL.matcher(caseWorker).matches()) {
      problems.add("Sagsbehandlerens mailadresse '%s' er ikke gyldig.".formatted(caseWorker));
    }
    Map<String, String> document = Material.reference("Central udmelding", input.get("cuDocument"), documents, problems).orElse(null);
    if (document == null && text(input.get("cuDocument")).isEmpty()) {
      problems.add("Vedlæg den centrale udmelding (et link eller et uploadet dokument).");
    }
    LocalDate startDate = date(input.get("startDate"), "Startdato", problems);
    if (startDate == null) {
      startDate = today;
    } else if (startDate.isAfter(today)) {
      problems.add("Startdatoen %s ligger efter i dag.".formatted(DanishDates.format(startDate)));
    }
    LocalDate deadline = date(input.get("agencyDeadline"), "Socialstyrelsens frist", problems);
    if (deadline == null && text(input.get("agencyDeadline")).isEmpty()) {
      problems.add("Angiv Socialstyrelsens frist for besvarelsen.");
    } else if (deadline != null && !deadline.isAfter(startDate)) {
      problems.add("Socialstyrelsens frist (%s) skal ligge efter sagens start (%s).".formatted(DanishDates.format(deadline), DanishDates.format(startDate)));
    }
    CuCase.Settings settings = new CuCase.Settings(
        !Boolean.FALSE.equals(input.get("coordinateWithRegions")) && !"false".equals(text(input.get("coordinateWithRegions"))),
        number(input.get("dialogueWeeks"), 1, 1, 8, "Dialogmødets periode (uger)", problems),
        number(input.get("firstDraftWeeks"), 3, 1, 12, "Perioden til første udkast (uger)", problems),
        number(input.get("revisionWeeks"), 1, 1, 12, "Revisionsperioden (uger)", problems),
        number(input.get("hearingWeeks"), 2, 1, 12, "Høringsperioden (uger)", problems),
        number(input.get("councilApprovalWeeks"), 13, 2, 52, "Perioden til politisk godkendelse (uger)", problems),
        number(input.get("councilReminderWorkingDays"), 10, 1, 60, "Påmindelse før fristen for politisk godkendelse (arbejdsdage)", problems));
    if (!problems.isEmpty()) {
      throw new CuException(problems);
    }
    return new CuCase(caseId.isEmpty() ? newCaseId(today) : caseId, title, targetGroup, questions, deadline, document, caseWorker, startDate,
        startDate.isBefore(today), settings, now);
  }

  static LocalDate date(Object value, String field, List<String> problems) {
    try {
      return CalendarInputs.date(value, field);
    } catch (CalendarException e) {
      problems.add(e.danishMessage());
      return null;
    }
  }

  private static int number(Object value, int fallback, int min, int max, String field, List<String> problems) {
    if (value == null || text(value).isEmpty()) {
      return fallback;
    }
    try {
      int n = value instanceof Number number ? number.intValue() : Integer.parseInt(text(value));
      if (n < min || n > max) {
        problems.add("%s skal være mellem %d og %d (ikke %d).".formatted(field, min, max, n));
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add("%s: '%s' er ikke et helt tal.".formatted(field, text(value)));
      return fallback;
    }
  }

  static List<String> lines(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CuInput::text).filter(s -> !s.isEmpty()).toList();
    }
    return Arrays.stream(String.valueOf(value).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }

  private static String newCaseId(LocalDate today) {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return "cu-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + suffix;
  }
}
