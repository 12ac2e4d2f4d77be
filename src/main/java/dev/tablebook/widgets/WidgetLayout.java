package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;

/**
 * The CSS layout of a widget ({@code LayoutModel}): width, height, margins, flex and grid placement.
 * Every widget has one: {@code slider.layout().width("300px")}. Properties are CSS values as text;
 * null leaves the front end's default.
 *
 * @since 0.4
 */
public final class WidgetLayout extends Widget {
  static final List<String> PROPERTIES = List.of("align_content", "align_items", "align_self", "border_bottom",
      "border_left", "border_right", "border_top", "bottom", "display", "flex", "flex_flow", "grid_area",
      "grid_auto_columns", "grid_auto_flow", "grid_auto_rows", "grid_column", "grid_gap", "grid_row",
      "grid_template_areas", "grid_template_columns", "grid_template_rows", "height", "justify_content",
      "justify_items", "left", "margin", "max_height", "max_width", "min_height", "min_width", "object_fit",
      "object_position", "order", "overflow", "padding", "right", "top", "visibility", "width");

  WidgetLayout() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.model(Models.BASE, Models.VERSION_2, "LayoutModel", Models.BASE, Models.VERSION_2, "LayoutView");
    PROPERTIES.forEach(name -> state.put(name, null));
    return state;
  }

  /** Sets the CSS property {@code name} (with underscores: {@code max_width}); null resets it. */
  public WidgetLayout css(String name, String value) {
    set(name, value);
    return this;
  }

  /** Sets the CSS width, such as {@code "300px"} or {@code "100%"}. */
  public WidgetLayout width(String width) {
    return css("width", width);
  }

  /** Sets the CSS height. */
  public WidgetLayout height(String height) {
    return css("height", height);
  }

  /** Sets the CSS margin. */
  public WidgetLayout margin(String margin) {
    return css("margin", margin);
  }
}
