package dev.tablebook.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one field of a Table Schema, parsing its constraints with the field's own type. */
final class FieldReader {
  private final DescriptorReader descriptor;
  private final JsonNode node;
  private final String at;

  FieldReader(DescriptorReader descriptor, JsonNode node, String at) {
    this.descriptor = descriptor;
    this.node = node;
    this.at = at;
  }

  Field read() {
    String name = descriptor.requiredText(node, "name", at);
    if (name == null) {
      return null;
    }
    String typeName = node.path("type").asText("string");
    FieldType type = FieldType.forName(typeName);
    if (type == null) {
      descriptor.problem(at + ".type", "unknown type \"" + typeName + "\"");
      return null;
    }
    String format = node.path("format").asText("default");
    if (format.contains("%")) {
      try {
        StrftimeFormat.toFormatter(format);
      } catch (IllegalArgumentException e) {
        descriptor.problem(at + ".format", e.getMessage());
        return null;
      }
    }
    Field bare = new Field(name, type, format, node.path("description").asText(""), Constraints.NONE,
        texts(node.path("trueValues"), Field.DEFAULT_TRUE), texts(node.path("falseValues"), Field.DEFAULT_FALSE));
    Constraints constraints = constraints(bare, node.path("constraints"));
    return new Field(name, type, format, bare.description(), constraints, bare.trueValues(), bare.falseValues());
  }

  private Constraints constraints(Field field, JsonNode c) {
    if (c.isMissingNode()) {
      return Constraints.NONE;
    }
    String cAt = at + ".constraints";
    List<Object> enumValues = new ArrayList<>();
    for (JsonNode v : c.path("enum")) {
      Object value = typed(field, v, cAt + ".enum");
      if (value != null) {
        enumValues.add(value);
      }
    }
    Pattern pattern = c.has("pattern") ? descriptor.compile(c.path("pattern").asText(), cAt + ".pattern") : null;
    return new Constraints(
        c.path("required").asBoolean(false),
        c.path("unique").asBoolean(false),
        enumValues,
        (Comparable<?>) typed(field, c.get("minimum"), cAt + ".minimum"),
        (Comparable<?>) typed(field, c.get("maximum"), cAt + ".maximum"),
        c.has("minLength") ? c.get("minLength").asInt() : null,
        c.has("maxLength") ? c.get("maxLength").asInt() : null,
        pattern);
  }

  private Object typed(Field field, JsonNode value, String where) {
    if (value == null) {
      return null;
    }
    try {
      Object parsed = ValueParser.parse(field, value.asText());
      return parsed instanceof Comparable<?> ? parsed : null;
    } catch (ValueParser.BadValue e) {
      descriptor.problem(where, e.getMessage());
      return null;
    }
  }

  private static Set<String> texts(JsonNode node, Set<String> fallback) {
    if (!node.isArray()) {
      return fallback;
    }
    Set<String> texts = new LinkedHashSet<>();
    node.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}
