package dev.tablebook.grid;

/**
 * Reports filter text that cannot be read: the message names the condition and what is wrong with it
 * (an unknown column and the nearest names, a value the column cannot hold, an unknown operator), in
 * words an analyst can act on.
 *
 * @since 0.4
 */
public class GridFilterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String condition;

  /** An error in {@code condition} (the text of one condition, as written) described by {@code message}. */
  public GridFilterException(String condition, String message) {
    super(message);
    this.condition = condition;
  }

  /** An error in {@code condition}: the message quotes the condition, then says {@code what} is wrong. */
  static GridFilterException in(String condition, String what) {
    return new GridFilterException(condition, "In \"" + condition + "\": " + what);
  }

  /** The condition the error is in, as written in the filter text. */
  public String condition() {
    return condition;
  }
}
