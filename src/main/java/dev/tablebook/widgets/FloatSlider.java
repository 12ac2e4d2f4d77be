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

  /** Sets the value. */
  public FloatSlider value(double value) {
    set("value", value);
    return this;
  }

  /** Sets the least value. */
  public FloatSlider min(double min) {
    set("min", min);
    return this;
  }

  /** Sets the greatest value. */
  public FloatSlider max(double max) {
    set("max", max);
    return this;
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
      case "value", "min", "max", "step" -> number("FloatSlider", name, json);
      default -> json;
    };
  }
}
