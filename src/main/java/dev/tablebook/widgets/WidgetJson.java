package dev.tablebook.widgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Widget state between Java values and the JSON values a comm carries (widgets as {@code IPY_MODEL_<id>}). */
final class WidgetJson {
  private WidgetJson() { }

  /** The JSON form of a state map. */
  static Map<String, Object> of(Map<String, Object> state) {
    Map<String, Object> json = new LinkedHashMap<>();
    state.forEach((name, value) -> json.put(name, of(value)));
    return json;
  }

  /** The JSON form of one value: widgets become references, lists and maps are converted inside. */
  static Object of(Object value) {
    if (value instanceof Widget widget) {
      return Widget.REFERENCE + widget.id();
    }
    if (value instanceof List<?> list) {
      List<Object> json = new ArrayList<>(list.size());
      list.forEach(item -> json.add(of(item)));
      return json;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> json = new LinkedHashMap<>();
      map.forEach((k, v) -> json.put(String.valueOf(k), of(v)));
      return json;
    }
    return value;
  }

  /**
   * {@code state} with the binary {@code buffers} put where {@code bufferPaths} say (a list of paths,
   * each a list of keys and indexes), as ipywidgets' {@code _put_buffers} does.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> withBuffers(Map<String, Object> state, Object bufferPaths, List<byte[]> buffers) {
    if (!(bufferPaths instanceof List<?> paths) || paths.isEmpty()) {
      return state;
    }
    Map<String, Object> copy = new LinkedHashMap<>(state);
    for (int i = 0; i < paths.size() && i < buffers.size(); i++) {
      if (!(paths.get(i) instanceof List<?> path) || path.isEmpty()) {
        throw new IllegalArgumentException("a widget update's buffer path " + paths.get(i) + " is not a list of keys");
      }
      Object container = copy;
      for (int step = 0; step < path.size() - 1; step++) {
        container = child(container, path.get(step));
      }
      Object last = path.get(path.size() - 1);
      if (container instanceof Map<?, ?> map) {
        ((Map<String, Object>) map).put(String.valueOf(last), buffers.get(i));
      } else if (container instanceof List<?> list && last instanceof Number n) {
        ((List<Object>) list).set(n.intValue(), buffers.get(i));
      } else {
        throw new IllegalArgumentException("a widget update's buffer path " + path + " does not lead into its state");
      }
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object container, Object key) {
    if (container instanceof Map<?, ?> map && map.get(String.valueOf(key)) instanceof Map<?, ?> inner) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) inner);
      ((Map<String, Object>) map).put(String.valueOf(key), copy);
      return copy;
    }
    if (container instanceof Map<?, ?> map && map.get(String.valueOf(key)) instanceof List<?> inner) {
      List<Object> copy = new ArrayList<>(inner);
      ((Map<String, Object>) map).put(String.valueOf(key), copy);
      return copy;
    }
    if (container instanceof List<?> list && key instanceof Number n && n.intValue() < list.size()) {
      return list.get(n.intValue());
    }
    throw new IllegalArgumentException("a widget update's buffer path goes through " + key + ", which its state does not have");
  }
}
