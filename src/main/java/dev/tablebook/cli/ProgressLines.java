package dev.tablebook.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of the notebooks being run. On a terminal, one line per running notebook, redrawn in
 * place (a bar, the cell count, the time, the cell's first line), with finished notebooks' messages
 * above them; elsewhere (CI logs) a plain line per cell.
 */
final class ProgressLines {
  private static final int WIDTH = 20;

  private final PrintWriter out;
  private final boolean terminal;
  private final Map<String, String> running = new LinkedHashMap<>();
  private int drawn;

  ProgressLines(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** A cell of {@code notebook} ended. */
  synchronized void cell(String notebook, int done, int total, String firstLine, Duration elapsed, boolean failed) {
    String cell = firstLine.length() > 50 ? firstLine.substring(0, 47) + "..." : firstLine;
    if (!terminal) {
      out.printf("%s: cell %d/%d %s (%.1f s)  %s%n", notebook, done, total, failed ? "failed" : "done",
          elapsed.toMillis() / 1000.0, cell);
    } else {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      running.put(notebook, String.format("%s [%s%s] %d/%d %5.1f s  %s", notebook, "#".repeat(filled), ".".repeat(WIDTH - filled),
          done, total, elapsed.toMillis() / 1000.0, cell));
      redraw(List.of());
    }
    out.flush();
  }

  /** {@code notebook} is done: its line gives way to {@code message}. */
  synchronized void finished(String notebook, String message) {
    running.remove(notebook);
    if (terminal) {
      redraw(List.of(message));
    } else {
      out.println(message);
    }
    out.flush();
  }

  private void redraw(List<String> above) {
    StringBuilder screen = new StringBuilder();
    if (drawn > 0) {
      screen.append("\033[").append(drawn).append('F'); // to the start of the first line drawn
    }
    List<String> lines = new ArrayList<>(above);
    lines.addAll(running.values());
    for (String line : lines) {
      screen.append("\033[2K").append(line).append('\n');
    }
    for (int i = lines.size(); i < drawn; i++) {
      screen.append("\033[2K\n"); // lines left from before
    }
    int extra = Math.max(0, drawn - lines.size());
    if (extra > 0) {
      screen.append("\033[").append(extra).append('F');
    }
    drawn = running.size();
    out.print(screen);
  }
}
