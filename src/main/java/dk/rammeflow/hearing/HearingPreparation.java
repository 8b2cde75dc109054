package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.Deadline;
import dk.rammeflow.calendar.DeadlineRequest;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.input.Ids;
import dk.rammeflow.input.Inputs;
import dk.rammeflow.input.MaterialReader;
import dk.rammeflow.reference.Contact;
import dk.rammeflow.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the inputs of a hearing, from the API, the start form or a calling process, into a
 * validated hearing: parties resolved from the reference data, the deadline and reminders from
 * the working-day calendar. Every problem is collected and reported in Danish at once.
 */
@Component
class HearingPreparation {

  static final int MAX_TITLE = 200;

  private final ReferenceData reference;
  private final DeadlineService deadlines;
  private final MaterialReader materials;

  HearingPreparation(ReferenceData reference, DeadlineService deadlines, MaterialReader materials) {
    this.reference = reference;
    this.deadlines = deadlines;
    this.materials = materials;
  }

  /** The outcome: the process variables of a valid hearing, and calendar warnings for the case worker. */
  record PreparedHearing(Map<String, Object> variables, List<String> warnings) {
    String hearingId() {
      return (String) variables.get("hearingId");
    }
  }

  PreparedHearing prepare(Map<String, Object> input, LocalDate today) {
    List<String> problems = new ArrayList<>();
    String hearingId = Ids.optional(input.get("hearingId"), "Høringens id", problems);
    String title = Inputs.requiredText(input.get("title"), "Titlen", MAX_TITLE, "Høringen mangler en titel.", problems);
    int before = problems.size();
    List<String> questions = Inputs.lines(input.get("questions"), "Spørgsmålene", problems);
    if (questions.isEmpty() && problems.size() == before) {
      problems.add("Høringen skal stille mindst ét spørgsmål.");
    }
    List<Map<String, String>> material = materials.read(input.get("material"), problems);
    List<HearingParty> parties = parties(input.get("parties"), problems);
    String caseWorker = Inputs.email(input.get("caseWorker"), "Sagsbehandlerens mailadresse", "Angiv den ansvarlige sagsbehandler.", problems);
    List<Integer> reminderOffsets = reminderOffsets(input.get("reminderOffsets"), problems);
    Deadline deadline = deadline(input.get("deadline"), reminderOffsets, today, problems);

    if (!problems.isEmpty()) {
      throw new HearingException(problems);
    }

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("hearingId", hearingId.isEmpty() ? Ids.newId("h", today) : hearingId);
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

  /**
   * Checks a new deadline for a running hearing: a date after the current deadline, with room for the reminders.
   * Returns the deadline with reminders from {@code reminderOffsets}.
   */
  Deadline moveDeadline(HearingRecord hearing, Object newDeadline, List<Integer> reminderOffsets, LocalDate today) {
    List<String> problems = new ArrayList<>();
    LocalDate date = Inputs.date(newDeadline, "Den nye høringsfrist", problems);
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
  Deadline clarificationDeadline(int workingDays, LocalDate today) {
    if (workingDays < 1 || workingDays > 20) {
      throw new HearingException("Fristen for en uddybning skal være mellem 1 og 20 arbejdsdage.");
    }
    try {
      return deadlines.compute(new DeadlineRequest(today, null, null, workingDays, null, List.of(), null));
    } catch (CalendarException e) {
      throw new HearingException(e.danishMessage());
    }
  }

  static Map<String, Object> deadlineVariables(Deadline deadline) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("deadline", deadline.deadline().toString());
    variables.put("deadlineAt", CalendarTime.iso(deadline.deadlineAt()));
    variables.put("deadlineText", deadline.deadlineText());
    variables.put("reminders", deadline.reminders().stream().map(CalendarTime::iso).toList());
    return variables;
  }

  private Deadline deadline(Object value, List<Integer> reminderOffsets, LocalDate today, List<String> problems) {
    LocalDate explicit = Inputs.date(value, "Høringsfristen", problems);
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
                .formatted(deadline.deadlineText(), reminderOffsets.stream().map(String::valueOf).collect(Collectors.joining(" og "))));
      }
      return deadline;
    } catch (CalendarException e) {
      problems.add(e.danishMessage());
      return null;
    }
  }

  private List<HearingParty> parties(Object value, List<String> problems) {
    int before = problems.size();
    List<String> ids = Inputs.idList(value, "Høringsparterne", problems);
    if (ids.isEmpty()) {
      if (problems.size() == before) {
        problems.add("Vælg mindst én høringspart.");
      }
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
      problems.add("Ukendt høringspart: '%s'.".formatted(id.length() > 40 ? id.substring(0, 40) + "…" : id));
    }
    if (ids.size() != new LinkedHashSet<>(ids).size()) {
      problems.add("En høringspart er angivet flere gange.");
    }
    return parties;
  }

  private static List<Integer> reminderOffsets(Object value, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return DeadlineRequest.DEFAULT_REMINDERS;
    }
    if (!(value instanceof String || value instanceof Number || value instanceof Collection<?>)) {
      problems.add("Påmindelserne skal være en liste af antal arbejdsdage, fx [5, 1] eller \"5, 1\".");
      return DeadlineRequest.DEFAULT_REMINDERS;
    }
    List<String> items = value instanceof Number n ? List.of(n.toString()) : Inputs.idList(value, "Påmindelserne", problems);
    List<Integer> offsets = new ArrayList<>();
    for (String item : items) {
      try {
        int offset = (int) Double.parseDouble(item);
        if (offset != Double.parseDouble(item)) {
          throw new NumberFormatException(item);
        }
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
}
