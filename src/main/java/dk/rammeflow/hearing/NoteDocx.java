package dk.rammeflow.hearing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Writes a høringsnotat as an editable Word document with real heading, list and table styles. */
final class NoteDocx {

  static final String STYLE_TITLE = "Title";
  static final String STYLE_HEADING_1 = "Heading1";
  static final String STYLE_HEADING_2 = "Heading2";
  static final String STYLE_LIST = "ListParagraph";
  static final String STYLE_TABLE = "Hoeringstabel";
  static final String LANGUAGE = "da-DK";

  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String ACCENT = "1F3864";
  private static final String BORDER = "8EAADB";

  // A4 with 2 cm margins, in twentieths of a point.
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1134;
  private static final int[] COLUMN_WIDTHS = {2738, 2200, 2500, 1050, 1150};

  private static final String STYLES =
      """
      <w:styles %1$s>
        <w:docDefaults>
          <w:rPrDefault><w:rPr>
            <w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>
            <w:sz w:val="22"/><w:szCs w:val="22"/>
            <w:lang w:val="%2$s" w:eastAsia="%2$s" w:bidi="ar-SA"/>
          </w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
          <w:name w:val="Normal"/><w:qFormat/>
        </w:style>
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
          <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Title">
          <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
          <w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr>
          <w:rPr><w:b/><w:color w:val="%3$s"/><w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Heading1">
          <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
          <w:rPr><w:b/><w:color w:val="%3$s"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Heading2">
          <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
          <w:rPr><w:b/><w:color w:val="%3$s"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="ListParagraph">
          <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
          <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Footer">
          <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
          <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
        </w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal">
          <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
          <w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>
          </w:tblPr>
        </w:style>
        <w:style w:type="table" w:styleId="%4$s">
          <w:name w:val="Høringstabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
          <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:tblPr>
            <w:tblBorders>
              <w:top w:val="single" w:sz="4" w:space="0" w:color="%5$s"/><w:left w:val="single" w:sz="4" w:space="0" w:color="%5$s"/>
              <w:bottom w:val="single" w:sz="4" w:space="0" w:color="%5$s"/><w:right w:val="single" w:sz="4" w:space="0" w:color="%5$s"/>
              <w:insideH w:val="single" w:sz="4" w:space="0" w:color="%5$s"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="%5$s"/>
            </w:tblBorders>
            <w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>
          </w:tblPr>
          <w:tblStylePr w:type="firstRow">
            <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
            <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="%3$s"/></w:tcPr>
          </w:tblStylePr>
        </w:style>
      </w:styles>
      """
          .formatted(W, LANGUAGE, ACCENT, STYLE_TABLE, BORDER);

  private static final String DECIMAL_LIST =
      """
      <w:numbering %s><w:abstractNum w:abstractNumId="1">
        <w:multiLevelType w:val="singleLevel"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>
          <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
      </w:abstractNum></w:numbering>
      """
          .formatted(W);

  private static final String BULLET_LIST =
      """
      <w:numbering %s><w:abstractNum w:abstractNumId="2">
        <w:multiLevelType w:val="singleLevel"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
          <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
          <w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl>
      </w:abstractNum></w:numbering>
      """
          .formatted(W);

  private final NoteContent content;
  private final XWPFDocument doc = new XWPFDocument();
  private BigInteger decimalAbstract;
  private BigInteger bulletNum;

  private NoteDocx(NoteContent content) {
    this.content = content;
  }

  static byte[] render(NoteContent content) {
    return new NoteDocx(content).write();
  }

  private byte[] write() {
    try (doc) {
      setUpDocument();
      writeBody();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the høringsnotat as DOCX", e);
    }
  }

