package dev.tablebook.display;

/**
 * Which sink a thread's display calls go to: the one bound to the thread (inherited by the threads
 * it starts), else the one bound last anywhere, so output from pool threads still reaches a cell.
 */
final class DisplayContext {
  private static final InheritableThreadLocal<DisplaySink> BOUND = new InheritableThreadLocal<>();
  private static volatile DisplaySink lastBound;

  private DisplayContext() {}

  static DisplaySink.Binding bind(DisplaySink sink) {
    DisplaySink previous = BOUND.get();
    DisplaySink previousLast = lastBound;
    BOUND.set(sink);
    lastBound = sink;
    return () -> {
      BOUND.set(previous);
      lastBound = previousLast;
    };
  }

  /** The sink for the calling thread, or {@code null} outside any cell. */
  static DisplaySink current() {
    DisplaySink sink = BOUND.get();
    return sink != null ? sink : lastBound;
  }
}
