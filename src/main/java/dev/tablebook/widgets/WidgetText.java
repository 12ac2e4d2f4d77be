package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** A widget's text form, as front ends without widgets show it: one line, as ipywidgets' repr. */
final class WidgetText {
  /** The value of a widget that has none. */
  static final Object NONE = new Object();

  private WidgetText() { }

  /** {@code NAME(value=..., description='...', other=...)} from {@code state}, the others only where they left {@code defaults}. */
  static String of(String name, Object value, Map<String, Object> state, Map<String, Object> defaults) {
    StringJoiner text = new StringJoiner(", ", name + "(", ")");
    if (value != NONE) {
      text.add("value=" + repr(value));
    }
    if (state.get("description") instanceof String description && !description.isEmpty()) {
      text.add("description=" + repr(description));
    }
    state.forEach((key, property) -> {
      boolean changed = !key.startsWith("_") && !key.equals("value") && !key.equals("description") && property != null
          && !key.equals("index") && !(property instanceof Widget) && !(property instanceof List<?>) && !(property instanceof Map<?, ?>)
          && !Objects.equals(defaults.get(key), property);
      if (changed) {
        text.add(key + "=" + repr(property));
      }
    });
    return text.toString();
  }

  private static String repr(Object value) {
    if (value instanceof List<?> list) {
      StringJoiner items = new StringJoiner(", ", "[", "]");
      list.forEach(item -> items.add(repr(item)));
      return items.toString();
    }
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }
}
