package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark Connect for real: a Spark Connect server on loopback ({@link SparkServer}), and the kernel
 * driven by the real Jupyter client against it (src/test/python/test_spark.py), over the data package
 * exported to Parquet by {@code tablebook datasets export}; then the guide's Spark page (notebooks/guide/spark/04-spark.ipynb) through {@code tablebook run}.
 */
class SparkConnectIT {
  @TempDir static Path dir;
  static SparkServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = SparkServer.start(dir);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theRealClientUsesSparkThroughTheKernel() throws Exception {
    Path parquet = dir.resolve("parquet");
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "datasets", "export", parquet.toString()),
        err.toString());
    Jupyter jupyter = Jupyter.install(dir.resolve("jupyter"));
    Jupyter.Result result = jupyter.run(Map.of("SPARK_URL", server.url(), "PARQUET_DIR", parquet.toString()), Path.of("src/test/python"),
        Jupyter.PYTHON, "-m", "unittest", "-v", "test_spark");
    assertEquals(0, result.exit(), result.output() + "\nthe server's log:\n" + tail(server.logText()));
    assertTrue(result.output().contains("test_4_an_interrupted_long_job_is_cancelled_and_the_next_cell_works") && result.output().contains("\nOK"),
        result.output());
  }

  @Test
  void theSparkNotebookRunsAgainstTheServer() throws Exception {
    Path parquet = dir.resolve("parquet-for-notebook");
    assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "datasets", "export", parquet.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The guide's Spark page; the executed copy stays in target/spark-connect/ (its outputs are the page's, once the
    // injected-parameters cell, which names this test's port and temp folder, is taken out).
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "run", "notebooks/guide/spark/04-spark.ipynb",
        "-p", "url", server.url(), "-p", "parquet", parquet.toString(), "--out", "target/spark-connect");
    assertEquals(0, exit, out + "\n" + err + "\nthe server's log:\n" + tail(server.logText()));
    assertTrue(out.toString().contains("10 cells run"), out.toString()); // 9, and the parameters -p injects
  }

  private static String tail(String log) {
    return log.length() > 8000 ? log.substring(log.length() - 8000) : log;
  }
}
