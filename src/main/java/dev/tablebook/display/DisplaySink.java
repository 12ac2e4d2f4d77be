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
   * Takes text printed on {@code stream} ({@code stdout} or {@code stderr}) while this sink
   * {@link #capture captures} a thread's output; a sink that never captures ignores it.
   *
   * @since 0.4
   */
  default void print(String stream, String text) { }

  /**
   * Runs {@code work} with the display calls and the printed text of the calling thread going to
   * {@code sink} (as an Output widget captures a callback's output), then as before.
   *
   * @since 0.4
   */
  static void capture(DisplaySink sink, Runnable work) {
    DisplayContext.capture(sink, work);
  }

  /** The sink {@link #capture capturing} the calling thread's output, or null. */
  static DisplaySink capturing() {
    return DisplayContext.capturing();
  }

  /**
   * Sets how display calls find their sink: {@code router} gives the sink for a call made now on the
   * calling thread, or {@code null} when no notebook cell should receive it (the call then prints the
   * text form). The notebook engine sets it; a kernel that embeds the toolkit may set its own.
   */
  static void route(java.util.function.Supplier<DisplaySink> router) {
    DisplayContext.route(router);
  }
}
