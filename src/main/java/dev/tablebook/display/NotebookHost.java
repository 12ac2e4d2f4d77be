package dev.tablebook.display;

import java.util.List;
import java.util.function.Supplier;

/**
 * The notebook session a running cell belongs to, as {@link Notebook}'s helpers reach it: run more
 * code, run a magic. The notebook engine implements it; every call fails with a
 * {@link NotebookException} that reads as the cell's error would.
 *
 * @since 0.2
 */
public interface NotebookHost {

  /** Runs {@code code} as part of the running cell and returns the value of its last expression (or null). */
  Object eval(String code);

  /** Runs the line magic {@code %name args} and returns its value (or null). */
  Object lineMagic(String name, List<String> args);

  /** Runs the cell magic {@code %%name args} with {@code body} and returns its value (or null). */
  Object cellMagic(String name, List<String> args, String body);

  /** The value a magic left for the session variable {@code name} ({@link BoundValues}), taken once. */
  Object boundValue(String name);

  /**
   * Sets how {@link Notebook}'s helpers find their host: {@code router} gives the host of the cell
   * running on the calling thread, or {@code null} outside a running cell.
   */
  static void route(Supplier<NotebookHost> router) {
    Notebook.route(router);
  }
}
