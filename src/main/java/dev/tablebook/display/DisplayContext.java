package dev.tablebook.display;

import java.util.function.Supplier;

/**
 * Which sink a display call goes to: whatever the router that the notebook engine installed says
 * (the cell that is running, or the last that ran); none outside a notebook.
 */
final class DisplayContext {
  private static volatile Supplier<DisplaySink> router = () -> null;
  /** A sink that captures this thread's output for a while, before the router's (see {@link DisplaySink#capture}). */
  private static final ThreadLocal<DisplaySink> CAPTURE = new ThreadLocal<>();

  private DisplayContext() {}

  static void route(Supplier<DisplaySink> newRouter) {
    router = newRouter;
  }

  /** The sink for a display call made now, or {@code null} outside any notebook. */
  static DisplaySink current() {
    DisplaySink captured = CAPTURE.get();
    return captured != null ? captured : router.get();
  }

  static void capture(DisplaySink sink, Runnable work) {
    DisplaySink outer = CAPTURE.get();
    CAPTURE.set(java.util.Objects.requireNonNull(sink, "sink"));
    try {
      work.run();
    } finally {
      if (outer == null) {
        CAPTURE.remove();
      } else {
        CAPTURE.set(outer);
      }
    }
  }

  static DisplaySink capturing() {
    return CAPTURE.get();
  }
}
