package dk.rammeflow.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Names the JDK's own XML factories in the system properties that JAXP reads first. Without them every
 * {@code newInstance()} (POI, xmlbeans, xmpbox and openhtmltopdf call it for every DOCX and PDF they write)
 * scans the whole class path with a {@link ServiceLoader} before it falls back to the JDK's factory: about 4% of
 * the CPU of writing a note. A factory is named only when the class path provides none of its own (then the scan
 * ends at the JDK's factory anyway), and a value set by the operator ({@code -Djavax.xml...=}) is kept.
 */
public class XmlFactorySetting implements EnvironmentPostProcessor {

  static final Map<Class<?>, Supplier<Object>> JDK_FACTORIES = jdkFactories();

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    JDK_FACTORIES.forEach((api, jdkFactory) -> {
      if (System.getProperty(api.getName()) == null && ServiceLoader.load(api).stream().findAny().isEmpty()) {
        System.setProperty(api.getName(), jdkFactory.get().getClass().getName());
      }
    });
  }

  private static Map<Class<?>, Supplier<Object>> jdkFactories() {
    Map<Class<?>, Supplier<Object>> factories = new LinkedHashMap<>();
    factories.put(TransformerFactory.class, TransformerFactory::newDefaultInstance);
    factories.put(SAXParserFactory.class, SAXParserFactory::newDefaultInstance);
    factories.put(DocumentBuilderFactory.class, DocumentBuilderFactory::newDefaultInstance);
    factories.put(XMLInputFactory.class, XMLInputFactory::newDefaultFactory);
    factories.put(XMLOutputFactory.class, XMLOutputFactory::newDefaultFactory);
    factories.put(XMLEventFactory.class, XMLEventFactory::newDefaultFactory);
    return factories;
  }
}
