package dk.rammeflow.hearing;

import org.springframework.web.util.HtmlUtils;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.logging.Level;

/**
 * Writes a høringsnotat as a tagged (PDF/UA) PDF. Liberation Sans is embedded from the
 * openpdf-fonts-extra jar, so æ/ø/å look the same on every machine and stay searchable.
 */
final class NotePdf {

  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT_FOLDER = "/liberation/";
  private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
  private static final byte[] ITALIC = font("LiberationSans-Italic.ttf");
  private static final byte[] BOLD_ITALIC = font("LiberationSans-BoldItalic.ttf");

  private static final String CSS =
      """
      @page {
        size: A4;
        margin: 20mm 20mm 22mm 20mm;
        @bottom-center {
          content: "%1$s" counter(page) "%3$s" counter(pages);
          font-family: '%2$s'; font-size: 8.5pt; color: #595959;
        }
      }
      body { font-family: '%2$s'; font-size: 10.5pt; line-height: 1.35; color: #1a1a1a; }
      h1 { font-size: 20pt; color: #1F3864; margin: 0 0 12pt 0; }
      h2 { font-size: 15pt; color: #1F3864; margin: 18pt 0 6pt 0; page-break-after: avoid; }
      h3 { font-size: 13pt; color: #1F3864; margin: 14pt 0 4pt 0; page-break-after: avoid; }
      p { margin: 0 0 6pt 0; }
      p.field { margin: 0 0 2pt 0; }
      .label { font-weight: bold; }
      .empty { font-style: italic; }
      ul, ol { margin: 0 0 6pt 0; padding-left: 18pt; }
      li { margin: 0 0 2pt 0; }
      table { width: 100%%; border-collapse: collapse; margin: 6pt 0 6pt 0; -fs-table-paginate: paginate; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th { background-color: #1F3864; color: #ffffff; font-weight: bold; text-align: left; }
      th, td { border: 0.5pt solid #8EAADB; padding: 3pt 5pt; vertical-align: top; }
      .response { page-break-inside: avoid; }
      .response-text { margin-top: 6pt; }
      """;

  /**
   * PDFBox takes its deflate level from this system property only (default 6). At level 1 a note is written in
   * about 16 ms instead of 20 and is 8% larger (66 KB instead of 61); an operator's own setting is kept.
   */
  private static final String DEFLATE_LEVEL_PROPERTY = "org.apache.pdfbox.filter.deflatelevel";

