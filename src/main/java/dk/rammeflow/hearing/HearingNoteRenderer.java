package dk.rammeflow.hearing;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rammeflow.documents.DocumentRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Renders a høringsnotat in Danish: as DOCX for the secretariat to edit before it goes on the
 * agenda, and as PDF to publish or attach. Both contain the same text. As a {@link DocumentRenderer} it makes
 * the note's documents stored deferred (kinds {@value #DOCX_KIND} and {@value #PDF_KIND}) from the note as JSON
 * ({@link #source}) the first time they are read.
 */
@Service
class HearingNoteRenderer implements DocumentRenderer {

  static final String DOCX_KIND = "hearing-note-docx";
  static final String PDF_KIND = "hearing-note-pdf";
  private static final JsonMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  public static final String DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PDF_CONTENT_TYPE = "application/pdf";

  /** An editable Word document (Office Open XML) with heading styles, numbered lists and a table. */
  public byte[] docx(HearingNote note) {
    return NoteDocx.render(new NoteContent(note));
  }

  /** A tagged PDF (PDF/UA) with embedded fonts, bookmarks and page numbers. */
  public byte[] pdf(HearingNote note) {
    return NotePdf.render(new NoteContent(note));
  }

  /** "Høringsnotat - <title>.docx"-style file name without characters file systems reject. */
  public static String fileName(HearingNote note, String extension) {
    String title = NoteContent.clean(note.title()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    if (title.length() > 120) {
      title = title.substring(0, 120).strip();
    }
    return "Høringsnotat - " + title + "." + extension;
  }

  /** The note as the source of its deferred documents. */
  byte[] source(HearingNote note) {
    try {
      return JSON.writeValueAsBytes(note);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the note of hearing " + note.hearingId(), e);
    }
  }

  @Override
  public Set<String> kinds() {
    return Set.of(DOCX_KIND, PDF_KIND);
  }

  @Override
  public byte[] render(String kind, byte[] source) {
    HearingNote note;
    try {
      note = JSON.readValue(source, HearingNote.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a høringsnotat's source", e);
    }
    return switch (kind) {
      case DOCX_KIND -> docx(note);
      case PDF_KIND -> pdf(note);
      default -> throw new IllegalArgumentException("Not a høringsnotat: " + kind);
    };
  }
}
