package dev.tablebook.display;

import java.util.List;
import java.util.function.Supplier;

/**
 * The notebook helpers of IJava and JJava that are not about display, with their names and
 * signatures; statically imported in every Tablebook cell.
 *
 * <pre>{@code
 * printf("%d rows%n", table.rowCount());
 * int two = (int) eval("1 + 1");
 * List<String> added = lineMagic("jars", List.of("lib/*.jar"));   // the same as: = %jars lib/*.jar
 * cellMagic("loadFromPOM", List.of(), "<dependency>...</dependency>");
 * }</pre>
 *
 * @since 0.2
 */
public final class Notebook {
  private static volatile Supplier<NotebookHost> router = () -> null;

  private Notebook() {}

  static void route(Supplier<NotebookHost> newRouter) {
    router = newRouter;
  }

  /** Prints formatted text on the cell's standard output, as {@code System.out.printf} does. */
  public static void printf(String format, Object... args) {
    System.out.printf(format, args);
  }

  /** Runs {@code code} as part of this cell and returns the value of its last expression (null if none). */
  public static Object eval(String code) {
    return host("eval").eval(code);
  }

  /** Runs the line magic {@code %name args...} and returns its value (the jars {@code %jars} added, say). */
  @SuppressWarnings("unchecked")
  public static <T> T lineMagic(String name, List<String> args) {
    return (T) host("lineMagic").lineMagic(name, args);
  }

  /** Runs the cell magic {@code %%name args...} with {@code body} as the rest of the cell; returns its value. */
  @SuppressWarnings("unchecked")
  public static <T> T cellMagic(String name, List<String> args, String body) {
    return (T) host("cellMagic").cellMagic(name, args, body);
  }

  static NotebookHost host(String helper) {
    NotebookHost host = router.get();
    if (host == null) {
      throw new IllegalStateException(helper + "(...) works only in a notebook cell, while it runs");
    }
    return host;
  }
}
