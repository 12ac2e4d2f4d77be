package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;

/**
 * A row of buttons of which one is pressed ({@code ToggleButtonsModel}).
 *
 * @since 0.4
 */
public final class ToggleButtons extends SingleSelection<ToggleButtons> {

  /** Buttons for {@code options}, the first pressed. */
  public ToggleButtons(List<String> options) {
    super(initial(), options);
  }

  /** Buttons for {@code options}, the first pressed. */
  public ToggleButtons(String... options) {
    this(List.of(options));
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("ToggleButtons", "ToggleButtonsStyle", "button_width=",
        "description_width", "font_weight=");
    state.put("button_style", "");
    state.put("icons", List.of());
    state.put("tooltips", List.of());
    return state;
  }
}
