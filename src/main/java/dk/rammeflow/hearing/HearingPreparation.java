package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.calendar.DeadlineRequest;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.reference.Contact;
import dk.rammeflow.reference.ReferenceData;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns the inputs of a hearing, from the API, the start form or a calling process, into a
 * validated hearing: parties resolved from the reference data, the deadline and reminders from
 * the working-day calendar. Every problem is collected and reported in Danish at once.
 */
@Component
public class HearingPreparation {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final int MAX_TITLE = 200;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReferenceData reference;
  private final DeadlineService deadlines;
  private final DocumentStore documents;

  public HearingPreparation(ReferenceData reference, DeadlineService deadlines, DocumentStore documents) {
    this.reference = reference;
    this.deadlines = deadlines;
    this.documents = documents;
  }

  /** The outcome: the process variables of a valid hearing, and calendar warnings for the case worker. */
  public record PreparedHearing(Map<String, Object> variables, List<String> warnings) {
    public String hearingId() {
      return (String) variables.get("hearingId");
    }
  }

  public PreparedHearing prepare(Map<String, Object> input, LocalDate today) {
    List<String> problems = new ArrayList<>();

    String title = text(input.get("title"));
    if (title.isEmpty()) {
      problems.add("Høringen mangler en titel.");
    } else if (title.length() > MAX_TITLE) {
      problems.add("Titlen er for lang (%d tegn); højst %d.".formatted(title.length(), MAX_TITLE));
    }

    List<String> questions = lines(input.get("questions"));
    if (questions.isEmpty()) {
      problems.add("Høringen skal stille mindst ét spørgsmål.");
    }

    List<Map<String, String>> material = material(input.get("material"), problems);
    List<HearingParty> parties = parties(input.get("parties"), problems);

    String caseWorker = text(input.get("caseWorker"));
    if (caseWorker.isEmpty()) {
      problems.add("Angiv den ansvarlige sagsbehandler.");
    } else if (!EMAIL.matcher(caseWorker).matches()) {
      problems.add("Sagsbehandlerens mailadresse '%s' er ikke gyldig.".formatted(caseWorker));
    }

    List<Integer> reminderOffsets = reminderOffsets(input.get("reminderOffsets"), problems);
    Deadline deadline = deadline(input.get("deadline"), reminderOffsets, today, problems);

    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }

