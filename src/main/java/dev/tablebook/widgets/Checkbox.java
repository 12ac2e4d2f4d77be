package dev.tablebook.widgets;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A check box ({@code CheckboxModel}).
 *
 * @since 0.4
 */
public final class Checkbox extends DescriptionWidget<Checkbox> {

  /** An unticked check box. */
  public Checkbox() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("Checkbox", "CheckboxStyle", "background", "description_width");
    state.put("disabled", false);
    state.put("indent", true);
    state.put("value", false);
    return state;
  }

  /** Whether it is ticked. */
  public boolean value() {
    return (Boolean) get("value");
  }

  /** Ticks it or not. */
  public Checkbox value(boolean value) {
    set("value", value);
    return this;
  }

  /** Calls {@code action} with whether it is ticked after each change. */
  public Checkbox onChange(Consumer<Boolean> action) {
    observe("value", change -> action.accept((Boolean) change.newValue()));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    return name.equals("value") ? bool("Checkbox", name, json) : json;
  }
}
