package dev.tablebook.engine.output;

import dev.tablebook.display.DisplaySink;
import dev.tablebook.display.MimeBundle;

/**
 * Everything about one cell that its output has to reach: its sink, its output budget and its
 * stream buffers. {@link OutputRoute} decides which cell's context a print or display goes to.
 */
public final class CellContext implements DisplaySink {
  private final OutputSink sink;
  private final OutputRoute route;
  private final OutputBudget budget;
  private final StreamBuffer stdout;
  private final StreamBuffer stderr;
  private volatile dev.tablebook.display.NotebookHost host;

  public CellContext(OutputSink sink, OutputRoute route, long outputLimit) {
    this.sink = sink;
    this.route = route;
    this.budget = new OutputBudget(outputLimit);
    this.stdout = new StreamBuffer("stdout", this);
    this.stderr = new StreamBuffer("stderr", this);
  }

  /** Sets what the cell's {@code eval}, {@code lineMagic} and {@code cellMagic} calls reach. */
  public void host(dev.tablebook.display.NotebookHost cellHost) {
    host = cellHost;
  }

  /** The cell's host while it runs; null after (a magic run from a thread the cell left behind is refused). */
  dev.tablebook.display.NotebookHost runningHost() {
    return isRunning() ? host : null;
  }

  /** Whether this cell is still running (else printed text is sent at once). */
  boolean isRunning() {
    return route.isRunning(this);
  }

  StreamBuffer stream(boolean error) {
    return error ? stderr : stdout;
  }

  /**
   * The cell's standard output ({@code error} false) or standard error as bytes (UTF-8), reaching the
   * notebook as they come; closing it does nothing.
   */
  public java.io.OutputStream output(boolean error) {
    return stream(error).asOutputStream();
  }

  /** Prints {@code text} on the cell's standard output. */
  public void print(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    stdout.write(bytes, 0, bytes.length);
  }

  /** Sends one output (within the cell's budget), first flushing printed text so the order is kept. */
  public synchronized void emit(Output output) {
    flush();
    send(output);
  }

  /** Sends buffered text of both streams. */
  public synchronized void flush() {
    stdout.flush();
    stderr.flush();
  }

  /** Called by the stream buffers: sends text within the cell's budget. */
  synchronized void emitText(String name, String text) {
    send(new Output.Stream(name, text));
  }

  private void send(Output output) {
    for (Output admitted : budget.admit(output)) {
      sink.accept(admitted);
    }
  }

  String readLine(String prompt, boolean password) {
    flush();
    return sink.readLine(prompt, password);
  }

  @Override
  public void display(MimeBundle bundle, String displayId) {
    emit(new Output.DisplayData(bundle, displayId));
  }

  @Override
  public void updateDisplay(String displayId, MimeBundle bundle) {
    emit(new Output.UpdateDisplayData(bundle, displayId));
  }

  @Override
  public void clearOutput(boolean wait) {
    emit(new Output.ClearOutput(wait));
  }
}
