package dev.tablebook.widgets;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A control that picks one of a list of options (a {@link Dropdown}, {@link ToggleButtons}): the
 * front end holds the option labels and the index picked; {@link #value()} is the label.
 *
 * @param <W> the widget's own type
 * @since 0.4
 */
public abstract class SingleSelection<W extends SingleSelection<W>> extends DescriptionWidget<W> {

  SingleSelection(Map<String, Object> state, List<String> options) {
    super(withOptions(state, options));
  }

  private static Map<String, Object> withOptions(Map<String, Object> state, List<String> options) {
    state.put("_options_labels", List.copyOf(options));
    state.put("disabled", false);
    state.put("index", options.isEmpty() ? null : 0);
    return state;
  }

  /** The option labels. */
  @SuppressWarnings("unchecked")
  public List<String> options() {
    return (List<String>) get("_options_labels");
  }

  /** Replaces the options; the first is picked (none when empty). */
  public W options(List<String> options) {
    set("index", null);
    set("_options_labels", List.copyOf(options));
    set("index", options.isEmpty() ? null : 0);
    return self();
  }

  /** The index picked, or -1 when none is. */
  public int index() {
    return get("index") instanceof Number n ? n.intValue() : -1;
  }

  /** The label picked, or null when none is. */
  public String value() {
    int index = index();
    return index < 0 ? null : options().get(index);
  }

  /** Picks the option labelled {@code value}. */
  public W value(String value) {
    int index = options().indexOf(value);
    if (index < 0) {
      throw new IllegalArgumentException("\"" + value + "\" is not one of the options " + options());
    }
    set("index", index);
    return self();
  }

  /** Calls {@code action} with the label picked after each change. */
  public W onChange(Consumer<String> action) {
    observe("index", change -> action.accept(value()));
    return self();
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    if (name.equals("index")) {
      if (json == null) {
        return null;
      }
      int index = integer(getClass().getSimpleName(), name, json);
      if (index < 0 || index >= options().size()) {
        throw new IllegalArgumentException(getClass().getSimpleName() + ".index " + index + " is not an option: there are "
            + options().size());
      }
      return index;
    }
    return json;
  }

  @Override
  Object shownValue() {
    return value();
  }
}
