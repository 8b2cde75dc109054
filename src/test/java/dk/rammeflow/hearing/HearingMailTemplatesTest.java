package dk.rammeflow.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rammeflow.mail.MailTemplates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hearing round's mail templates (mail-templates/hearing-round/) rendered with the shared fragments. */
class HearingMailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  private static Map<String, Object> model(boolean replyExpected) {
    Map<String, Object> model = new HashMap<>();
    model.put("hearingTitle", "Målgruppebeskrivelse for Kofoedsminde <udkast>");
    model.put("questions", List.of("Er målgruppen beskrevet dækkende?", "Hvilke behov ser I i jeres kommune?"));
    Map<String, Object> withoutUrl = new HashMap<>();
    withoutUrl.put("name", "Notat om økonomi.docx");
    withoutUrl.put("url", null);
    model.put("material", List.of(Map.of("name", "Målgruppebeskrivelse.pdf", "url", "https://rammeflow.example/api/documents/d-1"), withoutUrl));
    model.put("deadlineText", "mandag den 27. september 2021");
    model.put("partyName", "Læsø Kommune");
    model.put("caseWorker", "Mette Sørensen, mette.sorensen@rammeaftale.example");
    model.put("taskUrl", "https://rammeflow.example/opgaver/hoering/h-1/aalborg");
    model.put("daysLeft", 3L);
    model.put("clarificationQuestion", "Kan I uddybe, hvad I mener med »særlige behov«?");
    model.put("newDeadlineText", "fredag den 1. oktober 2021");
    model.put("reason", "Materialet er opdateret efter mødet i DAS.");
    model.put("receivedAtText", "2. oktober 2025 kl. 10.15");
    model.put("late", false);
    model.put("attachmentNames", List.of("Høringssvar fra Læsø.pdf"));
    model.put("mailSubject", "Høring: Kofoedsminde [RF-abc.def]");
    model.put("hearingAddress", "hoering@rammeaftale.example");
    model.put("replyExpected", replyExpected);
    return model;
  }

  @Test
  void invitationShowsEverythingThePartyNeedsInBothParts() {
    var mail = templates.render("hearing-round/invitation", model(true));
    for (String part : List.of(mail.text(), mail.html())) {
      assertThat(part)
          .contains("Læsø Kommune", "Er målgruppen beskrevet dækkende?", "Hvilke behov ser I i jeres kommune?", "Målgruppebeskrivelse.pdf",
              "Notat om økonomi.docx", "mandag den 27. september 2021", "Afgiv høringssvar", "https://rammeflow.example/opgaver/hoering/h-1/aalborg",
              "svare på denne mail", "Behold emnefeltet", "Mette Sørensen", "hoering@rammeaftale.example");
    }
    assertThat(mail.text()).contains("Målgruppebeskrivelse for Kofoedsminde <udkast>", "  1. Er målgruppen", "  2. Hvilke behov",
        "https://rammeflow.example/api/documents/d-1");
    assertThat(mail.html())
        .contains("Målgruppebeskrivelse for Kofoedsminde &lt;udkast&gt;", "<a href=\"https://rammeflow.example/api/documents/d-1\"", "<li")
        .doesNotContain("<udkast>", "th:text", "th:if", "xmlns:th");
  }

  @Test
  void withoutReplyTokenThePartyIsOnlyToldAboutTasklist() {
    var mail = templates.render("hearing-round/invitation", model(false));
    for (String part : List.of(mail.text(), mail.html())) {
      assertThat(part).contains("Afgiv høringssvar").doesNotContain("svare på denne mail", "Svar på mailen går til");
    }
  }

  @Test
  void reminderCountsDaysLeft() {
    Map<String, Object> model = model(true);
    assertThat(templates.render("hearing-round/reminder", model).text()).contains("Påmindelse", "Der er 3 dage til fristen.", "se bort fra denne påmindelse");
    model.put("daysLeft", 1);
    assertThat(templates.render("hearing-round/reminder", model).html()).contains("Der er 1 dag til fristen.");
    model.put("daysLeft", 0);
    var today = templates.render("hearing-round/reminder", model);
    assertThat(today.text()).contains("Fristen udløber i dag.").doesNotContain("dage til fristen");
    assertThat(today.html()).contains("Fristen udløber i dag.");
  }

  @Test
  void extendedCancelledClarificationAndReceiptCarryTheirOwnFacts() {
    Map<String, Object> model = model(true);
    var extended = templates.render("hearing-round/deadline-extended", model);
    assertThat(extended.text()).contains("Ny høringsfrist: fredag den 1. oktober 2021", "Den hidtidige frist var mandag den 27. september 2021",
        "Begrundelse: Materialet er opdateret efter mødet i DAS.");
    assertThat(extended.html()).contains("Ny høringsfrist", "fredag den 1. oktober 2021");

    var cancelled = templates.render("hearing-round/cancelled", model);
    assertThat(cancelled.text()).contains("annulleret", "Målgruppebeskrivelse for Kofoedsminde", "Materialet er opdateret").doesNotContain("Høringsfrist");
    assertThat(cancelled.html()).contains("annulleret");

    var clarification = templates.render("hearing-round/clarification", model);
    for (String part : List.of(clarification.text(), clarification.html())) {
      assertThat(part).contains("uddybe", "»særlige behov«", "fredag den 1. oktober 2021", "behold emnefeltet");
    }

    var receipt = templates.render("hearing-round/reply-receipt", model);
    assertThat(receipt.text()).contains("Vi har modtaget jeres høringssvar", "2. oktober 2025 kl. 10.15", "Høringssvar fra Læsø.pdf", "indgår i sekretariatets høringsnotat")
        .doesNotContain("efter høringsfristen");
    model.put("late", true);
    assertThat(templates.render("hearing-round/reply-receipt", model).html()).contains("efter høringsfristen", "mandag den 27. september 2021");
  }

  @Test
  void optionalPartsDisappearWhenTheModelLacksThem() {
    var mail = templates.render("hearing-round/invitation", Map.of("hearingTitle", "Takster 2027", "deadlineText", "fredag den 7. november 2025"));
    assertThat(mail.text()).contains("Kære høringspart", "Takster 2027").doesNotContain("Spørgsmål", "Høringsmateriale", "kontakte");
    assertThat(mail.html()).contains("Kære høringspart").doesNotContain("Høringsmateriale");
  }
}
