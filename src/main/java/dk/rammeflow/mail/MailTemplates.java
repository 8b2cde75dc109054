package dk.rammeflow.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail bodies by name {@code "<process folder>/<template>"} from
 * {@code mail-templates/<process folder>/<template>.html} (HTML mode) and {@code .txt} (TEXT mode); shared pieces
 * are in {@code mail-templates/fragments/}, which is not a template folder. The engine is private to this class,
 * so it neither replaces nor configures the web view engine.
 */
@Component
public class MailTemplates {

  public record RenderedMail(String text, String html) {}

  static final String LOCATION = "mail-templates/";
  private static final Pattern NAME = Pattern.compile("(?!fragments/)[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private final SpringTemplateEngine engine;
  /** Templates found with both parts (the class path does not change while running). */
  private final Set<String> present = ConcurrentHashMap.newKeySet();

  public MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix(LOCATION);
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setTextTemplateModePatterns(Set.of("*.txt"));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    engine = new SpringTemplateEngine();
    engine.setEnableSpringELCompiler(true);
    engine.setTemplateResolver(resolver);
  }

  /**
   * Renders both parts with the model as given ({@link MailService} adds {@code mailSubject}, {@code hearingAddress}
   * and {@code replyExpected}).
   */
  public RenderedMail render(String template, Map<String, Object> model) {
    if (template == null || !NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("Invalid mail template name '%s': use '<process folder>/<template>' in lower-case letters, digits and hyphens".formatted(template));
    }
    if (!present.contains(template)) {
      for (String suffix : new String[] {".html", ".txt"}) {
        if (!new ClassPathResource(LOCATION + template + suffix, MailTemplates.class.getClassLoader()).exists()) {
          throw new IllegalArgumentException("Mail template '%s' is missing %s%s%s on the classpath".formatted(template, LOCATION, template, suffix));
        }
      }
      present.add(template);
    }
    Context context = new Context(DANISH, model);
    String html = engine.process(template + ".html", context);
    String text = engine.process(template + ".txt", context);
    return new RenderedMail(text, html);
  }
}
