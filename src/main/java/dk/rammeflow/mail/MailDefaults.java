package dk.rammeflow.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Lowest-precedence defaults for Spring's mail and Thymeleaf settings, see {@code mail-defaults.properties}. */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:mail-defaults.properties", encoding = "UTF-8")
class MailDefaults {}
