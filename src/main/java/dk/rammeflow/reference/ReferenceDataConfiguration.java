package dk.rammeflow.reference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.io.ApplicationResourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferenceProperties.class)
class ReferenceDataConfiguration {

  /** Loaded once at startup; invalid files stop the application. */
  @Bean
  ReferenceData referenceData(ReferenceProperties properties, ResourceLoader resourceLoader) {
    ResourceLoader filesFirst = ApplicationResourceLoader.get(resourceLoader, true);
    return new ReferenceDataLoader(filesFirst).load(properties.location());
  }
}
