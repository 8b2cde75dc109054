package dk.rammeflow.hearing;

import org.springframework.stereotype.Service;

/**
 * Renders a høringsnotat in Danish: as DOCX for the secretariat to edit before it goes on the
 * agenda, and as PDF to publish or attach. Both contain the same text.
 */
@Service
public class HearingNoteRenderer {

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
}
