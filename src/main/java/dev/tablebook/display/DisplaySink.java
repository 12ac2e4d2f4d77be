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
   * Binds {@code sink} to the calling thread and the threads it starts (and, as a fallback, to
   * threads that have none) until the returned handle is closed.
   */
  static Binding bind(DisplaySink sink) {
    return DisplayContext.bind(sink);
  }

  /** Undoes a {@link #bind}. */
  interface Binding extends AutoCloseable {
    @Override
    void close();
  }
}
