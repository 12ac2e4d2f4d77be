package dev.tablebook.widgets;

import java.util.List;

/**
 * Widgets side by side ({@code HBoxModel}).
 *
 * @since 0.4
 */
public final class HBox extends Box<HBox> {

  /** A row of {@code children}. */
  public HBox(List<? extends Widget> children) {
    super("HBox", children);
  }

  /** A row of {@code children}. */
  public HBox(Widget... children) {
    this(List.of(children));
  }
}
