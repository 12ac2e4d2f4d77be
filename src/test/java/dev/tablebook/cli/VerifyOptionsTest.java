package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} has run's execution options: a time limit (one endless cell no longer hangs CI) and parameters. */
class VerifyOptionsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path notebook(Path dir, String name, String... code) throws Exception {
    return CodeNotebooks.write(dir, name, java.util.List.of("parameters"), code);
  }

  @Test
  void verifyStopsACellPastItsTimeLimit(@TempDir Path dir) throws Exception {
    Path spins = notebook(dir, "spins.ipynb", "int rounds = 1;", "while (rounds > 0) { }");
    assertEquals(0, run("run", spins.toString(), "--in-place", "--allow-errors", "--timeout", "1"), err.toString());
    long start = System.nanoTime();
    assertEquals(0, run("verify", spins.toString(), "--timeout", "1"), err.toString() + out);
    assertTrue(System.nanoTime() - start < 60_000_000_000L, "the endless cell was stopped");
    assertTrue(out.toString().contains("2 cells compared, 0 differ"), out.toString());
  }

  @Test
  void verifyTakesTheParametersTheNotebookWasRunWith(@TempDir Path dir) throws Exception {
    Path briefing = notebook(dir, "p.ipynb", "int year = 2023;", "year * 2");
    assertEquals(0, run("run", briefing.toString(), "--in-place", "-p", "year", "2024"), err.toString());
    assertEquals(0, run("verify", briefing.toString(), "-p", "year", "2024"), err.toString());
    assertEquals(0, run("verify", briefing.toString()), "the injected parameters cell is kept, as papermill keeps it");
    assertEquals(1, run("verify", briefing.toString(), "-p", "year", "2025"), "another value gives another output");
    assertTrue(err.toString().contains("+ text/plain: 4050"), err.toString());
  }
}
