package dev.tablebook.engine.output;

/**
 * Receives a cell's outputs as they happen (from the cell's thread or threads it started), and
 * answers its reads from {@code System.in}.
 *
 * @since 0.1
 */
public interface OutputSink {

  /** Takes one output; called from any thread, never concurrently for one cell. */
  void accept(Output output);

  /**
   * A line of input for the cell (without the line break), or {@code null} at end of input.
   * The default has no input to give: the cell's read fails with a clear message.
   */
  default String readLine(String prompt, boolean password) {
    throw new IllegalStateException("this cell cannot read input: no input is available here");
  }
}
