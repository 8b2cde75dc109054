package dk.rammeflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * JSON for embedding in a page's {@code <script type="application/json">}: {@code <}, {@code >}
 * and {@code &} are written as unicode escapes, so no value can close the script element.
 */
@Component("webJson")
public class WebJson {

  private final ObjectMapper mapper;

  public WebJson(ObjectMapper mapper) {
    this.mapper = mapper.copy();
    this.mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not writable as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Re-writes a JSON text (e.g. a form schema) in the safe form. */
  public String rewrite(String json) {
    try {
      return write(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {

    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
