package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private Jupyter for integration tests: its own data and runtime folders, the kernel installed
 * there from the packaged jar, and commands run with that environment (Debian's python3-jupyter-client,
 * python3-jupyter-kernel-test, python3-nbclient and jupyter-nbconvert; .ci/run installs them).
 */
final class Jupyter {
  static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  static final String PYTHON = "/usr/bin/python3";
  /** The java of the JVM running the tests: the kernel and the jar run on the Java under test. */
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** A finished command: its exit code and its output (stdout and stderr together). */
  record Result(int exit, String output) {}

  private final Path dir;

  private Jupyter(Path dir) {
    this.dir = dir;
  }

  /** Checks that the Jupyter client is installed, and installs the kernel into {@code dir}; its JVM gets {@code jvmOptions}. */
  static Jupyter install(Path dir, String... jvmOptions) throws IOException, InterruptedException {
    Jupyter jupyter = new Jupyter(dir);
    Result check = jupyter.run(Path.of("."), PYTHON, "-c", "import jupyter_client, jupyter_kernel_test, nbconvert");
    assertEquals(0, check.exit(), "the Jupyter client is missing; install Debian's python3-jupyter-client "
        + "python3-jupyter-kernel-test python3-nbclient jupyter-nbconvert (.ci/run does):\n" + check.output());
    List<String> install = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "install", "--user"));
    for (String option : jvmOptions) {
      install.add("--jvm-opt=" + option);
    }
    Result installed = jupyter.run(Path.of("."), install.toArray(String[]::new));
    assertEquals(0, installed.exit(), installed.output());
    assertTrue(Files.isRegularFile(dir.resolve("kernels/tablebook/kernel.json")), installed.output());
    return jupyter;
  }

  /** Executes {@code notebook} through the installed kernel with nbconvert, writing the executed copy into {@code outputDir}. */
  Result execute(Path workingDir, Path notebook, Path outputDir, String... options) throws IOException, InterruptedException {
    return execute(workingDir, List.of(notebook.toString()), outputDir, options);
  }

  /** As {@link #execute(Path, Path, Path, String...)}, for several notebooks, one after the other in one nbconvert. */
  Result execute(Path workingDir, List<String> notebooks, Path outputDir, String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.kernel_name=tablebook", "--output-dir", outputDir.toString()));
    command.addAll(List.of(options));
    command.addAll(notebooks);
    return run(workingDir, command.toArray(String[]::new));
  }

  /** Runs {@code command} in {@code workingDir} with this Jupyter's environment; ten minutes at most. */
  Result run(Path workingDir, String... command) throws IOException, InterruptedException {
    return run(Map.of(), workingDir, command);
  }

  /** The same, with {@code extraEnvironment} too. */
  Result run(Map<String, String> extraEnvironment, Path workingDir, String... command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("jupyter-it", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.put("JUPYTER_DATA_DIR", dir.toString());
    env.put("JUPYTER_PATH", dir.toString());
    env.put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
    env.put("JUPYTER_PLATFORM_DIRS", "1");
    env.putAll(extraEnvironment);
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    return new Result(process.exitValue(), text);
  }
}
