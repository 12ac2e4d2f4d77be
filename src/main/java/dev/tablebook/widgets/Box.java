package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;

/**
 * Widgets laid out in a row ({@link HBox}) or a column ({@link VBox}).
 *
 * @param <W> the widget's own type
 * @since 0.4
 */
public abstract class Box<W extends Box<W>> extends DomWidget<W> {

  Box(String name, List<? extends Widget> children) {
    super(initial(name, children));
  }

  private static Map<String, Object> initial(String name, List<? extends Widget> children) {
    Map<String, Object> state = Models.control(name);
    state.put("box_style", "");
    state.put("children", List.copyOf(children));
    return state;
  }

  /** The widgets inside. */
  @SuppressWarnings("unchecked")
  public List<Widget> children() {
    return (List<Widget>) get("children");
  }

  /** Replaces the widgets inside. */
  public W children(List<? extends Widget> children) {
    set("children", List.copyOf(children));
    return self();
  }

  /** {@code VBox(IntSlider(value=3), Label(value='x'))}: the box and what it holds. */
  @Override
  public String toString() {
    java.util.StringJoiner text = new java.util.StringJoiner(", ", getClass().getSimpleName() + "(", ")");
    children().forEach(child -> text.add(child.toString()));
    return text.toString();
  }

  @Override
  protected String fallbackHtml() {
    StringBuilder html = new StringBuilder();
    for (Widget child : children()) {
      String inner = child.fallbackHtml();
      if (inner != null) {
        html.append("<div>").append(inner).append("</div>");
      }
    }
    return html.length() == 0 ? null : html.toString();
  }
}
