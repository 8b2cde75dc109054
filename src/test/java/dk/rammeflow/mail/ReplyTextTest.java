package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

  @Test
  void cutsAtDanishGmailAttributionWrappedOverTwoLines() {
    String text = """
        Aalborg Kommune har ingen bemærkninger til målgruppebeskrivelsen.

        Med venlig hilsen
        Søren Ærø

        Den tor. 2. okt. 2025 kl. 10.15 skrev Rammeaftalesekretariatet <
        sekretariat@rammeaftale.example>:

        > Kære Aalborg Kommune
        > Rammeaftalesekretariatet sender hermed følgende i høring:
        """;
    assertThat(ReplyText.stripQuoted(text))
        .isEqualTo("Aalborg Kommune har ingen bemærkninger til målgruppebeskrivelsen.\n\nMed venlig hilsen\nSøren Ærø");
  }

  @Test
  void cutsAtEnglishAttributionAndAtOriginalMessageSeparators() {
    assertThat(ReplyText.stripQuoted("Fine by us.\n\nOn Thu, Oct 2, 2025 at 10:15 AM Secretariat <s@rammeaftale.example> wrote:\n> quoted"))
        .isEqualTo("Fine by us.");
    assertThat(ReplyText.stripQuoted("Vi tilslutter os.\r\n\r\n-----Oprindelig meddelelse-----\r\nFra: Rammeaftalesekretariatet\r\nTekst"))
        .isEqualTo("Vi tilslutter os.");
    assertThat(ReplyText.stripQuoted("We agree.\n-----Original Message-----\nFrom: x")).isEqualTo("We agree.");
  }

  @Test
  void cutsAtOutlookHeaderBlockAndItsSeparatorLine() {
    String text = """
        Hjørring Kommune kan ikke tilslutte sig forslaget, se vedhæftede.

        ________________________________
        Fra: Rammeaftalesekretariatet <sekretariat@rammeaftale.example>
        Sendt: 2. oktober 2025 10:15
        Til: Hjørring Kommune
        Emne: Høring: Takster 2027 [RF-abc.def]
        """;
    assertThat(ReplyText.stripQuoted(text)).isEqualTo("Hjørring Kommune kan ikke tilslutte sig forslaget, se vedhæftede.");
  }

  @Test
  void dropsQuotedLinesButKeepsInterleavedAnswers() {
    String text = """
        > 1. Er målgruppen beskrevet dækkende?
        Ja, men tilføj unge over 18.
        > 2. Hvilke behov ser I?
        Flere pladser i Vendsyssel.
        """;
    assertThat(ReplyText.stripQuoted(text)).isEqualTo("Ja, men tilføj unge over 18.\nFlere pladser i Vendsyssel.");
  }

  @Test
  void keepsAnAnswerThatMerelyMentionsFromOrDen() {
    String text = "Fra: vores side ingen bemærkninger.\nDen nye takst er fin.";
    assertThat(ReplyText.stripQuoted(text)).isEqualTo(text);
  }

  @Test
  void htmlBecomesTextWithoutGmailQuote() {
    String html = """
        <div dir="ltr"><p>Thisted Kommune har f&oslash;lgende bem&aelig;rkninger:</p>
        <ul><li>Punkt &eacute;t</li><li>Punkt to &amp; tre</li></ul>Venlig hilsen<br>Åse&nbsp;Østergård</div>
        <br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den tor. 2. okt. 2025 skrev X:</div>
        <blockquote class="gmail_quote">Kære Thisted Kommune</blockquote></div>
        """;
    assertThat(ReplyText.htmlToText(html))
        .isEqualTo("Thisted Kommune har følgende bemærkninger:\n\n- Punkt ét\n- Punkt to & tre\n\nVenlig hilsen\nÅse Østergård");
  }

  @Test
  void htmlDropsStylesBlockquotesAndOutlookReplyBlock() {
    String html = """
        <html><head><style>p {color:red}</style><title>x</title></head><body>
        <p>Svar fra Rebild: <b>ingen</b> bemærkninger.</p>
        <blockquote>citeret tekst</blockquote>
        <p>Efter citatet.</p>
        <div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Fra:</b> Sekretariatet</div><div>Originalen</div>
        </body></html>
        """;
    assertThat(ReplyText.htmlToText(html)).isEqualTo("Svar fra Rebild: ingen bemærkninger.\n\nEfter citatet.");
  }
}
