package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel driven by the real Jupyter client (Debian's python3-jupyter-client,
 * python3-jupyter-kernel-test, jupyter-nbconvert; .ci/run installs them): the conformance suite,
 * a restart, and nbconvert executing notebooks.
 */
class JupyterIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final String PYTHON = "/usr/bin/python3";
  @TempDir static Path jupyterDir;

  record Result(int exit, String output) {}

  @BeforeAll
  static void installKernel() throws Exception {
    Result check = run(Path.of("."), PYTHON, "-c", "import jupyter_client, jupyter_kernel_test, nbconvert");
    assertEquals(0, check.exit(), "the Jupyter client is missing; install Debian's python3-jupyter-client "
        + "python3-jupyter-kernel-test python3-nbclient jupyter-nbconvert (.ci/run does):\n" + check.output());
    Result install = run(Path.of("."), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "install", "--user");
    assertEquals(0, install.exit(), install.output());
    assertTrue(Files.isRegularFile(jupyterDir.resolve("kernels/tablebook/kernel.json")), install.output());
  }

  static Result run(Path dir, String... command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("jupyter-it", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.put("JUPYTER_DATA_DIR", jupyterDir.toString());
    env.put("JUPYTER_PATH", jupyterDir.toString());
    env.put("JUPYTER_RUNTIME_DIR", jupyterDir.resolve("runtime").toString());
    env.put("JUPYTER_PLATFORM_DIRS", "1");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    return new Result(process.exitValue(), text);
  }

  @Test
  void theJupyterKernelConformanceSuitePasses() throws Exception {
    Result result = run(Path.of("src/test/python"), PYTHON, "-m", "unittest", "-v", "test_kernel");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_execute_result") && result.output().contains("OK"), result.output());
  }

  /** src/test/python/test_restart.py: shutdown_reply then a prompt exit of its own (code 0), a new process, no old variables. */
  @Test
  void aRestartIsAFreshProcessAndTheOldOneExitsByItself() throws Exception {
    Result result = run(Path.of("src/test/python"), PYTHON, "-m", "unittest", "-v", "test_restart");
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
      Result result = run(Path.of("."), PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.kernel_name=tablebook", "--output-dir", out.toString(), notebook.toString());
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
