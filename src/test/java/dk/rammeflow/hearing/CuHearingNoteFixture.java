package dk.rammeflow.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The written hearing of January 2023 (seed 004, DAS 20 January 2023): the draft response to the
 * Central Udmelding on pregnant women with harmful drug use, sent for comments to all 11 North
 * Jutland municipalities 10–20 January. The responses are invented but realistic; Læsø answers
 * late, Morsø and Vesthimmerland do not answer.
 */
final class CuHearingNoteFixture {

  static final String TITLE = "Udkast til besvarelse af Central Udmelding om gravide med skadeligt rusmiddelbrug";

  static final List<String> MUNICIPALITIES =
      List.of(
          "Aalborg Kommune", "Brønderslev Kommune", "Frederikshavn Kommune", "Hjørring Kommune", "Jammerbugt Kommune",
          "Læsø Kommune", "Mariagerfjord Kommune", "Morsø Kommune", "Rebild Kommune", "Thisted Kommune",
          "Vesthimmerlands Kommune");

  static final NoteResponse AALBORG =
      new NoteResponse(
          "Aalborg Kommune",
          "Bemærkninger",
          at(2023, 1, 19, 14, 32),
          "Mail",
          false,
          """
          Aalborg Kommune kan overordnet tilslutte sig udkastet til besvarelse.

          Vi foreslår, at afsnittet om det tværsektorielle samarbejde præciserer, at Familieambulatoriet i Region \
          Nordjylland er en central samarbejdspart før, under og efter graviditeten, og at den gode praksis i dag \
          hviler på erfaring og hukommelse frem for skriftlige aftaler.

          Med venlig hilsen
          Mette Sørensen
          Afdelingsleder, Børn og Familie""",
          "Mette Sørensen",
          List.of("Aalborg – bemærkninger til udkast.docx"));

  static final NoteResponse BRONDERSLEV =
      new NoteResponse(
          "Brønderslev Kommune", "Ingen bemærkninger", at(2023, 1, 12, 9, 5), "Tasklist", false,
          "Brønderslev Kommune har ingen bemærkninger til udkastet.", "Søren Ærtebjerg", List.of());

  static final NoteResponse FREDERIKSHAVN =
      new NoteResponse(
          "Frederikshavn Kommune", "Ingen bemærkninger", at(2023, 1, 13, 11, 40), "Tasklist", false, "", null, List.of());

  static final NoteResponse HJORRING =
      new NoteResponse(
          "Hjørring Kommune",
          "Bemærkninger",
          at(2023, 1, 18, 8, 55),
          "Mail",
          false,
          """
          Hjørring Kommune støtter forslaget om en supplerende procedureaftale med Familieambulatoriet.

          Aftalen bør beskrive ansvar, opgaver og kommunikationsveje før, under og efter fødslen, så kontinuiteten \
          sikres, også når en sagsbehandler skifter job.""",
          "Jørgen Blåbjerg",
          List.of("Procedureaftale – udkast til drøftelse.pdf", "Høringssvar Hjørring.pdf"));

  static final NoteResponse JAMMERBUGT =
      new NoteResponse(
          "Jammerbugt Kommune", "Ingen bemærkninger", at(2023, 1, 16, 13, 20), "Tasklist", false,
          "Ingen bemærkninger fra Jammerbugt.", "Lise Østergaard", List.of());

  static final NoteResponse LAESO =
      new NoteResponse(
          "Læsø Kommune",
          "Kan ikke tilslutte sig",
          at(2023, 1, 23, 10, 15),
          "Mail",
          true,
          """
          Læsø Kommune kan ikke tilslutte sig formuleringen om, at der ikke er behov for et døgntilbud.

          For en ø-kommune er afstanden til tilbud på fastlandet en særlig udfordring for gravide med skadeligt \
          rusmiddelbrug, og færgeforbindelsen gør et tæt netværk i nærmiljøet svært at opretholde.

          Vi beklager, at svaret kommer efter fristen.""",
          "Åse Møller",
          List.of("Læsø – høringssvar.pdf"));

  static final NoteResponse MARIAGERFJORD =
      new NoteResponse(
          "Mariagerfjord Kommune",
          "Bemærkninger",
          at(2023, 1, 20, 15, 47),
          "Tasklist",
          false,
          "Vi savner en beskrivelse af, hvordan kommunerne følger op på kvinden efter fødslen.",
          "Peter Ågård",
          List.of());

  static final NoteResponse REBILD =
      new NoteResponse(
          "Rebild Kommune", "Ingen bemærkninger", at(2023, 1, 17, 10, 0), "Mail", false,
          "Rebild Kommune har ingen bemærkninger.", "Hanne Kæstel", List.of());

  static final NoteResponse THISTED =
      new NoteResponse(
          "Thisted Kommune",
          "Bemærkninger",
          at(2023, 1, 19, 9, 12),
          "Mail",
          false,
          "Vi er enige i, at målgruppen er meget lille (< 2 personer om året) & at indsatsen bør ske i nærmiljøet.",
          "Niels Frølund",
          List.of());

  static final List<NoteResponse> RESPONSES =
      List.of(AALBORG, BRONDERSLEV, FREDERIKSHAVN, HJORRING, JAMMERBUGT, LAESO, MARIAGERFJORD, REBILD, THISTED);

  static final List<String> NON_RESPONDERS = List.of("Morsø Kommune", "Vesthimmerlands Kommune");

  static final List<String> QUESTIONS =
      List.of(
          "Kan kommunen genkende beskrivelsen af målgruppen og dens størrelse i Nordjylland?",
          "Har kommunen bemærkninger til forslaget om en supplerende samarbejds- eller procedureaftale med Familieambulatoriet?");

  static final List<String> MATERIAL =
      List.of(
          "Udkast til besvarelse – CU gravide med skadeligt rusmiddelbrug.pdf",
          "Sagsbeskrivelse CU gravide rusmiddelbrugere.pdf");

  static HearingNote note() {
    return new HearingNote(
        "2022-090391-H1",
        TITLE,
        QUESTIONS,
        MATERIAL,
        LocalDate.of(2023, 1, 10),
        LocalDate.of(2023, 1, 20),
        MUNICIPALITIES,
        RESPONSES,
        NON_RESPONDERS,
        "Anne Kjærgaard, Rammeaftalesekretariatet",
        at(2023, 1, 23, 12, 0));
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
  }

  private CuHearingNoteFixture() {}
}
