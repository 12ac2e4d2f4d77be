package dev.tablebook.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A list box in which several options can be picked ({@code SelectMultipleModel}).
 *
 * @since 0.4
 */
public final class SelectMultiple extends DescriptionWidget<SelectMultiple> {

  /** A list box over {@code options}, none picked. */
  public SelectMultiple(List<String> options) {
    super(initial(options));
  }

  private static Map<String, Object> initial(List<String> options) {
    Map<String, Object> state = Models.described("SelectMultiple", "DescriptionStyle", "description_width");
    state.put("_options_labels", List.copyOf(options));
    state.put("disabled", false);
    state.put("index", List.of());
    state.put("rows", 5);
    return state;
  }

  /** The option labels. */
  @SuppressWarnings("unchecked")
  public List<String> options() {
    return (List<String>) get("_options_labels");
  }

  /** The labels picked, in the order they were picked in. */
  @SuppressWarnings("unchecked")
  public List<String> value() {
    List<String> picked = new ArrayList<>();
    List<String> options = options();
    for (Object index : (List<Object>) get("index")) {
      picked.add(options.get(((Number) index).intValue()));
    }
    return picked;
  }

  /** Picks the options labelled {@code values}. */
  public SelectMultiple value(List<String> values) {
    List<Integer> indexes = new ArrayList<>();
    for (String value : values) {
      int index = options().indexOf(value);
      if (index < 0) {
        throw new IllegalArgumentException("\"" + value + "\" is not one of the options " + options());
      }
      indexes.add(index);
    }
    set("index", List.copyOf(indexes));
    return this;
  }

  /** Sets how many rows the list box shows. */
  public SelectMultiple rows(int rows) {
    set("rows", rows);
    return this;
  }

  /** Calls {@code action} with the labels picked after each change. */
  public SelectMultiple onChange(Consumer<List<String>> action) {
    observe("index", change -> action.accept(value()));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    if (!name.equals("index")) {
      return json;
    }
    if (!(json instanceof List<?> list)) {
      throw new IllegalArgumentException("SelectMultiple.index takes a list of option numbers; the front end sent " + describeJson(json));
    }
    List<Integer> indexes = new ArrayList<>();
    for (Object item : list) {
      int index = integer("SelectMultiple", "index", item);
      if (index < 0 || index >= options().size()) {
        throw new IllegalArgumentException("SelectMultiple.index " + index + " is not an option: there are " + options().size());
      }
      indexes.add(index);
    }
    return List.copyOf(indexes);
  }

  @Override
  Object shownValue() {
    return value();
  }
}
