package dev.tablebook.widgets;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A one-line text box ({@code TextModel}); Enter sends a {@code submit} event.
 *
 * @since 0.4
 */
public final class Text extends TextWidget<Text> {
  private final java.util.List<Consumer<Text>> onSubmit = new CopyOnWriteArrayList<>();

  /** An empty text box. */
  public Text() {
    super("Text");
  }

  /** Calls {@code action} when the user presses Enter in the box. */
  public Text onSubmit(Consumer<Text> action) {
    onSubmit.add(Objects.requireNonNull(action, "action"));
    return this;
  }

  @Override
  protected void onCustom(Map<String, Object> content) {
    if ("submit".equals(content.get("event"))) {
      onSubmit.forEach(action -> action.accept(this));
    }
  }
}
