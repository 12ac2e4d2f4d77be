package dev.tablebook.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests of reads that no cancel reaches (DuckDB blocked opening a FIFO that has no writer). */
public final class Pipes {
  private Pipes() {}

  /**
   * Waits until a thread of this process is blocked opening a pipe that has no writer (Linux's wait
   * channel {@code wait_for_partner}): DuckDB's read of the FIFO has begun, and no cancel reaches it.
   */
  public static void waitUntilAThreadWaitsForAWriter() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (var tasks = Files.list(Path.of("/proc/self/task"))) {
        if (tasks.anyMatch(task -> {
          try {
            return Files.readString(task.resolve("wchan")).contains("wait_for_partner");
          } catch (IOException gone) {
            return false;
          }
        })) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("no thread began reading the pipe within 30 s");
  }

}
