package dev.tablebook.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds widget layouts and live views: the entry to this package.
 *
 * <pre>{@code
 * var year = new IntSlider().min(2018).max(2024).value(2024).description("Year");
 * var flow = new Dropdown("exports", "imports").description("Flow");
 * Widgets.interact(() -> chartOf(year.value(), flow.value()), year, flow)   // redrawn on every change
 * }</pre>
 *
 * @since 0.4
 */
public final class Widgets {
  private Widgets() { }

  /**
   * The {@code controls} above an {@link Output} that shows what {@code function} returns (a table, a
   * chart, text; nothing for null), computed now and again after each change of a control's value. What
   * the function prints or displays goes into the output too; what it throws is shown there, and the
   * next change tries again.
   */
  public static VBox interact(Supplier<?> function, Widget... controls) {
    Output output = new Output();
    Runnable redraw = () -> {
      try {
        output.captureReplacing(() -> {
          Object result = function.get();
          if (result != null) {
            dev.tablebook.display.Display.display(result); // into the capture, shown with what the function displayed
          }
        });
      } catch (RuntimeException | Error e) {
        // shown in the output by capture; the controls stay usable
      }
    };
    for (Widget control : controls) {
      control.observe("value", change -> redraw.run());
      control.observe("index", change -> redraw.run());
    }
    redraw.run();
    List<Widget> children = new ArrayList<>(List.of(controls));
    children.add(output);
    return new VBox(children);
  }

  /** {@code children} side by side. */
  public static HBox hbox(Widget... children) {
    return new HBox(children);
  }

  /** {@code children} one above the other. */
  public static VBox vbox(Widget... children) {
    return new VBox(children);
  }
}
