package dev.tablebook.sql;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A JVM of its own whose first SQL runs with a context class loader that sees nothing of DuckDB, as
 * a notebook cell's thread has (JDBC's DriverManager looks drivers up through it): prints the answer.
 */
final class OpenedFromACell {
  private OpenedFromACell() {}

  public static void main(String[] args) {
    Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[0], null));
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withMemoryLimit("256MB").withThreads(1))) {
      System.out.println("answer " + db.query("SELECT 42 AS a").intColumn("a").get(0));
    }
  }
}
