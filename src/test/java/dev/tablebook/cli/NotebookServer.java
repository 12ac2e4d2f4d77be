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

/**
 * Debian's classic Jupyter Notebook server ({@code jupyter-notebook}) on loopback, with a random token and
 * a free port, private Jupyter folders and a notebook folder of its own; {@link #close()} stops it and
 * the kernels it started.
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

  /** Starts the server on {@code notebookDir} and returns once it says it is listening (a minute at most). */
  static NotebookServer start(Path jupyterDir, Path notebookDir, Path log) throws IOException, InterruptedException {
    int port = freePort();
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    ProcessBuilder builder = new ProcessBuilder(List.of("jupyter-notebook", "--no-browser", "--allow-root",
        "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
        "--notebook-dir=" + notebookDir)).redirectErrorStream(true);
    builder.environment().putAll(environment(jupyterDir));
    Process process = builder.start();
    NotebookServer server = new NotebookServer(process, log, port, token);
    CompletableFuture<Void> listening = server.copyOutputUntil("http://127.0.0.1:" + port + "/");
    try {
      listening.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      server.close();
      throw new AssertionError("jupyter-notebook did not start listening on port " + port + " within " + START_SECONDS
          + " s (" + e + "); its log:\n" + Files.readString(log, StandardCharsets.UTF_8), e);
    }
    return server;
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
        seen.completeExceptionally(new IllegalStateException("jupyter-notebook exited with " + process.waitFor()));
      } catch (IOException e) {
        seen.completeExceptionally(new UncheckedIOException(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        seen.completeExceptionally(e);
      }
    }, "jupyter-notebook output");
    copier.setDaemon(true);
    copier.start();
    return seen;
  }

  /** A port nothing listens on now; the server is told not to try another, so a port taken meanwhile fails loudly. */
  private static int freePort() throws IOException {
    return dev.tablebook.io.LoopbackPorts.free();
  }
}
