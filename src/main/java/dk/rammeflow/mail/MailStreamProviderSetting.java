package dk.rammeflow.mail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Names Jakarta Mail's stream provider (Angus Mail's) in the system property that Jakarta Mail
 * reads first, before any mail is composed, sent or received. Without it, Jakarta Mail 2.1 looks
 * the provider up with a {@link java.util.ServiceLoader} scan of the whole class path on every
 * MIME header, body part and encoded word it handles (jakartaee/mail-api issue 861): in the
 * hearing benchmark that was about a tenth of all CPU, more than rendering the note's PDF. A
 * value set by the operator (-Djakarta.mail.util.StreamProvider=...) is kept.
 */
public class MailStreamProviderSetting implements EnvironmentPostProcessor {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (System.getProperty(PROPERTY) == null && ClassUtils.isPresent(ANGUS_PROVIDER, MailStreamProviderSetting.class.getClassLoader())) {
      System.setProperty(PROPERTY, ANGUS_PROVIDER);
    }
  }
}
