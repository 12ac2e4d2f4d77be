package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook whose JVM died (here: halted through reflection, which no rewriting of exit calls can
 * see) is a failure of {@code run} and {@code verify}, whatever errors are allowed: {@code --allow-errors}
 * allows errors in cells, never a dead notebook.
 */
class DeadNotebookTest {
  private static final String HALT = "Class.forName(\"java.lang.Runtime\").getMethod(\"halt\", int.class)"
      + ".invoke(Runtime.getRuntime(), 3);";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path notebook(Path dir, String name, String... code) throws Exception {
    return CodeNotebooks.write(dir, name, java.util.List.of(), code);
  }

  @Test
  void runWithAllowErrorsFailsANotebookWhoseJvmDied(@TempDir Path dir) throws Exception {
    Path dies = notebook(dir, "dies.ipynb", "int before = 1;", "int bad = 1 / 0;", HALT, "before");
    assertEquals(1, run("run", dies.toString(), "--allow-errors", "--out", dir.resolve("out").toString()), out + "\n" + err);
    String text = Files.readString(dir.resolve("out").resolve("dies.ipynb"));
    assertTrue(text.contains("**Execution failed in cell 3**"), "the banner names the cell that was running: " + text);
    assertTrue(text.contains("DeadKernelError"), text);
    assertTrue(err.toString().contains("dies.ipynb: the notebook's JVM died while cell 3 ran"), err.toString());
    assertTrue(err.toString().contains("exit code 3"), "it says how it died: " + err);
    assertFalse(out.toString().contains("cells run, written to"), "no success line: " + out);
    assertTrue(out.toString().contains("dies.ipynb: the notebook's JVM died"), out.toString());
  }

  @Test
  void runWithAllowErrorsStillSucceedsWhenOnlyCellsFailed(@TempDir Path dir) throws Exception {
    Path fails = notebook(dir, "fails.ipynb", "int bad = 1 / 0;", "2 + 2");
    assertEquals(0, run("run", fails.toString(), "--allow-errors", "--out", dir.resolve("out").toString()), out + "\n" + err);
    assertTrue(out.toString().contains("fails.ipynb: 2 cells run (1 failed, errors allowed)"), out.toString());
  }

  @Test
  void verifyFailsANotebookWhoseJvmDiedEvenWhenTheCommittedOutputsSayTheSame(@TempDir Path dir) throws Exception {
    Path dies = notebook(dir, "dies.ipynb", "int before = 1;", HALT, "before");
    run("run", dies.toString(), "--in-place", "--allow-errors"); // commits what a dead run gives
    assertTrue(Files.readString(dies).contains("DeadKernelError"));
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    Path junit = dir.resolve("verify.xml");
    assertEquals(1, run("verify", dies.toString(), "--junit", junit.toString()), out + "\n" + err);
    assertTrue(err.toString().contains("dies.ipynb: the notebook's JVM died while cell 2 ran"), err.toString());
    String xml = Files.readString(junit);
    assertTrue(xml.contains("errors=\"1\""), xml);
    assertTrue(xml.contains("<error message=\"the notebook&apos;s JVM died\"") || xml.contains("<error message=\"the notebook's JVM died\""),
        xml);
    assertTrue(xml.contains("not run"), "the cell after it did not run: " + xml);
  }
}
