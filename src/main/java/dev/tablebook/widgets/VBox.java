package dev.tablebook.widgets;

import java.util.List;

/**
 * Widgets one above the other ({@code VBoxModel}).
 *
 * @since 0.4
 */
public final class VBox extends Box<VBox> {

  /** A column of {@code children}. */
  public VBox(List<? extends Widget> children) {
    super("VBox", children);
  }

  /** A column of {@code children}. */
  public VBox(Widget... children) {
    this(List.of(children));
  }
}
