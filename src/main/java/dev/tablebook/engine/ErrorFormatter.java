package dev.tablebook.engine;

import dev.tablebook.engine.output.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns compile diagnostics and exceptions into Jupyter errors that point at the cell: the cell's
 * line and a caret under the problem for compile errors; for runtime errors the stack trace with
 * cell lines, cut where JShell and the engine begin.
 */
final class ErrorFormatter {
  private static final int MAX_FRAMES = 40;

  private final SnippetOrigins origins;

  ErrorFormatter(SnippetOrigins origins) {
    this.origins = origins;
  }

  /**
   * A compile error of the snippet that starts at {@code snippetOffset} in {@code cell}, whose first
   * line is line {@code lineOffset + 1} of the notebook cell (code run by a magic starts lower down).
   * Positions past the snippet's first {@code cellLength} characters (text the engine added) point
   * at the end of the cell's own text.
   */
  Output.Error compileError(String cellName, String cell, int snippetOffset, int cellLength, int lineOffset,
      List<Diag> diagnostics) {
    List<String> traceback = new ArrayList<>();
    String first = null;
    for (Diag diag : diagnostics) {
      if (!diag.isError()) {
        continue;
      }
      int start = clamp(snippetOffset + (int) Math.min(cellLength, Math.max(0, diag.getStartPosition())), cell);
      int end = clamp(snippetOffset + (int) Math.min(cellLength, Math.max(diag.getStartPosition(), diag.getEndPosition())), cell);
      int lineStart = cell.lastIndexOf('\n', start - 1) + 1;
      int lineEnd = cell.indexOf('\n', start);
      lineEnd = lineEnd < 0 ? cell.length() : lineEnd;
      int line = lineOffset + (int) cell.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
      int column = start - lineStart + 1;
      String message = diag.getMessage(Locale.ENGLISH);
      first = first == null ? message.lines().findFirst().orElse(message) : first;
      traceback.add(cellName + ", line " + line + ", column " + column + ": " + message);
      traceback.add("    " + cell.substring(lineStart, lineEnd));
      int width = Math.max(1, Math.min(end, lineEnd) - start);
      traceback.add("    " + pad(cell.substring(lineStart, start)) + "^" + (width > 1 ? "-".repeat(width - 2) + "^" : ""));
    }
    if (first == null) {
      first = "the snippet was rejected";
      traceback.add(cellName + ": " + first);
    }
    return new Output.Error("CompilationException", first, traceback);
  }

  /**
   * An error at {@code offset} in {@code text}, {@code width} characters wide, where {@code text}'s
   * first line is line {@code lineOffset + 1} of the cell: the cell's line and column, the line, a caret.
   */
  static Output.Error positioned(String ename, String cellName, String text, int offset, int width, int lineOffset, String message) {
    int start = clamp(offset, text);
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', start);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int line = lineOffset + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    int column = start - lineStart + 1;
    int shown = Math.max(1, Math.min(width, lineEnd - start));
    List<String> lines = message.lines().toList();
    String first = lines.isEmpty() ? "" : lines.get(0);
    List<String> traceback = new ArrayList<>();
    traceback.add(cellName + ", line " + line + ", column " + column + ": " + first);
    traceback.add("    " + text.substring(lineStart, lineEnd));
    traceback.add("    " + pad(text.substring(lineStart, start)) + "^" + (shown > 1 ? "-".repeat(shown - 2) + "^" : ""));
    traceback.addAll(lines.subList(Math.min(1, lines.size()), lines.size())); // the rest of the message, under the caret
    return new Output.Error(ename, first, traceback);
  }

  /** What puts a caret under the character after {@code before}: its tabs kept, everything else a space. */
  private static String pad(String before) {
    StringBuilder pad = new StringBuilder(before.length());
    before.codePoints().forEach(c -> pad.append(c == '\t' ? '\t' : ' '));
    return pad.toString();
  }

  /** An exception thrown by cell code, with cell lines in the trace. */
  Output.Error runtimeError(JShellException exception) {
    return runtimeError(exception, "");
  }

  /** A throwable from code the cell runs, with cell lines in the trace; {@code doing} leads the first line. */
  Output.Error runtimeError(Throwable exception, String doing) {
    List<String> traceback = new ArrayList<>();
    Throwable current = exception;
    boolean first = true;
    while (current != null) {
      traceback.add((first ? doing : "Caused by: ") + headline(current));
      addFrames(traceback, current.getStackTrace());
      current = current.getCause();
      first = false;
    }
    return new Output.Error(className(exception), String.valueOf(exception.getMessage()), traceback);
  }

  /** How many frames of a stack trace that came from another process are shown. */
  private static final int REMOTE_FRAMES = 3;

  /**
   * Adds user frames, cut where the engine begins, repeats folded (a StackOverflowError has thousands).
   * A stack trace with no frame of a cell and none of the engine was made elsewhere (a Spark server's
   * error, rebuilt by its client, or another thread's): its first frames are shown, the rest counted.
   */
  private void addFrames(List<String> traceback, StackTraceElement[] frames) {
    boolean remote = frames.length > REMOTE_FRAMES && java.util.Arrays.stream(frames)
        .noneMatch(f -> isEngineFrame(f) || origins.describe(f.getFileName(), f.getLineNumber()) != null);
    if (remote) {
      for (int i = 0; i < REMOTE_FRAMES; i++) {
        traceback.add("    at " + frames[i]);
      }
      traceback.add("    ... " + (frames.length - REMOTE_FRAMES) + " more frames, none of them a cell's (a server's or another thread's stack)");
      return;
    }
    String previous = null;
    int repeats = 0;
    int shown = 0;
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith(ExitGuard.class.getName())) {
        continue;
      }
      if (isEngineFrame(frame)) {
        break;
      }
      String line = "    at " + frame(frame);
      if (line.equals(previous)) {
        repeats++;
        continue;
      }
      if (repeats > 0) {
        traceback.add("    ... the line above repeats " + repeats + " more times");
        repeats = 0;
      }
      if (shown++ == MAX_FRAMES) {
        traceback.add("    ... (more frames)");
        return;
      }
      traceback.add(line);
      previous = line;
    }
    if (repeats > 0) {
      traceback.add("    ... the line above repeats " + repeats + " more times");
    }
  }

  /** A plain error raised by the engine itself (a magic, an interrupt). */
  static Output.Error plain(String ename, String evalue) {
    return new Output.Error(ename, evalue, List.of(ename + ": " + evalue));
  }

  private static String headline(Throwable t) {
    String message = t.getMessage();
    return className(t) + (message == null ? "" : ": " + message);
  }

  static String className(Throwable t) {
    if (t instanceof EvalException eval) {
      return eval.getExceptionClassName();
    }
    if (t instanceof UnresolvedReferenceException) {
      return "UnresolvedReferenceException";
    }
    return t.getClass().getName();
  }

  private String frame(StackTraceElement frame) {
    String where = origins.describe(frame.getFileName(), frame.getLineNumber());
    if (where == null) {
      return frame.toString();
    }
    String method = frame.getMethodName();
    return method.isEmpty() || method.equals("do_it$") ? "(" + where + ")" : method + " (" + where + ")";
  }

  private static boolean isEngineFrame(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.startsWith("jdk.jshell.") || cls.startsWith("jdk.internal.reflect.")
        || cls.startsWith("java.lang.reflect.Method") || cls.startsWith("dev.tablebook.engine.");
  }

  private static int clamp(int offset, String cell) {
    return Math.max(0, Math.min(offset, cell.length()));
  }
}
