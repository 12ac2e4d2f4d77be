package dev.tablebook.jvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The child JVMs that make an archive: each runs {@code jar} in a scratch folder with the given
 * options, its output going to one log; a child that fails or runs out of time is an IOException
 * that quotes the end of the log.
 */
final class Training {
  private static final int LOG_LINES_QUOTED = 15;

  private final Path java;
  private final Path jar;
  private final List<String> jvmOptions;
  private final Path work;
  private final Duration timeout;
  private final Path log;

  Training(Path java, Path jar, List<String> jvmOptions, Path work, Duration timeout) {
    this.java = java;
    this.jar = jar;
    List<String> options = new ArrayList<>(JvmOptions.forCells(java)); // an archive fits only JVMs started with the same module options
    options.addAll(jvmOptions);
    this.jvmOptions = List.copyOf(options);
    this.work = work;
    this.timeout = timeout;
    this.log = work.resolve("make.log");
  }

  /**
   * Runs the training session ({@code -jar JAR train}) or, when {@code session} is false, the JVM alone
   * with {@code options}. A session that fails is run once more: its kernel binds five loopback ports
   * chosen just before, which another process may take first.
   */
  void run(List<String> options, boolean session) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmOptions);
    command.addAll(options);
    if (!session) {
      command.addAll(List.of("-cp", jar.toString()));
      exec(command);
      return;
    }
    command.addAll(List.of("-jar", jar.toString(), ClassDataArchive.TRAINING_COMMAND));
    try {
      exec(command);
    } catch (IOException first) {
      exec(command);
    }
  }

  /** Starts the jar once with {@code options} that refuse a bad archive ({@code --version}): the archive works. */
  void check(List<String> options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmOptions);
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString(), "--version"));
    exec(command);
  }

  private void exec(List<String> command) throws IOException, InterruptedException {
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException("the JVM making the class-data archive ran longer than " + timeout.toSeconds() + " s:\n" + tail());
    }
    if (process.exitValue() != 0) {
      throw new IOException("the JVM making the class-data archive exited with " + process.exitValue() + ":\n" + tail());
    }
  }

  void deleteLog() throws IOException {
    Files.deleteIfExists(log);
  }

  /** The last lines the child JVMs printed. */
  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_QUOTED), lines.size()));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
