package dev.tablebook.display;

import java.util.function.Supplier;

/**
 * Which sink a display call goes to: whatever the router that the notebook engine installed says
 * (the cell that is running, or the last that ran); none outside a notebook.
 */
final class DisplayContext {
  private static volatile Supplier<DisplaySink> router = () -> null;

  private DisplayContext() {}

  static void route(Supplier<DisplaySink> newRouter) {
    router = newRouter;
  }

  /** The sink for a display call made now, or {@code null} outside any notebook. */
  static DisplaySink current() {
    return router.get();
  }
}
