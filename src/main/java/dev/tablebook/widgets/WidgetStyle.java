package dev.tablebook.widgets;

import java.util.Map;

/**
 * The style of a control (its {@code ...StyleModel}): description width, colours, fonts, as the
 * control's kind allows. {@code slider.style().set("handle_color", "steelblue")}.
 *
 * @since 0.4
 */
public final class WidgetStyle extends Widget {

  WidgetStyle(String styleName, String... properties) {
    super(initial(styleName, properties));
  }

  private static Map<String, Object> initial(String styleName, String... properties) {
    Map<String, Object> state = Models.model(Models.CONTROLS, Models.VERSION_2, styleName + "Model", Models.BASE,
        Models.VERSION_2, "StyleView");
    for (String property : properties) { // "name=" starts as "", as description_width always does; "name" as null
      boolean empty = property.endsWith("=") || property.equals("description_width");
      state.put(property.endsWith("=") ? property.substring(0, property.length() - 1) : property, empty ? "" : null);
    }
    return state;
  }

  /** Sets the width of the description, such as {@code "initial"} (as wide as its text) or {@code "120px"}. */
  public WidgetStyle descriptionWidth(String width) {
    set("description_width", width);
    return this;
  }
}
