package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A push button ({@code ButtonModel}); a click reaches {@link #onClick} in the kernel.
 *
 * <pre>{@code
 * var refresh = new Button("Refresh").onClick(b -> out.display(table));
 * }</pre>
 *
 * @since 0.4
 */
public final class Button extends DomWidget<Button> {
  private final List<Consumer<Button>> onClick = new CopyOnWriteArrayList<>();

  /** A button labelled {@code description}. */
  public Button(String description) {
    super(initial(description));
  }

  /** A button with no label. */
  public Button() {
    this("");
  }

  private static Map<String, Object> initial(String description) {
    Map<String, Object> state = Models.control("Button");
    state.put("button_style", "");
    state.put("description", description);
    state.put("disabled", false);
    state.put("icon", "");
    state.put("style", new WidgetStyle("ButtonStyle", "button_color", "font_family", "font_size", "font_style",
        "font_variant", "font_weight", "text_color", "text_decoration"));
    return state;
  }

  /** Sets the label. */
  public Button description(String description) {
    return describe(description);
  }

  /** Sets whether it can be clicked. */
  public Button disabled(boolean disabled) {
    set("disabled", disabled);
    return this;
  }

  /** Sets its look: {@code "primary"}, {@code "success"}, {@code "info"}, {@code "warning"}, {@code "danger"} or {@code ""}. */
  public Button buttonStyle(String style) {
    set("button_style", style);
    return this;
  }

  /** Sets a Font Awesome icon name, such as {@code "refresh"}. */
  public Button icon(String icon) {
    set("icon", icon);
    return this;
  }

  /** Its style model (button colour, font). */
  public WidgetStyle style() {
    return (WidgetStyle) get("style");
  }

  /** Calls {@code action} for each click. */
  public Button onClick(Consumer<Button> action) {
    onClick.add(Objects.requireNonNull(action, "action"));
    return this;
  }

  /** Clicks it from the kernel: the click actions run now. */
  public void click() {
    onClick.forEach(action -> action.accept(this));
  }

  @Override
  protected void onCustom(Map<String, Object> content) {
    if ("click".equals(content.get("event"))) {
      click();
    }
  }
}