    String hearingId = text(input.get("hearingId"));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("hearingId", hearingId.isEmpty() ? newHearingId(today) : hearingId);
    variables.put("title", title);
    variables.put("questions", questions);
    variables.put("material", material);
    variables.put("hearingParties", parties.stream().map(HearingParty::toVariable).toList());
    variables.put("caseWorker", caseWorker);
    variables.put("sentOn", today.toString());
    variables.put("reminderOffsets", reminderOffsets);
    variables.putAll(deadlineVariables(deadline));
    variables.put("warnings", deadline.warnings());
    return new PreparedHearing(variables, deadline.warnings());
  }

  /** A new deadline for a running hearing, with reminders from the same offsets. */
  public Deadline moveDeadline(HearingRecord hearing, Object newDeadline, List<Integer> reminderOffsets, LocalDate today) {
    List<String> problems = new ArrayList<>();
    LocalDate date = date(newDeadline, problems);
    if (date == null) {
      if (problems.isEmpty()) {
        problems.add("Angiv den nye høringsfrist.");
      }
      throw new HearingException(problems);
    }
    if (!date.isAfter(hearing.deadline())) {
      throw new HearingException(
          "Den nye frist (%s) skal ligge efter den nuværende frist (%s).".formatted(date, hearing.deadline()));
    }
    Deadline deadline = deadline(date.toString(), reminderOffsets, today, problems);
    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }
    return deadline;
  }

  /** A short deadline for a clarification, in working days from today. */
  public Deadline clarificationDeadline(int workingDays, LocalDate today) {
    if (workingDays < 1 || workingDays > 20) {
      throw new HearingException("Fristen for en uddybning skal være mellem 1 og 20 arbejdsdage.");
    }
    try {
      return deadlines.compute(new DeadlineRequest(today, null, null, workingDays, null, List.of(), null));
    } catch (CalendarException e) {
      throw new HearingException(e.danishMessage());
    }
  }

  public static Map<String, Object> deadlineVariables(Deadline deadline) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("deadline", deadline.deadline().toString());
    variables.put("deadlineAt", CalendarTime.iso(deadline.deadlineAt()));
    variables.put("deadlineText", deadline.deadlineText());
    variables.put("reminders", deadline.reminders().stream().map(CalendarTime::iso).toList());
    return variables;
  }

  private Deadline deadline(Object value, List<Integer> reminderOffsets, LocalDate today, List<String> problems) {
    LocalDate explicit = date(value, problems);
    if (explicit != null && !explicit.isAfter(today)) {
      problems.add("Høringsfristen %s ligger ikke efter i dag (%s).".formatted(explicit, today));
      return null;
    }
    try {
      DeadlineRequest request =
          new DeadlineRequest(today, null, null, null, explicit, reminderOffsets, DeadlineRequest.HearingRules.WARN);
      Deadline deadline = deadlines.compute(request);
      if (deadline.reminders().size() < reminderOffsets.size()) {
        problems.add(
            "Høringsfristen %s ligger for tæt på: der er ikke plads til påmindelser %s arbejdsdage før fristen efter i dag. Vælg en senere frist eller færre påmindelser."
                .formatted(deadline.deadlineText(), reminderOffsets.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" og "))));
      }
      return deadline;
    } catch (CalendarException e) {
      problems.add(e.danishMessage());
      return null;
    }
  }

  private static LocalDate date(Object value, List<String> problems) {
    String text = text(value);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add("Datoen '%s' kan ikke læses; brug formen ÅÅÅÅ-MM-DD.".formatted(text));
      return null;
    }
  }

  private List<HearingParty> parties(Object value, List<String> problems) {
    List<String> ids = value instanceof String s ? Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList() : lines(value);
    if (ids.isEmpty()) {
      problems.add("Vælg mindst én høringspart.");
      return List.of();
    }
    List<HearingParty> parties = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      var party = reference.party(id);
      if (party.isPresent()) {
        List<String> emails = party.get().hearingContacts().stream().map(Contact::email).toList();
        parties.add(new HearingParty(id, party.get().name(), id, emails));
        continue;
      }
      var member = reference.forumMember(id);
      if (member.isPresent()) {
        String group = member.get().party() != null ? member.get().party() : id;
        parties.add(new HearingParty(id, member.get().name(), group, List.of(member.get().email())));
        continue;
      }
      problems.add("Ukendt høringspart: '%s'.".formatted(id));
    }
    if (ids.size() != new LinkedHashSet<>(ids).size()) {
      problems.add("En høringspart er angivet flere gange.");
    }
    return parties;
  }

  private List<Map<String, String>> material(Object value, List<String> problems) {
    List<Map<String, String>> material = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          String name = text(map.get("name"));
          String url = text(map.get("url"));
          String documentId = text(map.get("documentId"));
          if (!documentId.isEmpty()) {
            var stored = documents.find(documentId);
            if (stored.isEmpty()) {
              problems.add("Bilaget '%s' findes ikke eller kan ikke læses.".formatted(name.isEmpty() ? documentId : name));
              continue;
            }
            material.add(Map.of("name", name.isEmpty() ? stored.get().fileName() : name, "url", "/api/documents/" + documentId, "documentId", documentId));
          } else if (!url.isEmpty()) {
            material.add(Map.of("name", name.isEmpty() ? url : name, "url", url));
          } else {
            problems.add("Materialet '%s' mangler et link eller et bilag.".formatted(name));
          }
        } else {
          addMaterialLine(String.valueOf(item), material, problems);
        }
      }
    } else {
      for (String line : lines(value)) {
        addMaterialLine(line, material, problems);
      }
    }
    return material;
  }

  private static void addMaterialLine(String line, List<Map<String, String>> material, List<String> problems) {
    String[] parts = line.split("\\|", 2);
    String name = parts[0].trim();
    String url = parts.length > 1 ? parts[1].trim() : name;
    if (!url.matches("(?i)https?://\\S+")) {
      problems.add("Materialet '%s' har ikke et gyldigt link (http:// eller https://).".formatted(line.trim()));
      return;
    }
    material.add(Map.of("name", name, "url", url));
  }

  private static List<Integer> reminderOffsets(Object value, List<String> problems) {
    if (value == null || text(value).isEmpty()) {
      return DeadlineRequest.DEFAULT_REMINDERS;
    }
    List<Integer> offsets = new ArrayList<>();
    List<?> raw = value instanceof List<?> list ? list : Arrays.asList(String.valueOf(value).split("[,;\\s]+"));
    for (Object item : raw) {
      try {
        int offset = item instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(item).trim());
        if (offset < 1 || offset > 60) {
          problems.add("En påmindelse skal ligge mellem 1 og 60 arbejdsdage før fristen (ikke %d).".formatted(offset));
        } else if (!offsets.contains(offset)) {
          offsets.add(offset);
        }
      } catch (NumberFormatException e) {
        problems.add("Påmindelsen '%s' er ikke et antal arbejdsdage.".formatted(item));
      }
    }
    offsets.sort(java.util.Comparator.reverseOrder());
    return offsets;
  }

  private static List<String> lines(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(HearingPreparation::text).filter(s -> !s.isEmpty()).toList();
    }
    return Arrays.stream(String.valueOf(value).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }

  private static String newHearingId(LocalDate today) {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return "h-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + suffix;
  }
}
