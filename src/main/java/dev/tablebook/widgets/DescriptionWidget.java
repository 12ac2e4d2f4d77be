package dev.tablebook.widgets;

import java.util.Map;

/**
 * A control with a description (the label beside it) and a style.
 *
 * @param <W> the widget's own type
 * @since 0.4
 */
public abstract class DescriptionWidget<W extends DescriptionWidget<W>> extends DomWidget<W> {

  DescriptionWidget(Map<String, Object> initialState) {
    super(initialState);
  }

  /** Sets the label shown beside the control. */
  public W description(String description) {
    return describe(description);
  }

  /** Its style model: description width, colours. */
  public WidgetStyle style() {
    return (WidgetStyle) get("style");
  }

  /** Sets whether the user can change it. */
  public W disabled(boolean disabled) {
    set("disabled", disabled);
    return self();
  }
}
