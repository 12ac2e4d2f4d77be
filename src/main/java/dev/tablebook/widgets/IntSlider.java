package dev.tablebook.widgets;

import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A slider over whole numbers ({@code IntSliderModel}), 0 to 100 by default.
 *
 * <pre>{@code
 * var year = new IntSlider().min(2018).max(2024).value(2024).description("Year");
 * year.onChange(y -> ...);
 * }</pre>
 *
 * @since 0.4
 */
public final class IntSlider extends DescriptionWidget<IntSlider> {

  /** A slider from 0 to 100 at 0. */
  public IntSlider() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("IntSlider", "SliderStyle", "description_width", "handle_color");
    state.put("behavior", "drag-tap");
    state.put("continuous_update", true);
    state.put("disabled", false);
    state.put("max", 100);
    state.put("min", 0);
    state.put("orientation", "horizontal");
    state.put("readout", true);
    state.put("readout_format", "d");
    state.put("step", 1);
    state.put("value", 0);
    return state;
  }

  /** The value. */
  public int value() {
    return ((Number) get("value")).intValue();
  }

  /** Sets the value, kept within min and max (as ipywidgets keeps it). */
  public IntSlider value(int value) {
    set("value", Math.max(min(), Math.min(max(), value)));
    return this;
  }

  /** The least value. */
  public int min() {
    return ((Number) get("min")).intValue();
  }

  /** The greatest value. */
  public int max() {
    return ((Number) get("max")).intValue();
  }

  /** Sets the least value; the greatest and the value move up to it if they were below. */
  public IntSlider min(int min) {
    if (min > max()) {
      set("max", min);
    }
    set("min", min);
    return value(value());
  }

  /** Sets the greatest value; the least and the value move down to it if they were above. */
  public IntSlider max(int max) {
    if (max < min()) {
      set("min", max);
    }
    set("max", max);
    return value(value());
  }

  /** Sets the step between values. */
  public IntSlider step(int step) {
    set("step", step);
    return this;
  }

  /** Sets whether the value is sent while dragging (true) or on release. */
  public IntSlider continuousUpdate(boolean continuous) {
    set("continuous_update", continuous);
    return this;
  }

  /** Calls {@code action} with the new value after each change. */
  public IntSlider onChange(IntConsumer action) {
    observe("value", change -> action.accept(((Number) change.newValue()).intValue()));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    return switch (name) {
      case "value" -> Math.max(min(), Math.min(max(), integer("IntSlider", name, json)));
      case "min", "max", "step" -> integer("IntSlider", name, json);
      default -> json;
    };
  }
}
