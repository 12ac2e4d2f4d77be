package dev.tablebook.widgets;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The widget models open in this kernel, by id: what a front end that reconnects asks for. */
final class LiveWidgets {
  private static final Map<String, Widget> OPEN = new ConcurrentHashMap<>();

  private LiveWidgets() { }

  static void add(Widget widget) {
    OPEN.put(widget.id(), widget);
  }

  static void remove(Widget widget) {
    OPEN.remove(widget.id(), widget);
  }

  static Collection<Widget> all() {
    return List.copyOf(OPEN.values());
  }
}
