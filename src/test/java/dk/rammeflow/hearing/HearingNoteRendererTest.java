package dk.rammeflow.hearing;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import static dk.rammeflow.hearing.CuHearingNoteFixture.AALBORG;
import static dk.rammeflow.hearing.CuHearingNoteFixture.HJORRING;
import static dk.rammeflow.hearing.CuHearingNoteFixture.LAESO;
import static dk.rammeflow.hearing.CuHearingNoteFixture.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class HearingNoteRendererTest {

  private final HearingNoteRenderer renderer = new HearingNoteRenderer();
  private final HearingNote note = CuHearingNoteFixture.note();

  // --- DOCX ---

  @Test
  void docxStartsWithTitleAndHeaderBlock() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      XWPFParagraph title = doc.getParagraphs().getFirst();
      assertThat(title.getStyle()).isEqualTo("Title");
      assertThat(title.getText()).isEqualTo("Høringsnotat: " + CuHearingNoteFixture.TITLE);

      List<String> texts = texts(doc.getParagraphs());
      assertThat(texts)
          .contains(
              "Høring: " + CuHearingNoteFixture.TITLE,
              "Høringens id: 2022-090391-H1",
              "Sendt i høring: 10. januar 2023",
              "Høringsfrist: 20. januar 2023",
              "Sagsbehandler: Anne Kjærgaard, Rammeaftalesekretariatet",
              "Udarbejdet: 23. januar 2023 kl. 12.00",
              "Materialet blev sendt til 11 høringsparter: Aalborg Kommune, Brønderslev Kommune, Frederikshavn Kommune, "
                  + "Hjørring Kommune, Jammerbugt Kommune, Læsø Kommune, Mariagerfjord Kommune, Morsø Kommune, Rebild Kommune, "
                  + "Thisted Kommune og Vesthimmerlands Kommune.");

      assertThat(paragraphsWithStyle(doc, "Heading1"))
          .containsExactly(
              "Spørgsmål i høringen", "Høringsmateriale", "Høringsparter", "Overblik", "Høringssvar", "Parter der ikke har svaret");
      assertThat(paragraphsWithStyle(doc, "Heading2"))
          .containsExactlyElementsOf(RESPONSES.stream().map(NoteResponse::partyName).toList());

      List<XWPFParagraph> questions = section(doc, "Spørgsmål i høringen");
      assertThat(texts(questions)).containsExactlyElementsOf(CuHearingNoteFixture.QUESTIONS);
      assertThat(questions).allSatisfy(p -> assertThat(p.getNumFmt()).isEqualTo("decimal"));

      List<XWPFParagraph> material = section(doc, "Høringsmateriale");
      assertThat(texts(material)).containsExactlyElementsOf(CuHearingNoteFixture.MATERIAL);
      assertThat(material).allSatisfy(p -> assertThat(p.getNumFmt()).isEqualTo("bullet"));
    }
  }

  @Test
  void docxSummarisesPositionsLateAnswersAndNonResponders() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      assertThat(texts(section(doc, "Overblik")))
          .containsExactly(
              "Der er modtaget 9 høringssvar fra 11 høringsparter. Holdninger – Ingen bemærkninger: 4, Bemærkninger: 4, "
                  + "Kan ikke tilslutte sig: 1. 1 svar er modtaget efter høringsfristen. 2 høringsparter har ikke svaret.",
              "");
    }
  }

  @Test
  void docxTableHasOneRowPerResponse() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      assertThat(doc.getTables()).hasSize(1);
      XWPFTable table = doc.getTables().getFirst();
      assertThat(table.getStyleID()).isEqualTo("Hoeringstabel");
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      List<List<String>> rows = table.getRows().stream().map(HearingNoteRendererTest::cells).toList();
      assertThat(rows)
          .containsExactly(
              List.of("Part", "Holdning", "Modtaget", "Kanal", "For sent"),
              List.of("Aalborg Kommune", "Bemærkninger", "19. januar 2023 kl. 14.32", "Mail", "Nej"),
              List.of("Brønderslev Kommune", "Ingen bemærkninger", "12. januar 2023 kl. 09.05", "Tasklist", "Nej"),
              List.of("Frederikshavn Kommune", "Ingen bemærkninger", "13. januar 2023 kl. 11.40", "Tasklist", "Nej"),
              List.of("Hjørring Kommune", "Bemærkninger", "18. januar 2023 kl. 08.55", "Mail", "Nej"),
              List.of("Jammerbugt Kommune", "Ingen bemærkninger", "16. januar 2023 kl. 13.20", "Tasklist", "Nej"),
              List.of("Læsø Kommune", "Kan ikke tilslutte sig", "23. januar 2023 kl. 10.15", "Mail", "Ja"),
              List.of("Mariagerfjord Kommune", "Bemærkninger", "20. januar 2023 kl. 15.47", "Tasklist", "Nej"),
              List.of("Rebild Kommune", "Ingen bemærkninger", "17. januar 2023 kl. 10.00", "Mail", "Nej"),
              List.of("Thisted Kommune", "Bemærkninger", "19. januar 2023 kl. 09.12", "Mail", "Nej"));
    }
  }

  @Test
  void docxHasEachResponseInFullWithParagraphsLineBreaksAndAttachments() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      for (NoteResponse response : RESPONSES) {
        List<XWPFParagraph> section = section(doc, response.partyName());
        List<String> texts = texts(section);
        assertThat(texts.subList(0, 3))
            .as(response.partyName())
            .containsExactly(
                "Holdning: " + response.position(),
                "Modtaget: " + DanishDates.formatDateTime(response.receivedAt().atZone(CalendarTime.ZONE)) + " via " + response.channel()
                    + (response.late() ? " – efter høringsfristen" : ""),
                "Kontaktperson: " + (response.contactPerson() == null ? "Ikke oplyst" : response.contactPerson()));

        List<String> expectedBody =
            response.text().isEmpty() ? List.of("Svaret indeholder ingen tekst.") : Arrays.asList(response.text().split("\n\n"));
        assertThat(texts.subList(3, 3 + expectedBody.size())).as(response.partyName()).containsExactlyElementsOf(expectedBody);

        List<String> rest = texts.subList(3 + expectedBody.size(), texts.size());
        if (response.attachmentNames().isEmpty()) {
          assertThat(rest).as(response.partyName()).containsExactly("Bilag: ingen");
        } else {
          assertThat(rest.getFirst()).isEqualTo("Bilag:");
          assertThat(rest.subList(1, rest.size())).containsExactlyElementsOf(response.attachmentNames());
        }
      }
      // The signature keeps its line breaks inside one paragraph.
      assertThat(texts(section(doc, "Aalborg Kommune")))
          .contains("Med venlig hilsen\nMette Sørensen\nAfdelingsleder, Børn og Familie");
    }
  }

  @Test
  void docxListsNonResponders() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      assertThat(texts(section(doc, "Parter der ikke har svaret")))
          .containsExactly("Morsø Kommune", "Vesthimmerlands Kommune");
    }
  }

  @Test
  void docxUsesRealHeadingStylesDanishLanguageA4AndPageNumbers() throws Exception {
    try (XWPFDocument doc = docx(note)) {
      XWPFStyle heading1 = doc.getStyles().getStyle("Heading1");
      XWPFStyle heading2 = doc.getStyles().getStyle("Heading2");
      assertThat(heading1.getName()).isEqualTo("heading 1");
      assertThat(heading2.getName()).isEqualTo("heading 2");
      assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(java.math.BigInteger.ZERO);
      assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(java.math.BigInteger.ONE);
      assertThat(doc.getStyles().getStyle("Hoeringstabel").getName()).isEqualTo("Høringstabel");
      String stylesXml;
      try (var in = doc.getStyles().getPackagePart().getInputStream()) {
        stylesXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      assertThat(stylesXml).containsPattern("<w:tblStylePr w:type=\"firstRow\">\\s*<w:rPr>\\s*<w:b/>");

      assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("da-DK");
      assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).hasValue("da-DK");
      assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Høringsnotat: " + CuHearingNoteFixture.TITLE);

      var pageSize = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((java.math.BigInteger) pageSize.getW()).intValue()).isEqualTo(11906);
      assertThat(((java.math.BigInteger) pageSize.getH()).intValue()).isEqualTo(16838);

      var footer = doc.getFooterArray(0);
      assertThat(footer.getText()).startsWith("Høringsnotat – side ");
      assertThat(footer.getParagraphs().getFirst().getCTP().getFldSimpleList())
          .extracting(field -> field.getInstr().split(" ")[0])
          .containsExactly("PAGE", "NUMPAGES");
    }
  }

  @Test
  void docxAndPdfOfAHearingWithoutAnswersOrQuestionsSayThatPlainly() throws IOException {
    HearingNote empty =
        new HearingNote(
            "H-2", "Takster 2024 for Socialtilsyn Nord", List.of(), List.of(), LocalDate.of(2023, 9, 1),
            LocalDate.of(2023, 9, 29), List.of("Læsø Kommune", "Region Nordjylland"), List.of(),
            List.of("Læsø Kommune", "Region Nordjylland"), null, CuHearingNoteFixture.at(2023, 10, 2, 8, 0));
    try (XWPFDocument doc = docx(empty)) {
      assertThat(doc.getTables()).isEmpty();
      assertThat(texts(section(doc, "Spørgsmål i høringen"))).containsExactly("Der blev ikke stillet konkrete spørgsmål.");
      assertThat(texts(section(doc, "Høringsmateriale"))).containsExactly("Der var ikke vedlagt materiale.");
      assertThat(texts(section(doc, "Overblik")))
          .containsExactly("Der er modtaget 0 høringssvar fra 2 høringsparter. 2 høringsparter har ikke svaret.");
      assertThat(texts(section(doc, "Høringssvar"))).containsExactly("Der er ikke modtaget nogen høringssvar.");
      assertThat(texts(doc.getParagraphs())).contains("Sagsbehandler: Ikke angivet", "Udarbejdet: 2. oktober 2023 kl. 08.00");
    }
    String pdf = pdfText(renderer.pdf(empty));
    assertThat(pdf).contains("Der er ikke modtaget nogen høringssvar.", "Sagsbehandler: Ikke angivet", "Region Nordjylland");
  }

  @Test
  void controlCharactersAndMarkupInAnswersDoNotBreakEitherFormat() throws IOException {
    NoteResponse odd =
        new NoteResponse(
            "Morsø Kommune", "Bemærkninger", CuHearingNoteFixture.at(2023, 1, 19, 7, 30), "Mail", false,
            "Tekst fra mail\u000B med lodret tabulator\u0000 og <b>fed</b> & \"citat\"\r\n\r\nAnden linje\u00ADafsnit.",
            "Ole Å", List.of("bilag<1>.pdf"));
    HearingNote withOdd = withResponses(List.of(odd));
    try (XWPFDocument doc = docx(withOdd)) {
      assertThat(texts(section(doc, "Morsø Kommune")))
          .contains("Tekst fra mail med lodret tabulator og <b>fed</b> & \"citat\"", "Anden linje\u00ADafsnit.", "bilag<1>.pdf");
    }
    assertThat(pdfText(renderer.pdf(withOdd))).contains("og <b>fed</b> & \"citat\"", "bilag<1>.pdf");
  }

  @Test
  void questionsOfEachNoteAreNumberedFromOne() throws IOException {
    try (XWPFDocument doc = docx(note)) {
      XWPFParagraph first = section(doc, "Spørgsmål i høringen").getFirst();
      var num = doc.getNumbering().getNum(first.getNumID());
      var abstractNum = doc.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      assertThat(abstractNum.getCTAbstractNum().getLvlArray(0).getStart().getVal()).isEqualTo(java.math.BigInteger.ONE);
      assertThat(abstractNum.getCTAbstractNum().getLvlArray(0).getLvlText().getVal()).isEqualTo("%1.");
    }
  }

  // --- PDF ---

  @Test
  void pdfContainsTheSameKeyFactsWithDanishLetters() throws IOException {
    byte[] pdf = renderer.pdf(note);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = pdfText(pdf);

    assertThat(text)
        .contains(
            "Høringsnotat: " + CuHearingNoteFixture.TITLE,
            "Sendt i høring: 10. januar 2023",
            "Høringsfrist: 20. januar 2023",
            "Sagsbehandler: Anne Kjærgaard, Rammeaftalesekretariatet",
            "Udarbejdet: 23. januar 2023 kl. 12.00",
            "1. " + CuHearingNoteFixture.QUESTIONS.get(0),
            "2. " + CuHearingNoteFixture.QUESTIONS.get(1),
            "Udkast til besvarelse – CU gravide med skadeligt rusmiddelbrug.pdf",
            "Thisted Kommune og Vesthimmerlands Kommune.",
            "Der er modtaget 9 høringssvar fra 11 høringsparter.",
            "Ingen bemærkninger: 4, Bemærkninger: 4, Kan ikke tilslutte sig: 1.",
            "1 svar er modtaget efter høringsfristen.",
            "2 høringsparter har ikke svaret.",
            "Part Holdning Modtaget Kanal For sent",
            "Modtaget: 23. januar 2023 kl. 10.15 via Mail – efter høringsfristen",
            "Kontaktperson: Åse Møller",
            "Svaret indeholder ingen tekst.",
            "Parter der ikke har svaret Morsø Kommune Vesthimmerlands Kommune");
    for (NoteResponse response : RESPONSES) {
      assertThat(text).contains(response.partyName(), "Holdning: " + response.position());
      for (String paragraph : response.text().split("\n\n")) {
        assertThat(text).contains(normalize(paragraph));
      }
      response.attachmentNames().forEach(name -> assertThat(text).contains(name));
    }
    assertThat(text).contains(normalize(AALBORG.text()), normalize(LAESO.text()), normalize(HJORRING.text()));
  }

  @Test
  void pdfIsTaggedDanishWithEmbeddedFontsBookmarksAndPageNumbers() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(note))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isBetween(2, 8);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Høringsnotat: " + CuHearingNoteFixture.TITLE);
      assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Anne Kjærgaard, Rammeaftalesekretariatet");
      assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("da");
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();

      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).contains("LiberationSans");
      });

      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
        item.children().forEach(child -> outline.add("  " + child.getTitle()));
      }
      assertThat(outline).contains("Overblik", "Høringssvar", "  Læsø Kommune", "  Brønderslev Kommune", "Parter der ikke har svaret");

      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(pdf)).contains("Høringsnotat – side " + page + " af " + pages);
      }
    }
  }

  @Test
  void aResponseLongerThanAPageIsSplitAcrossPagesInFull() throws IOException {
    String longText =
        java.util.stream.IntStream.rangeClosed(1, 60)
            .mapToObj(i -> "Afsnit " + i + ": Vesthimmerlands Kommune ønsker at uddybe forløbet før, under og efter fødslen.")
            .collect(Collectors.joining("\n\n"));
    NoteResponse longResponse =
        new NoteResponse(
            "Vesthimmerlands Kommune", "Bemærkninger", CuHearingNoteFixture.at(2023, 1, 20, 9, 0), "Mail", false, longText,
            "Bent Ørum", List.of("Uddybning.pdf"));
    byte[] pdf = renderer.pdf(withResponses(List.of(longResponse)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
    }
    String text = pdfText(pdf);
    assertThat(text).contains("Afsnit 1: Vesthimmerlands", "Afsnit 60: Vesthimmerlands", "Bilag: Uddybning.pdf");
    try (XWPFDocument doc = docx(withResponses(List.of(longResponse)))) {
      assertThat(texts(section(doc, "Vesthimmerlands Kommune"))).hasSize(3 + 60 + 2);
    }
  }

  @Test
  void fileNameIsSafeAndKeepsDanishLetters() {
    assertThat(HearingNoteRenderer.fileName(withTitle("Takster 2024: Socialtilsyn Nord / Læsø?"), "docx"))
        .isEqualTo("Høringsnotat - Takster 2024 Socialtilsyn Nord Læsø.docx");
  }

  @Test
  void danishDates() {
    assertThat(DanishDates.format(LocalDate.of(2026, 7, 1))).isEqualTo("1. juli 2026");
    assertThat(DanishDates.format(LocalDate.of(2025, 12, 24))).isEqualTo("24. december 2025");
    // 22:30 UTC on 31 March 2023 is already 1 April in Copenhagen (summer time, UTC+2).
    assertThat(DanishDates.formatDateTime(java.time.Instant.parse("2023-03-31T22:30:00Z").atZone(CalendarTime.ZONE))).isEqualTo("1. april 2023 kl. 00.30");
  }

  // --- helpers ---

  private XWPFDocument docx(HearingNote note) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(renderer.docx(note)));
  }

  /** The text of every page without the page footer, whitespace collapsed (lines wrap anywhere). */
  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      String withoutFooters =
          text.lines().filter(line -> !line.strip().matches("Høringsnotat – side \\d+ af \\d+")).collect(Collectors.joining("\n"));
      return normalize(withoutFooters);
    }
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static List<String> texts(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().map(XWPFParagraph::getText).toList();
  }

  private static List<String> paragraphsWithStyle(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  /** The body paragraphs after the heading with this text, up to the next heading (tables skipped). */
  private static List<XWPFParagraph> section(XWPFDocument doc, String heading) {
    List<XWPFParagraph> result = new ArrayList<>();
    boolean inside = false;
    for (XWPFParagraph paragraph : doc.getParagraphs()) {
      boolean isHeading = paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading");
      if (inside && isHeading) {
        break;
      }
      if (inside) {
        result.add(paragraph);
      }
      if (isHeading && paragraph.getText().equals(heading)) {
        inside = true;
      }
    }
    assertThat(inside).as("heading '%s' found", heading).isTrue();
    return result;
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  @Test
  void theNoteAsSourceOfItsDeferredDocumentsRendersTheSameNote() throws IOException {
    byte[] source = renderer.source(note);

    assertThat(renderer.kinds()).containsExactlyInAnyOrder(HearingNoteRenderer.DOCX_KIND, HearingNoteRenderer.PDF_KIND);
    assertThat(pdfText(renderer.render(HearingNoteRenderer.PDF_KIND, source))).isEqualTo(pdfText(renderer.pdf(note)));
    try (XWPFDocument deferred = new XWPFDocument(new java.io.ByteArrayInputStream(renderer.render(HearingNoteRenderer.DOCX_KIND, source)));
        XWPFDocument direct = new XWPFDocument(new java.io.ByteArrayInputStream(renderer.docx(note)))) {
      assertThat(deferred.getParagraphs()).extracting(p -> p.getText()).isEqualTo(direct.getParagraphs().stream().map(p -> p.getText()).toList());
    }
  }

  private HearingNote withResponses(List<NoteResponse> responses) {
    return new HearingNote(
        note.hearingId(), note.title(), note.questions(), note.materialNames(), note.sentOn(), note.deadline(),
        note.partiesAsked(), responses, List.of(), note.caseWorker(), note.compiledAt());
  }

  private HearingNote withTitle(String title) {
    return new HearingNote(
        note.hearingId(), title, note.questions(), note.materialNames(), note.sentOn(), note.deadline(),
        note.partiesAsked(), note.responses(), note.nonResponders(), note.caseWorker(), note.compiledAt());
  }
}
