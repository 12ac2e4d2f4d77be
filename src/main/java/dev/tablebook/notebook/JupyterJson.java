package dev.tablebook.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JSON exactly as Jupyter writes notebooks ({@code json.dumps(indent=1, sort_keys=True,
 * ensure_ascii=False)} plus a final newline), so a notebook read and written unchanged is
 * byte-identical.
 */
final class JupyterJson {
  /**
   * The longest number read, in digits: far beyond any real notebook (Python's own default stops at 4,300),
   * and short enough that a hostile one cannot stall a command (parsing time grows with the square of it).
   */
  static final int MAX_NUMBER_DIGITS = 100_000;
  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          // Python's ints are far longer than Jackson's default allows, and its json module reads and writes NaN and ±Infinity.
          .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_DIGITS).build())
          .build())
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .build();

  private JupyterJson() {}

  static String write(JsonNode node) {
    try {
      StringWriter text = new StringWriter();
      try (JsonGenerator generator = new PythonNumbers(MAPPER.createGenerator(text).setPrettyPrinter(new Printer()))) {
        MAPPER.writeTree(generator, sorted(node));
      }
      return text + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write notebook JSON", e);
    }
  }

  /** A copy with every object's keys in sorted order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      names.forEach(name -> copy.set(name, sorted(node.get(name))));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  /** Writes doubles as Python's {@code repr} does, and floats as the doubles Python would hold. */
  private static final class PythonNumbers extends JsonGeneratorDelegate {
    PythonNumbers(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeNumber(double value) throws IOException {
      writeRawValue(PythonFloats.repr(value));
    }

    @Override
    public void writeNumber(float value) throws IOException {
      writeNumber((double) value);
    }
  }

  /** Indent 1, "key": value, one item per line, and {} / [] when empty, as Python's json module does. */
  private static final class Printer extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Printer() {
      super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    Printer(Printer base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer(this);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (entries == 0) {
        _nesting--;
        g.writeRaw('}');
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values == 0) {
        _nesting--;
        g.writeRaw(']');
      } else {
        super.writeEndArray(g, values);
      }
    }
  }
}
