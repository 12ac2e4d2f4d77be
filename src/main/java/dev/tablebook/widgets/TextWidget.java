package dev.tablebook.widgets;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A control whose value is text typed by the user ({@link Text}, {@link Textarea}).
 *
 * @param <W> the widget's own type
 * @since 0.4
 */
public abstract class TextWidget<W extends TextWidget<W>> extends DescriptionWidget<W> {

  TextWidget(String name, String... moreProperties) {
    super(initial(name, moreProperties));
  }

  private static Map<String, Object> initial(String name, String... moreProperties) {
    Map<String, Object> state = Models.described(name, "TextStyle", "background", "description_width", "font_size",
        "text_color");
    state.put("continuous_update", true);
    state.put("disabled", false);
    state.put("placeholder", "\u200b");
    state.put("value", "");
    for (String property : moreProperties) {
      state.put(property, null);
    }
    return state;
  }

  /** The text. */
  public String value() {
    return (String) get("value");
  }

  /** Sets the text. */
  public W value(String value) {
    set("value", value);
    return self();
  }

  /** Sets the grey text shown while it is empty. */
  public W placeholder(String placeholder) {
    set("placeholder", placeholder);
    return self();
  }

  /** Sets whether each key press is sent (true) or only when the box loses focus or Enter is pressed. */
  public W continuousUpdate(boolean continuous) {
    set("continuous_update", continuous);
    return self();
  }

  /** Calls {@code action} with the text after each change. */
  public W onChange(Consumer<String> action) {
    observe("value", change -> action.accept((String) change.newValue()));
    return self();
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    return name.equals("value") ? text(getClass().getSimpleName(), name, json) : json;
  }
}
