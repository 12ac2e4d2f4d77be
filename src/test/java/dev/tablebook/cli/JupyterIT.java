package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel driven by the real Jupyter client ({@link Jupyter}): the conformance suite,
 * a restart, and nbconvert executing notebooks.
 */
class JupyterIT {
  @TempDir static Path jupyterDir;
  private static Jupyter jupyter;

  @BeforeAll
  static void installKernel() throws Exception {
    jupyter = Jupyter.install(jupyterDir);
  }

  @Test
  void theJupyterKernelConformanceSuitePasses() throws Exception {
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_kernel");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_execute_result") && result.output().contains("OK"), result.output());
  }

  /** src/test/python/test_debugger.py: the debugger protocol's variable explorer, cell files and refusals, through jupyter_client. */
  @Test
  void theDebuggerProtocolAnswersTheVariableExplorer() throws Exception {
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_debugger");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_the_variable_explorer_shows_types_values_and_what_is_inside") && result.output().contains("OK"),
        result.output());
  }

  /** src/test/python/test_restart.py: shutdown_reply then a prompt exit of its own (code 0), a new process, no old variables. */
  @Test
  void aRestartIsAFreshProcessAndTheOldOneExitsByItself() throws Exception {
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_restart");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_restart_kernel_gives_a_fresh_process") && result.output().contains("OK"),
        result.output());
  }

  @Test
  void nbconvertExecutesNotebooksThroughTheInstalledKernel(@TempDir Path out) throws Exception {
    List<Path> notebooks = new ArrayList<>(List.of(Path.of("src/test/notebooks/protocol.ipynb")));
    if (Files.isDirectory(Path.of("notebooks"))) {
      try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
        files.filter(f -> f.toString().endsWith(".ipynb")).sorted().forEach(notebooks::add);
      }
    }
    for (Path notebook : notebooks) {
      Jupyter.Result result = jupyter.execute(Path.of("."), notebook, out);
      assertEquals(0, result.exit(), notebook + ":\n" + result.output());
    }
    JsonNode executed = new ObjectMapper().readTree(out.resolve("protocol.ipynb").toFile());
    StringBuilder all = new StringBuilder();
    executed.path("cells").forEach(cell -> all.append(cell.path("outputs")));
    String outputs = all.toString();
    assertTrue(outputs.contains("hello from Java"), outputs);
    assertTrue(outputs.contains("\"text/plain\":\"42\"") || outputs.contains("\"text/plain\":[\"42\"]"), outputs);
    assertTrue(outputs.contains("<table class=\\\"tablebook\\\">"), "the crude-oil table as HTML");
    assertTrue(outputs.contains("kept") && !outputs.contains("gone"), "clearOutput(true) cleared the first line");
  }
}
