package dev.tablebook.engine;

import dev.tablebook.display.DisplaySink;
import dev.tablebook.display.MimeBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything about the cell that is running now that output has to reach: its sink, its output
 * budget and its stream buffers. Bound to the cell's thread and the threads it starts.
 */
final class CellContext implements DisplaySink {
  private static final InheritableThreadLocal<CellContext> BOUND = new InheritableThreadLocal<>();
  private static volatile CellContext lastBound;
  private static final Set<CellContext> ACTIVE = ConcurrentHashMap.newKeySet();
  private static final long FLUSH_INTERVAL_MS = 50;

  static {
    ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(run -> {
      Thread thread = new Thread(run, "tablebook-output-flusher");
      thread.setDaemon(true);
      return thread;
    });
    // Printed text reaches the front end within this interval even without a line break.
    flusher.scheduleWithFixedDelay(() -> ACTIVE.forEach(CellContext::flush),
        FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  private final OutputSink sink;
  private final long outputLimit;
  private final StreamBuffer stdout;
  private final StreamBuffer stderr;
  private final AtomicBoolean truncated = new AtomicBoolean();
  private long printed;

  CellContext(OutputSink sink, long outputLimit) {
    this.sink = sink;
    this.outputLimit = outputLimit;
    this.stdout = new StreamBuffer("stdout", this);
    this.stderr = new StreamBuffer("stderr", this);
  }

  /** The context of the calling thread's cell, or {@code null} outside cells. */
  static CellContext current() {
    CellContext context = BOUND.get();
    return context != null ? context : lastBound;
  }

  /** Makes this the current context of the calling thread (and the fallback) until closed. */
  DisplaySink.Binding bind() {
    CellContext previous = BOUND.get();
    BOUND.set(this);
    lastBound = this;
    DisplaySink.Binding display = DisplaySink.bind(this);
    ACTIVE.add(this);
    return () -> {
      ACTIVE.remove(this);
      flush();
      display.close();
      BOUND.set(previous);
      lastBound = null;
    };
  }

  /** Whether the cell is still running (its printed text is flushed periodically). */
  boolean isActive() {
    return ACTIVE.contains(this);
  }

  StreamBuffer stream(boolean error) {
    return error ? stderr : stdout;
  }

  /** Sends one output, first flushing printed text so the order is kept. */
  synchronized void emit(Output output) {
    flush();
    sink.accept(output);
  }

  /** Sends buffered text of both streams. */
  synchronized void flush() {
    stdout.flush();
    stderr.flush();
  }

  /** Called by the stream buffers: sends text unless the cell's output budget is spent. */
  synchronized void emitText(String name, String text) {
    if (truncated.get()) {
      return;
    }
    long bytes = text.length();
    if (printed + bytes > outputLimit) {
      int room = (int) Math.max(0, outputLimit - printed);
      if (room > 0) {
        sink.accept(new Output.Stream(name, text.substring(0, room)));
      }
      truncated.set(true);
      sink.accept(new Output.Stream("stderr", "\n[output cut: this cell printed more than "
          + outputLimit / 1024 + " KiB; the rest is dropped, the cell goes on]\n"));
      return;
    }
    printed += bytes;
    sink.accept(new Output.Stream(name, text));
  }

  /** Prints text on a stream after what the cell printed so far. */
  synchronized void print(String name, String text) {
    flush();
    emitText(name, text);
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
