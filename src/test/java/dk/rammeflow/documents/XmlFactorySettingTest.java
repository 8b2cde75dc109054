package dk.rammeflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class XmlFactorySettingTest {

  private final Map<String, String> before = new HashMap<>();

  @BeforeEach
  void clearProperties() {
    XmlFactorySetting.JDK_FACTORIES.keySet().forEach(api -> {
      before.put(api.getName(), System.getProperty(api.getName()));
      System.clearProperty(api.getName());
    });
  }

  @AfterEach
  void restoreProperties() {
    before.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
  }

  @Test
  void namesTheJdkFactoriesThatJaxpWouldFindAfterItsScan() throws Exception {
    Class<?> scanned = TransformerFactory.newInstance().getClass();

    new XmlFactorySetting().postProcessEnvironment(new MockEnvironment(), null);

    XmlFactorySetting.JDK_FACTORIES.forEach((api, jdkFactory) ->
        assertThat(System.getProperty(api.getName())).as(api.getName()).isEqualTo(jdkFactory.get().getClass().getName()));
    assertThat(TransformerFactory.newInstance().getClass()).isEqualTo(scanned);
    assertThat(SAXParserFactory.newInstance().newSAXParser()).isNotNull();
  }

  @Test
  void keepsAFactoryTheOperatorNamed() {
    System.setProperty(TransformerFactory.class.getName(), "org.example.OperatorsTransformerFactory");

    new XmlFactorySetting().postProcessEnvironment(new MockEnvironment(), null);

    assertThat(System.getProperty(TransformerFactory.class.getName())).isEqualTo("org.example.OperatorsTransformerFactory");
    assertThat(System.getProperty(SAXParserFactory.class.getName())).isNotNull();
  }

  @Test
  void runsBeforeTheApplicationStarts() {
    // The other post-processors need Spring Boot's constructor arguments: this test does not make them.
    SpringFactoriesLoader.FailureHandler skipOthers = (factoryType, implementation, failure) -> { };
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(EnvironmentPostProcessor.class, null, skipOthers))
        .anySatisfy(processor -> assertThat(processor).isInstanceOf(XmlFactorySetting.class));
  }
}
