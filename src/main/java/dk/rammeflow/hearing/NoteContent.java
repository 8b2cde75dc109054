package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Danish wording of a høringsnotat, shared by the DOCX and the PDF rendering so both say
 * exactly the same. Every text passed on is cleaned of characters XML cannot hold.
 */
final class NoteContent {

  static final List<String> KNOWN_POSITIONS = List.of("Ingen bemærkninger", "Bemærkninger", "Kan ikke tilslutte sig");
  static final List<String> TABLE_HEADER = List.of("Part", "Holdning", "Modtaget", "Kanal", "For sent");

  static final String SECTION_QUESTIONS = "Spørgsmål i høringen";
  static final String SECTION_MATERIAL = "Høringsmateriale";
  static final String SECTION_PARTIES = "Høringsparter";
  static final String SECTION_OVERVIEW = "Overblik";
  static final String SECTION_RESPONSES = "Høringssvar";
  static final String SECTION_NON_RESPONDERS = "Parter der ikke har svaret";

  static final String NO_QUESTIONS = "Der blev ikke stillet konkrete spørgsmål.";
  static final String NO_MATERIAL = "Der var ikke vedlagt materiale.";
  static final String NO_RESPONSES = "Der er ikke modtaget nogen høringssvar.";
  static final String ALL_ANSWERED = "Alle høringsparter har svaret.";
  static final String EMPTY_TEXT = "Svaret indeholder ingen tekst.";
  static final String ATTACHMENTS_LABEL = "Bilag";
  static final String FOOTER_BEFORE_PAGE = "Høringsnotat – side ";
  static final String FOOTER_BEFORE_PAGES = " af ";
  static final String NO_ATTACHMENTS = "ingen";

  record Field(String label, String value) {}

  private final HearingNote note;

  NoteContent(HearingNote note) {
    this.note = note;
  }

  HearingNote note() {
    return note;
  }

  String heading() {
    return "Høringsnotat: " + clean(note.title());
  }

  List<Field> headerFields() {
    return List.of(
        new Field("Høring", clean(note.title())),
        new Field("Høringens id", clean(note.hearingId())),
        new Field("Sendt i høring", DanishDates.format(note.sentOn())),
        new Field("Høringsfrist", DanishDates.format(note.deadline())),
        new Field("Sagsbehandler", note.caseWorker() == null || note.caseWorker().isBlank() ? "Ikke angivet" : clean(note.caseWorker())),
        new Field("Udarbejdet", DanishDates.formatDateTime(note.compiledAt().atZone(CalendarTime.ZONE))));
  }

  List<String> questions() {
    return cleanAll(note.questions());
  }

  List<String> materialNames() {
    return cleanAll(note.materialNames());
  }

  String partiesLine() {
    List<String> parties = cleanAll(note.partiesAsked());
    if (parties.isEmpty()) {
      return "Der er ikke registreret nogen høringsparter.";
    }
    return "Materialet blev sendt til %d %s: %s."
        .formatted(parties.size(), parties.size() == 1 ? "høringspart" : "høringsparter", danishList(parties));
  }

  /** "Der er modtaget 9 høringssvar fra 11 høringsparter. Holdninger – ... 2 høringsparter har ikke svaret." */
  String summary() {
    int received = note.responses().size();
    int asked = note.partiesAsked().isEmpty() ? received + note.nonResponders().size() : note.partiesAsked().size();
    StringBuilder text = new StringBuilder();
    text.append("Der er modtaget %d høringssvar fra %d %s."
        .formatted(received, asked, asked == 1 ? "høringspart" : "høringsparter"));
    if (received > 0) {
      List<String> counts = new ArrayList<>();
      positionCounts().forEach((position, count) -> counts.add(position + ": " + count));
      text.append(" Holdninger – ").append(String.join(", ", counts)).append('.');
      long late = note.responses().stream().filter(NoteResponse::late).count();
      text.append(late == 0
          ? " Alle svar er modtaget inden høringsfristen."
          : " %d svar er modtaget efter høringsfristen.".formatted(late));
    }
    int missing = note.nonResponders().size();
    text.append(missing == 0
        ? " " + ALL_ANSWERED
        : " %d %s ikke svaret.".formatted(missing, missing == 1 ? "høringspart har" : "høringsparter har"));
    return text.toString();
  }

  /** The known positions always (also with 0), then any other position met, in order of first appearance. */
  Map<String, Integer> positionCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    KNOWN_POSITIONS.forEach(position -> counts.put(position, 0));
    note.responses().forEach(response -> counts.merge(clean(response.position()), 1, Integer::sum));
    return counts;
  }

  List<String> tableRow(NoteResponse response) {
    return List.of(
        clean(response.partyName()),
        clean(response.position()),
        DanishDates.formatDateTime(response.receivedAt().atZone(CalendarTime.ZONE)),
        clean(response.channel()),
        response.late() ? "Ja" : "Nej");
  }

  List<Field> responseFields(NoteResponse response) {
    String received = DanishDates.formatDateTime(response.receivedAt().atZone(CalendarTime.ZONE)) + " via " + clean(response.channel());
    if (response.late()) {
      received += " – efter høringsfristen";
    }
    String contact = response.contactPerson() == null || response.contactPerson().isBlank() ? "Ikke oplyst" : clean(response.contactPerson());
    return List.of(
        new Field("Holdning", clean(response.position())),
        new Field("Modtaget", received),
        new Field("Kontaktperson", contact));
  }

  List<String> attachmentNames(NoteResponse response) {
    return cleanAll(response.attachmentNames());
  }

  List<String> nonResponders() {
    return cleanAll(note.nonResponders());
  }

  /**
   * The response text as paragraphs (separated by blank lines), each a list of its lines, so line
   * breaks inside a paragraph (addresses, signatures) survive.
   */
  static List<List<String>> paragraphs(String text) {
    String normalized = clean(text).replace("\r\n", "\n").replace('\r', '\n').strip();
    List<List<String>> paragraphs = new ArrayList<>();
    if (normalized.isEmpty()) {
      return paragraphs;
    }
    for (String block : normalized.split("\n[ \t]*\n\\s*")) {
      paragraphs.add(List.of(block.stripTrailing().split("[ \t]*\n")));
    }
    return paragraphs;
  }

  /** "A, B og C" */
  static String danishList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.getLast();
  }

  /** NFC-normalised, without the characters XML 1.0 forbids (control characters other than tab and line breaks). */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(normalized.length());
    normalized.codePoints()
        .filter(cp -> cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static List<String> cleanAll(List<String> texts) {
    return texts.stream().map(NoteContent::clean).toList();
  }
}