  private void setUpDocument() {
    try {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(compact(STYLES)).getStyles());
      XWPFNumbering numbering = doc.createNumbering();
      decimalAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(DECIMAL_LIST)));
      bulletNum = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(BULLET_LIST))));
    } catch (XmlException e) {
      throw new IllegalStateException("The built-in Word styles are not valid XML", e);
    }

    CTBody body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO);

    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph pageLine = footer.createParagraph();
    pageLine.setStyle("Footer");
    pageLine.setAlignment(ParagraphAlignment.CENTER);
    pageLine.createRun().setText(NoteContent.FOOTER_BEFORE_PAGE);
    field(pageLine, "PAGE", "1");
    pageLine.createRun().setText(NoteContent.FOOTER_BEFORE_PAGES);
    field(pageLine, "NUMPAGES", "1");

    var properties = doc.getProperties().getCoreProperties();
    properties.setTitle(content.heading());
    properties.setSubjectProperty("Høringsnotat");
    properties.setCreator(content.note().caseWorker() == null ? "Rammeflow" : NoteContent.clean(content.note().caseWorker()));
    properties.setCreated(Optional.of(Date.from(content.note().compiledAt())));
    properties.setIdentifier(NoteContent.clean(content.note().hearingId()));
    properties.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
    doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Rammeflow");
  }

  private static CTAbstractNum abstractNum(String numberingXml) throws XmlException {
    return NumberingDocument.Factory.parse(compact(numberingXml)).getNumbering().getAbstractNumArray(0);
  }

  /** Drops the indentation between tags, which would otherwise end up as stray text nodes in the part. */
  private static String compact(String xml) {
    return xml.strip().replaceAll(">\\s+<", "><");
  }

  private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(instruction + " \\* MERGEFORMAT");
    field.addNewR().addNewT().setStringValue(placeholder);
  }

  private void writeBody() {
    styled(STYLE_TITLE, content.heading());
    for (NoteContent.Field field : content.headerFields()) {
      labelled(field.label(), field.value());
    }

    styled(STYLE_HEADING_1, NoteContent.SECTION_QUESTIONS);
    if (content.questions().isEmpty()) {
      plain(NoteContent.NO_QUESTIONS);
    } else {
      BigInteger questionsNum = doc.getNumbering().addNum(decimalAbstract);
      content.questions().forEach(question -> listItem(questionsNum, question));
    }

    styled(STYLE_HEADING_1, NoteContent.SECTION_MATERIAL);
    bulletsOr(content.materialNames(), NoteContent.NO_MATERIAL);

    styled(STYLE_HEADING_1, NoteContent.SECTION_PARTIES);
    plain(content.partiesLine());

    styled(STYLE_HEADING_1, NoteContent.SECTION_OVERVIEW);
    plain(content.summary());
    if (!content.note().responses().isEmpty()) {
      responseTable();
    }

    styled(STYLE_HEADING_1, NoteContent.SECTION_RESPONSES);
    if (content.note().responses().isEmpty()) {
      plain(NoteContent.NO_RESPONSES);
    }
    for (NoteResponse response : content.note().responses()) {
      styled(STYLE_HEADING_2, NoteContent.clean(response.partyName()));
      // Keep-with-next ties the response's header to its text and its last paragraph to the attachments.
      for (NoteContent.Field field : content.responseFields(response)) {
        keepWithNext(labelled(field.label(), field.value()), true);
      }
      List<List<String>> paragraphs = NoteContent.paragraphs(response.text());
      if (paragraphs.isEmpty()) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(120);
        keepWithNext(paragraph, true);
        XWPFRun run = paragraph.createRun();
        run.setItalic(true);
        run.setText(NoteContent.EMPTY_TEXT);
      }
      for (List<String> lines : paragraphs) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (lines == paragraphs.getFirst()) {
          paragraph.setSpacingBefore(120);
        }
        keepWithNext(paragraph, lines == paragraphs.getLast());
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.size(); i++) {
          if (i > 0) {
            run.addBreak();
          }
          run.setText(lines.get(i));
        }
      }
      List<String> attachments = content.attachmentNames(response);
      if (attachments.isEmpty()) {
        labelled(NoteContent.ATTACHMENTS_LABEL, NoteContent.NO_ATTACHMENTS);
      } else {
        keepWithNext(labelled(NoteContent.ATTACHMENTS_LABEL, ""), true);
        for (int i = 0; i < attachments.size(); i++) {
          keepWithNext(listItem(bulletNum, attachments.get(i)), i < attachments.size() - 1);
        }
      }
    }

    styled(STYLE_HEADING_1, NoteContent.SECTION_NON_RESPONDERS);
    bulletsOr(content.nonResponders(), NoteContent.ALL_ANSWERED);
  }

  private void responseTable() {
    List<NoteResponse> responses = content.note().responses();
    XWPFTable table = doc.createTable(responses.size() + 1, NoteContent.TABLE_HEADER.size());
    table.setStyleID(STYLE_TABLE);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(PAGE_WIDTH - 2 * MARGIN);
    CTTblPr properties = table.getCTTbl().getTblPr();
    if (properties.isSetTblBorders()) {
      properties.unsetTblBorders(); // POI's default black borders would hide the table style's
    }
    CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblLook look = properties.isSetTblLook() ? properties.getTblLook() : properties.addNewTblLook();
    look.setFirstRow(true);
    look.setLastRow(false);
    look.setFirstColumn(false);
    look.setLastColumn(false);
    look.setNoHBand(true);
    look.setNoVBand(true);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : COLUMN_WIDTHS) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }

    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    fillRow(header, NoteContent.TABLE_HEADER, true);
    for (int i = 0; i < responses.size(); i++) {
      XWPFTableRow row = table.getRow(i + 1);
      row.setCantSplitRow(true);
      fillRow(row, content.tableRow(responses.get(i)), false);
    }
    // Keeps the following heading from sticking to the table.
    doc.createParagraph().setSpacingAfter(0);
  }

  private static void fillRow(XWPFTableRow row, List<String> values, boolean header) {
    for (int column = 0; column < values.size(); column++) {
      XWPFTableCell cell = row.getCell(column);
      cell.setWidthType(TableWidthType.DXA);
      cell.setWidth(Integer.toString(COLUMN_WIDTHS[column]));
      XWPFParagraph paragraph = cell.getParagraphs().getFirst();
      XWPFRun run = paragraph.createRun();
      run.setText(values.get(column));
      if (header) {
        // Direct formatting too, for editors that ignore conditional table-style formatting.
        run.setBold(true);
        run.setColor("FFFFFF");
        cell.setColor(ACCENT);
      }
    }
  }

  private static void keepWithNext(XWPFParagraph paragraph, boolean keep) {
    if (!keep) {
      return;
    }
    if (paragraph.getCTP().getPPr() == null) {
      paragraph.getCTP().addNewPPr(); // XWPFParagraph.setKeepNext needs existing paragraph properties
    }
    paragraph.setKeepNext(true);
  }

  private void styled(String style, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(style);
    paragraph.createRun().setText(text);
  }

  private void plain(String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private XWPFParagraph labelled(String label, String value) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setSpacingAfter(40);
    XWPFRun labelRun = paragraph.createRun();
    labelRun.setBold(true);
    labelRun.setText(label + ":");
    if (!value.isEmpty()) {
      paragraph.createRun().setText(" " + value);
    }
    return paragraph;
  }

  private XWPFParagraph listItem(BigInteger numId, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(STYLE_LIST);
    paragraph.setNumID(numId);
    paragraph.setNumILvl(BigInteger.ZERO);
    paragraph.createRun().setText(text);
    return paragraph;
  }

  private void bulletsOr(List<String> items, String whenEmpty) {
    if (items.isEmpty()) {
      plain(whenEmpty);
    } else {
      items.forEach(item -> listItem(bulletNum, item));
    }
  }
}
