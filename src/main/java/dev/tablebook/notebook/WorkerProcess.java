package dev.tablebook.notebook;

import dev.tablebook.io.PrivateTemp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One notebook's JVM and the private temp folder it was given ({@link PrivateTemp}), owned by this
 * process: its {@code java.io.tmpdir} (on the command line, as the JDK reads it once at start),
 * {@code TMPDIR} for the programs it starts, and {@link PrivateTemp#PROPERTY}. {@link #end} kills the
 * JVM if it still runs and removes the folder, with all a library left there, once it is gone.
 */
record WorkerProcess(Process process, Path temp) {
  /** How long to wait for a killed JVM to be gone before its folder is removed (later, the next sweep does it). */
  private static final Duration KILLED_WITHIN = Duration.ofSeconds(30);
  private static final String TMPDIR_OPTION = "-Djava.io.tmpdir=";

  /**
   * Starts {@code command} (a java command line whose JVM options end at {@code optionsEnd}) in
   * {@code folder}, with a new private folder in {@code tempBase}.
   */
  static WorkerProcess start(List<String> command, int optionsEnd, Path tempBase, Path folder) throws IOException {
    Path temp = PrivateTemp.create(tempBase, ProcessHandle.current().pid());
    List<String> withTemp = new ArrayList<>(command);
    withTemp.add(optionsEnd, TMPDIR_OPTION + temp); // after any other: the last one counts
    withTemp.add(optionsEnd + 1, "-D" + PrivateTemp.PROPERTY + "=" + temp);
    ProcessBuilder builder = new ProcessBuilder(withTemp).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("TMPDIR", temp.toString());
    try {
      return new WorkerProcess(builder.start(), temp);
    } catch (IOException | RuntimeException e) {
      PrivateTemp.remove(temp);
      throw e;
    }
  }

  /** Where the private folders of JVMs started with {@code jvmOptions} go: the {@code java.io.tmpdir} they name (the last), or this JVM's. */
  static Path tempBase(List<String> jvmOptions) {
    String base = System.getProperty("java.io.tmpdir");
    for (String option : jvmOptions) {
      if (option.startsWith(TMPDIR_OPTION)) {
        base = option.substring(TMPDIR_OPTION.length());
      }
    }
    return Path.of(base).toAbsolutePath();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the JVM if it still runs and, once it is gone, removes its temp folder. */
  void end() {
    process.destroyForcibly();
    try {
      if (process.waitFor(KILLED_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
        PrivateTemp.remove(temp);
      } // else: a process that will not die yet; a PrivateTemp.create removes the folder once this runner has ended
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
