package dev.tablebook.widgets;

/**
 * A text box of several lines ({@code TextareaModel}).
 *
 * @since 0.4
 */
public final class Textarea extends TextWidget<Textarea> {

  /** An empty text area. */
  public Textarea() {
    super("Textarea", "rows");
  }

  /** Sets how many lines it shows. */
  public Textarea rows(int rows) {
    set("rows", rows);
    return this;
  }
}
