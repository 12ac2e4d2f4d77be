package dev.tablebook.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A Jupyter server on loopback (Debian's classic {@code jupyter-notebook}, or JupyterLab with Notebook 7 from a
 * venv), with a random token and a free port, private Jupyter folders and a notebook folder of its own;
 * {@link #close()} stops it and the kernels it started.
 */
final class NotebookServer implements AutoCloseable {
  private static final long START_SECONDS = 60;
  private static final long STOP_SECONDS = 30;

  private final Process process;
  private final Path log;
  private final int port;
  private final String token;

  private NotebookServer(Process process, Path log, int port, String token) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.token = token;
  }

  /** The environment that makes Jupyter use only {@code jupyterDir}: its kernels, config and runtime files. */
  static Map<String, String> environment(Path jupyterDir) {
    return Map.of("JUPYTER_DATA_DIR", jupyterDir.toString(), "JUPYTER_PATH", jupyterDir.toString(),
        "JUPYTER_CONFIG_DIR", jupyterDir.resolve("config").toString(),
        "JUPYTER_RUNTIME_DIR", jupyterDir.resolve("runtime").toString(), "JUPYTER_PLATFORM_DIRS", "1");
  }

  /** Starts Debian's classic server on {@code notebookDir} and returns once it says it is listening (a minute at most). */
  static NotebookServer start(Path jupyterDir, Path notebookDir, Path log) throws IOException, InterruptedException {
    return start(jupyterDir, log, (port, token) -> List.of("jupyter-notebook", "--no-browser", "--allow-root",
        "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
        "--notebook-dir=" + notebookDir));
  }

  /**
   * Starts {@code jupyter lab} of {@code venv} (made by src/test/jupyter/install-lab.sh) on {@code notebookDir}: JupyterLab
   * at /lab, Notebook 7 at /tree and /notebooks/NAME; returns once it says it is listening (a minute at most).
   */
  static NotebookServer startLab(Path venv, Path jupyterDir, Path notebookDir, Path log) throws IOException, InterruptedException {
    return start(jupyterDir, log, (port, token) -> List.of(venv.resolve("bin/jupyter").toString(), "lab", "--no-browser",
        "--allow-root", "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--IdentityProvider.token=" + token,
        "--ServerApp.root_dir=" + notebookDir, "--LabApp.extension_manager=readonly"));
  }

  private static NotebookServer start(Path jupyterDir, Path log, BiFunction<Integer, String, List<String>> command)
      throws IOException, InterruptedException {
    int port = freePort();
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    List<String> line = command.apply(port, token);
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().putAll(environment(jupyterDir));
    Process process = builder.start();
    NotebookServer server = new NotebookServer(process, log, port, token);
    CompletableFuture<Void> listening = server.copyOutputUntil("http://127.0.0.1:" + port + "/");
    try {
      listening.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      server.close();
      throw new AssertionError(line.get(0) + " did not start listening on port " + port + " within " + START_SECONDS
          + " s (" + e + "); its log:\n" + Files.readString(log, StandardCharsets.UTF_8), e);
    }
    return server;
  }

  /** Installs the packaged jar's kernel into {@code jupyterDir}, to run on the JVM running this test; its output goes to {@code log}. */
  static void installKernel(Path jupyterDir, Path log) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Jupyter.JAVA, "-jar", Jupyter.JAR.toString(), "install", "--user")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment(jupyterDir));
    Process install = builder.start();
    if (!install.waitFor(5, TimeUnit.MINUTES)) {
      install.destroyForcibly();
      throw new AssertionError("the kernel install did not finish in 5 minutes");
    }
    if (install.exitValue() != 0 || !Files.isRegularFile(jupyterDir.resolve("kernels/tablebook/kernel.json"))) {
      throw new AssertionError("the kernel install failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  /**
   * {@code folders} (notebooks/, datasets/, ...) copied into {@code dir}, their files only (the kernel finds datasets/ above
   * its notebook), and an empty Java notebook {@code scratch} in dir/notebooks; returns dir.
   */
  static Path copyOfNotebooks(Path dir, String scratch, List<String> folders) throws IOException {
    for (String folder : folders) {
      Path copy = Files.createDirectories(dir.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    Files.writeString(dir.resolve("notebooks").resolve(scratch), """
        {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ""}],
         "metadata": {"kernelspec": {"display_name": "Java (Tablebook)", "language": "java", "name": "tablebook"}},
         "nbformat": 4, "nbformat_minor": 5}
        """, StandardCharsets.UTF_8);
    return dir;
  }

  /** http://127.0.0.1:PORT, without a slash at the end. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  String token() {
    return token;
  }

  /** Everything the server has logged so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Stops the server (it shuts its kernels down on SIGTERM); what is still running after 30 s is killed. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  /** Copies the server's output into the log; the future completes when a line contains {@code marker}. */
  private CompletableFuture<Void> copyOutputUntil(String marker) throws IOException {
    CompletableFuture<Void> seen = new CompletableFuture<>();
    Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    Thread copier = new Thread(() -> {
      try (writer; BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          writer.write(line + "\n");
          writer.flush();
          if (line.contains(marker)) {
            seen.complete(null);
          }
        }
        seen.completeExceptionally(new IllegalStateException("the Jupyter server exited with " + process.waitFor()));
      } catch (IOException e) {
        seen.completeExceptionally(new UncheckedIOException(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        seen.completeExceptionally(e);
      }
    }, "Jupyter server output");
    copier.setDaemon(true);
    copier.start();
    return seen;
  }

  /** A port nothing listens on now; the server is told not to try another, so a port taken meanwhile fails loudly. */
  private static int freePort() throws IOException {
    return dev.tablebook.io.LoopbackPorts.free();
  }
}