  static {
    // openhtmltopdf logs every font load and layout step at INFO; keep its warnings only.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    if (System.getProperty(DEFLATE_LEVEL_PROPERTY) == null) {
      System.setProperty(DEFLATE_LEVEL_PROPERTY, "1");
    }
  }

  private NotePdf() {}

  static byte[] render(NoteContent content) {
    String html = html(content);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("Rammeflow");
      builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(ITALIC), FONT_FAMILY, 400, FontStyle.ITALIC, true);
      builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FONT_FAMILY, 700, FontStyle.ITALIC, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the høringsnotat as PDF", e);
    }
    return out.toByteArray();
  }

  static String html(NoteContent content) {
    HearingNote note = content.note();
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"da\" xml:lang=\"da\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\"/>")
        .append("<title>").append(escape(content.heading())).append("</title>")
        .append("<meta name=\"subject\" content=\"Høringsnotat\"/>");
    if (note.caseWorker() != null && !note.caseWorker().isBlank()) {
      html.append("<meta name=\"author\" content=\"").append(escape(NoteContent.clean(note.caseWorker()))).append("\"/>");
    }
    html.append("<style>").append(CSS.formatted(cssString(NoteContent.FOOTER_BEFORE_PAGE), FONT_FAMILY, cssString(NoteContent.FOOTER_BEFORE_PAGES))).append("</style>");
    bookmarks(html, content);
    html.append("</head><body>");

    html.append("<h1>").append(escape(content.heading())).append("</h1>");
    content.headerFields().forEach(field -> field(html, field.label(), field.value()));

    section(html, "sporgsmaal", NoteContent.SECTION_QUESTIONS);
    if (content.questions().isEmpty()) {
      paragraph(html, NoteContent.NO_QUESTIONS);
    } else {
      list(html, "ol", content.questions());
    }

    section(html, "materiale", NoteContent.SECTION_MATERIAL);
    listOr(html, content.materialNames(), NoteContent.NO_MATERIAL);

    section(html, "parter", NoteContent.SECTION_PARTIES);
    paragraph(html, content.partiesLine());

    section(html, "overblik", NoteContent.SECTION_OVERVIEW);
    paragraph(html, content.summary());
    if (!note.responses().isEmpty()) {
      html.append("<table><thead><tr>");
      NoteContent.TABLE_HEADER.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
      html.append("</tr></thead><tbody>");
      for (NoteResponse response : note.responses()) {
        html.append("<tr>");
        content.tableRow(response).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
        html.append("</tr>");
      }
      html.append("</tbody></table>");
    }

    section(html, "svar", NoteContent.SECTION_RESPONSES);
    if (note.responses().isEmpty()) {
      paragraph(html, NoteContent.NO_RESPONSES);
    }
    for (int i = 0; i < note.responses().size(); i++) {
      NoteResponse response = note.responses().get(i);
      html.append("<div class=\"response\">");
      html.append("<h3 id=\"svar-").append(i + 1).append("\">").append(escape(NoteContent.clean(response.partyName()))).append("</h3>");
      content.responseFields(response).forEach(field -> field(html, field.label(), field.value()));
      List<List<String>> paragraphs = NoteContent.paragraphs(response.text());
      html.append("<div class=\"response-text\">");
      if (paragraphs.isEmpty()) {
        html.append("<p class=\"empty\">").append(escape(NoteContent.EMPTY_TEXT)).append("</p>");
      }
      for (List<String> lines : paragraphs) {
        html.append("<p>");
        for (int line = 0; line < lines.size(); line++) {
          if (line > 0) {
            html.append("<br/>");
          }
          html.append(escape(lines.get(line)));
        }
        html.append("</p>");
      }
      html.append("</div>");
      List<String> attachments = content.attachmentNames(response);
      if (attachments.isEmpty()) {
        field(html, NoteContent.ATTACHMENTS_LABEL, NoteContent.NO_ATTACHMENTS);
      } else {
        field(html, NoteContent.ATTACHMENTS_LABEL, "");
        list(html, "ul", attachments);
      }
      html.append("</div>");
    }

    section(html, "ikke-svaret", NoteContent.SECTION_NON_RESPONDERS);
    listOr(html, content.nonResponders(), NoteContent.ALL_ANSWERED);

    return html.append("</body></html>").toString();
  }

  private static void bookmarks(StringBuilder html, NoteContent content) {
    html.append("<bookmarks>");
    bookmark(html, NoteContent.SECTION_QUESTIONS, "sporgsmaal", true);
    bookmark(html, NoteContent.SECTION_MATERIAL, "materiale", true);
    bookmark(html, NoteContent.SECTION_PARTIES, "parter", true);
    bookmark(html, NoteContent.SECTION_OVERVIEW, "overblik", true);
    bookmark(html, NoteContent.SECTION_RESPONSES, "svar", false);
    List<NoteResponse> responses = content.note().responses();
    for (int i = 0; i < responses.size(); i++) {
      bookmark(html, NoteContent.clean(responses.get(i).partyName()), "svar-" + (i + 1), true);
    }
    html.append("</bookmark>");
    bookmark(html, NoteContent.SECTION_NON_RESPONDERS, "ikke-svaret", true);
    html.append("</bookmarks>");
  }

  private static void bookmark(StringBuilder html, String name, String anchor, boolean close) {
    html.append("<bookmark name=\"").append(escape(name)).append("\" href=\"#").append(anchor).append(close ? "\"/>" : "\">");
  }

  private static void section(StringBuilder html, String id, String title) {
    html.append("<h2 id=\"").append(id).append("\">").append(escape(title)).append("</h2>");
  }

  private static void field(StringBuilder html, String label, String value) {
    html.append("<p class=\"field\"><span class=\"label\">").append(escape(label)).append(":</span>");
    if (!value.isEmpty()) {
      html.append(' ').append(escape(value));
    }
    html.append("</p>");
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>").append(escape(text)).append("</p>");
  }

  private static void list(StringBuilder html, String tag, List<String> items) {
    html.append('<').append(tag).append('>');
    items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
    html.append("</").append(tag).append('>');
  }

  private static void listOr(StringBuilder html, List<String> items, String whenEmpty) {
    if (items.isEmpty()) {
      paragraph(html, whenEmpty);
    } else {
      list(html, "ul", items);
    }
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** A CSS string literal body: the text inside the quotes of {@code content: "..."}. */
  private static String cssString(String text) {
    return escape(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " "));
  }

  private static byte[] font(String file) {
    try (InputStream in = NotePdf.class.getResourceAsStream(FONT_FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FONT_FOLDER + file + " is missing; it comes from com.github.librepdf:openpdf-fonts-extra");
      }
      return withoutGlyphSubstitution(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }

  /**
   * The font with its GSUB table (glyph substitution: ligatures) hidden by renaming its tag in the
   * table directory. PDFBox applies GSUB to every text run it draws by compiling a regular
   * expression over all of the font's substitutions, which was about 90% of the time to render a
   * note (17% of all CPU in the hearing benchmark); Liberation Sans' Latin substitutions only join
   * letters such as "fi" into one glyph, so the text (and its extraction) stays the same.
   */
  static byte[] withoutGlyphSubstitution(byte[] ttf) {
    ByteBuffer font = ByteBuffer.wrap(ttf);
    int tables = font.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (font.getInt(record) == GSUB) {
        font.putInt(record, HIDDEN_GSUB);
      }
    }
    return ttf;
  }

  /** The table tags "GSUB" and "gsub" (not a table any reader knows) as big-endian integers. */
  private static final int GSUB = 0x47535542;
  private static final int HIDDEN_GSUB = 0x67737562;
}
