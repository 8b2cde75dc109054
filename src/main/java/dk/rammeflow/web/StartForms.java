package dk.rammeflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The Camunda start forms, read from the models deployed from {@code bpmn/} (on the classpath). */
@Component
class StartForms {

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  String schema(String formId) {
    try {
      Resource[] found = resolver.getResources("classpath*:bpmn/**/" + formId + ".form");
      if (found.length == 0) {
        throw new PageNotFoundException("Formularen '%s' findes ikke.".formatted(formId));
      }
      try (InputStream in = found[0].getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form " + formId, e);
    }
  }
}
