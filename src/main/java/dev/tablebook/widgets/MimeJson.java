package dev.tablebook.widgets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.display.MimeBundle;
import java.util.LinkedHashMap;
import java.util.Map;

/** A MIME bundle's data as a notebook output holds it: JSON types as JSON values, the rest as text. */
final class MimeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MimeJson() { }

  static Map<String, Object> data(MimeBundle bundle) {
    Map<String, Object> data = new LinkedHashMap<>();
    bundle.data().forEach((type, value) -> {
      if (MimeBundle.isJson(type)) {
        try {
          data.put(type, MAPPER.readValue(value, Object.class));
          return;
        } catch (JsonProcessingException e) {
          // not JSON after all: kept as text
        }
      }
      data.put(type, value);
    });
    return data;
  }
}
