package dev.tablebook.widgets;

import java.util.Map;

/**
 * A widget drawn in the page: it has a {@link WidgetLayout} and a tooltip. {@code W} is the widget's
 * own type, so that its setters chain.
 *
 * @param <W> the widget's own type
 * @since 0.4
 */
public abstract class DomWidget<W extends DomWidget<W>> extends Widget {

  DomWidget(Map<String, Object> initialState) {
    super(initialState);
  }

  @SuppressWarnings("unchecked")
  final W self() {
    return (W) this;
  }

  /** Its CSS layout, to size and place it. */
  public WidgetLayout layout() {
    return (WidgetLayout) get("layout");
  }

  /** Closes the model and the layout and style models it made for itself. */
  @Override
  public void close() {
    super.close();
    for (String owned : java.util.List.of("layout", "style")) {
      if (get(owned) instanceof Widget model) {
        model.close();
      }
    }
  }

  /** Adds a CSS class to its element (for a style sheet, or for a test to find it). */
  public W addClass(String name) {
    java.util.List<Object> classes = new java.util.ArrayList<>((java.util.List<?>) get("_dom_classes"));
    if (!classes.contains(name)) {
      classes.add(name);
      set("_dom_classes", java.util.List.copyOf(classes));
    }
    return self();
  }

  /** Sets the text shown on hovering it. */
  public W tooltip(String tooltip) {
    set("tooltip", tooltip);
    return self();
  }

  /** The description of a control, or its style; only for widgets that have them. */
  W describe(String description) {
    set("description", description);
    return self();
  }

  /** Checks that {@code json}, sent for {@code name}, is a whole number, and gives it as an int. */
  static int integer(String widget, String name, Object json) {
    if (json instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw new IllegalArgumentException(widget + "." + name + " takes a whole number; the front end sent " + describeJson(json));
  }

  /** Checks that {@code json}, sent for {@code name}, is a number, and gives it as a double. */
  static double number(String widget, String name, Object json) {
    if (json instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(widget + "." + name + " takes a number; the front end sent " + describeJson(json));
  }

  /** Checks that {@code json}, sent for {@code name}, is true or false. */
  static boolean bool(String widget, String name, Object json) {
    if (json instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(widget + "." + name + " takes true or false; the front end sent " + describeJson(json));
  }

  /** Checks that {@code json}, sent for {@code name}, is text. */
  static String text(String widget, String name, Object json) {
    if (json instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(widget + "." + name + " takes text; the front end sent " + describeJson(json));
  }

  static String describeJson(Object json) {
    return json == null ? "null" : json instanceof String s ? "\"" + s + "\"" : json.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
        + " " + json;
  }
}
