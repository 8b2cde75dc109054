package dk.rammeflow.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void unknownOrUnsafeTemplateNamesAreRefused() {
    assertThatThrownBy(() -> templates.render("ingen-proces/findes-ikke", Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ingen-proces/findes-ikke");
    assertThatThrownBy(() -> templates.render("../application", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.render("fragments/layout", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.render("uden-mappe", Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'<process folder>/<template>'");
  }
}
