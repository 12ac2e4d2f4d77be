package dev.tablebook.display;

/**
 * Where {@link Display}'s calls go while a cell runs: the engine implements it and turns the calls
 * into {@code display_data}, {@code update_display_data} and {@code clear_output} outputs.
 *
 * @since 0.1
 */
public interface DisplaySink {

  /** Shows {@code bundle} as a new output that can later be updated through {@code displayId}. */
  void display(MimeBundle bundle, String displayId);

  /** Replaces what an earlier display with {@code displayId} shows, wherever it is. */
  void updateDisplay(String displayId, MimeBundle bundle);

  /** Clears the cell's output; with {@code wait}, only when the next output arrives. */
  void clearOutput(boolean wait);

  /**
   * Sets how display calls find their sink: {@code router} gives the sink for a call made now on the
   * calling thread, or {@code null} when no notebook cell should receive it (the call then prints the
   * text form). The notebook engine sets it; a kernel that embeds the toolkit may set its own.
   */
  static void route(java.util.function.Supplier<DisplaySink> router) {
    DisplayContext.route(router);
  }
}
