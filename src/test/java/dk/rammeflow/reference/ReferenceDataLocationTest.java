package dk.rammeflow.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * The secretariat edits a copy of the files outside the application and points {@code
 * rammeflow.reference.location} at it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReferenceDataLocationTest {

  private static final String EDITED_MAILBOX = "hoeringer@laesoe.example";

  @TempDir Path dir;

  /** A copy of the shipped files in which Læsø's hearing mailbox has been changed. */
  @BeforeEach
  void copyShippedFilesAndEditOne() throws IOException {
    for (String file :
        new String[] {
          ReferenceDataLoader.PARTIES_FILE,
          ReferenceDataLoader.FORA_FILE,
          ReferenceDataLoader.EXTERNAL_BODIES_FILE
        }) {
      try (var in = new ClassPathResource("reference/" + file).getInputStream()) {
        Files.copy(in, dir.resolve(file));
      }
    }
    Path parties = dir.resolve(ReferenceDataLoader.PARTIES_FILE);
    String text = Files.readString(parties, StandardCharsets.UTF_8);
    assertThat(text).contains("hoering@laesoe.example");
    Files.writeString(
        parties, text.replace("hoering@laesoe.example", EDITED_MAILBOX), StandardCharsets.UTF_8);
  }

  @Test
  void fileLocationOverridesTheShippedFiles() {
    ReferenceData data = new ReferenceDataLoader().load("file:" + dir + "/");

    assertThat(laesoeMailbox(data)).isEqualTo(EDITED_MAILBOX);
    assertThat(laesoeMailbox(ReferenceDataLoader.loadDefault()))
        .isEqualTo("hoering@laesoe.example");
  }

  @Test
  void plainPathWithoutTrailingSlashIsAFileSystemDirectory() {
    ReferenceData data = new ReferenceDataLoader().load(dir.toString());

    assertThat(laesoeMailbox(data)).isEqualTo(EDITED_MAILBOX);
  }

  @Test
  void springBeanUsesClasspathByDefault() {
    contextRunner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ReferenceData data = context.getBean(ReferenceData.class);
              assertThat(data.parties()).hasSize(12);
              assertThat(laesoeMailbox(data)).isEqualTo("hoering@laesoe.example");
              assertThat(context.getBean(ReferenceProperties.class).location())
                  .isEqualTo("classpath:reference/");
            });
  }

  @Test
  void springBeanUsesTheConfiguredLocation() {
    for (String location : new String[] {"file:" + dir + "/", dir.toString()}) {
      contextRunner()
          .withPropertyValues("rammeflow.reference.location=" + location)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(laesoeMailbox(context.getBean(ReferenceData.class)))
                    .as(location)
                    .isEqualTo(EDITED_MAILBOX);
              });
    }
  }

  @Test
  void invalidFilesStopTheContext() throws IOException {
    breakLaesoeHearingMailbox();

    contextRunner()
        .withPropertyValues("rammeflow.reference.location=file:" + dir + "/")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidReferenceDataException.class)
                    .hasMessageContaining(
                        "Invalid reference data in parties.yaml: party 'laesoe' hearingContacts"
                            + " #1: invalid e-mail address"));
  }

  @Test
  void invalidFilesStopTheApplicationWithAReadableReport(CapturedOutput output)
      throws IOException {
    breakLaesoeHearingMailbox();
    SpringApplication application = new SpringApplication(ReferenceDataConfiguration.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThatThrownBy(
            () -> application.run("--rammeflow.reference.location=file:" + dir + "/"))
        .hasRootCauseInstanceOf(InvalidReferenceDataException.class);
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("Reference data at 'file:" + dir + "/' is invalid (1 problem):")
        .contains(
            "Invalid reference data in parties.yaml: party 'laesoe' hearingContacts #1: invalid"
                + " e-mail address 'hoering at laesoe.example' in field 'email'")
        .contains(
            "Correct the files at 'file:" + dir + "/' (property rammeflow.reference.location)");
  }

  private void breakLaesoeHearingMailbox() throws IOException {
    Path parties = dir.resolve(ReferenceDataLoader.PARTIES_FILE);
    String text = Files.readString(parties, StandardCharsets.UTF_8);
    Files.writeString(
        parties, text.replace(EDITED_MAILBOX, "hoering at laesoe.example"), StandardCharsets.UTF_8);
  }

  private static ApplicationContextRunner contextRunner() {
    return new ApplicationContextRunner().withUserConfiguration(ReferenceDataConfiguration.class);
  }

  private static String laesoeMailbox(ReferenceData data) {
    return data.requireParty("laesoe").hearingContacts().get(0).email();
  }
}
