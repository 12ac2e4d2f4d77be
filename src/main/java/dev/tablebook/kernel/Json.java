package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.MimeBundle;
import java.util.List;
import java.util.Map;

/** Small helpers for building message contents. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array(List<String> items) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  /** A MIME bundle's data as Jupyter wants it: JSON types as JSON, the rest as strings. */
  static ObjectNode data(MimeBundle bundle) {
    ObjectNode data = object();
    for (Map.Entry<String, String> entry : bundle.data().entrySet()) {
      if (MimeBundle.isJson(entry.getKey())) {
        try {
          data.set(entry.getKey(), MAPPER.readTree(entry.getValue()));
          continue;
        } catch (java.io.IOException e) {
          // not JSON after all: send the text
        }
      }
      data.put(entry.getKey(), entry.getValue());
    }
    return data;
  }

  static ObjectNode metadata(MimeBundle bundle) {
    if (bundle.metadata().isEmpty()) {
      return object(); // most values: no trip through Jackson's object mapping
    }
    JsonNode node = MAPPER.valueToTree(bundle.metadata());
    return node instanceof ObjectNode object ? object : object();
  }
}
