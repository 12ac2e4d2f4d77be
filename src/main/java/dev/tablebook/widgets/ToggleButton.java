package dev.tablebook.widgets;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A button that stays pressed or not ({@code ToggleButtonModel}).
 *
 * @since 0.4
 */
public final class ToggleButton extends DescriptionWidget<ToggleButton> {

  /** A button, not pressed. */
  public ToggleButton() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("ToggleButton", "ToggleButtonStyle", "description_width",
        "font_family", "font_size", "font_style", "font_variant", "font_weight", "text_color", "text_decoration");
    state.put("button_style", "");
    state.put("disabled", false);
    state.put("icon", "");
    state.put("value", false);
    return state;
  }

  /** Whether it is pressed. */
  public boolean value() {
    return (Boolean) get("value");
  }

  /** Presses it or not. */
  public ToggleButton value(boolean value) {
    set("value", value);
    return this;
  }

  /** Sets a Font Awesome icon name, such as {@code "check"}. */
  public ToggleButton icon(String icon) {
    set("icon", icon);
    return this;
  }

  /** Calls {@code action} with whether it is pressed after each change. */
  public ToggleButton onChange(Consumer<Boolean> action) {
    observe("value", change -> action.accept((Boolean) change.newValue()));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    return name.equals("value") ? bool("ToggleButton", name, json) : json;
  }
}
