package dev.tablebook.widgets;

import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * A slider over decimal numbers ({@code FloatSliderModel}), 0 to 100 by 0.1 by default.
 *
 * @since 0.4
 */
public final class FloatSlider extends DescriptionWidget<FloatSlider> {

  /** A slider from 0 to 100 at 0, in steps of 0.1. */
  public FloatSlider() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("FloatSlider", "SliderStyle", "description_width", "handle_color");
    state.put("behavior", "drag-tap");
    state.put("continuous_update", true);
    state.put("disabled", false);
    state.put("max", 100.0);
    state.put("min", 0.0);
    state.put("orientation", "horizontal");
    state.put("readout", true);
    state.put("readout_format", ".2f");
    state.put("step", 0.1);
    state.put("value", 0.0);
    return state;
  }

  /** The value. */
  public double value() {
    return ((Number) get("value")).doubleValue();
  }

  /** Sets the value, kept within min and max (as ipywidgets keeps it). */
  public FloatSlider value(double value) {
    set("value", Math.max(min(), Math.min(max(), value)));
    return this;
  }

  /** The least value. */
  public double min() {
    return ((Number) get("min")).doubleValue();
  }

  /** The greatest value. */
  public double max() {
    return ((Number) get("max")).doubleValue();
  }

  /** Sets the least value; the greatest and the value move up to it if they were below. */
  public FloatSlider min(double min) {
    if (min > max()) {
      set("max", min);
    }
    set("min", min);
    return value(value());
  }

  /** Sets the greatest value; the least and the value move down to it if they were above. */
  public FloatSlider max(double max) {
    if (max < min()) {
      set("min", max);
    }
    set("max", max);
    return value(value());
  }

  /** Sets the step between values. */
  public FloatSlider step(double step) {
    set("step", step);
    return this;
  }

  /** Sets how the value is shown beside the slider, as a d3 format such as {@code ".1f"}. */
  public FloatSlider readoutFormat(String format) {
    set("readout_format", format);
    return this;
  }

  /** Calls {@code action} with the new value after each change. */
  public FloatSlider onChange(DoubleConsumer action) {
    observe("value", change -> action.accept(((Number) change.newValue()).doubleValue()));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    return switch (name) {
      case "value" -> Math.max(min(), Math.min(max(), number("FloatSlider", name, json)));
      case "min", "max", "step" -> number("FloatSlider", name, json);
      default -> json;
    };
  }
}
