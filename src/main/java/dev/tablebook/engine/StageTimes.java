package dev.tablebook.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the time of one kernel request goes, stage by stage, for measuring (src/bench/warm.py --stages):
 * off unless the JVM runs with {@code -Dtablebook.timing=FILE} (or {@code =stderr}), and then one
 * line per request, {@code TYPE stage=ms ...}, appended to that file. Each {@link #mark} charges the
 * time since the previous mark to its stage; the shell thread and the cell's thread take turns, one
 * request at a time. When off, every call is a read of a constant.
 *
 * @since 0.4
 */
public final class StageTimes {
  /** Whether stages are timed in this JVM. */
  public static final boolean ON = System.getProperty("tablebook.timing") != null;

  private static final Map<String, Long> STAGES = new LinkedHashMap<>();
  private static long last;

  private StageTimes() {}

  /** Starts timing a request: the clock runs from now. */
  public static void begin() {
    if (ON) {
      synchronized (STAGES) {
        STAGES.clear();
        last = System.nanoTime();
      }
    }
  }

  /** Charges the time since the previous mark to {@code stage} (added to what it already has). */
  public static void mark(String stage) {
    if (ON) {
      long now = System.nanoTime();
      synchronized (STAGES) {
        STAGES.merge(stage, now - last, Long::sum);
        last = now;
      }
    }
  }

  /** Ends timing the request of {@code type}: writes its line. */
  public static void end(String type) {
    if (!ON) {
      return;
    }
    StringBuilder line = new StringBuilder(type);
    synchronized (STAGES) {
      STAGES.forEach((stage, nanos) -> line.append(' ').append(stage).append('=')
          .append(String.format(Locale.ROOT, "%.3f", nanos / 1e6)));
      STAGES.clear();
    }
    write(line.append('\n').toString());
  }

  private static void write(String line) {
    String target = System.getProperty("tablebook.timing");
    if (target.equals("stderr")) {
      PrintStream err = Engine.processStderr();
      err.print(line);
      return;
    }
    try {
      Files.writeString(Path.of(target), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      Engine.processStderr().println("tablebook: cannot write timings to " + target + ": " + e);
    }
  }
}
