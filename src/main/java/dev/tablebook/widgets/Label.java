package dev.tablebook.widgets;

import java.util.Map;

/**
 * A line of plain text updated in place ({@code LabelModel}).
 *
 * @since 0.4
 */
public final class Label extends DescriptionWidget<Label> {

  /** A label showing {@code text}. */
  public Label(String text) {
    super(initial(text));
  }

  /** An empty label. */
  public Label() {
    this("");
  }

  private static Map<String, Object> initial(String text) {
    Map<String, Object> state = Models.described("Label", "LabelStyle", "background", "description_width",
        "font_family", "font_size", "font_style", "font_variant", "font_weight", "text_color", "text_decoration");
    state.put("placeholder", "\u200b");
    state.put("value", text);
    return state;
  }

  /** The text shown. */
  public String value() {
    return (String) get("value");
  }

  /** Replaces the text shown. */
  public Label value(String text) {
    set("value", text);
    return this;
  }
}
