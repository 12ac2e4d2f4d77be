package dev.tablebook.engine;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Splits a cell into what runs one after another: magic lines ({@code %name args}) and JShell
 * snippets, each with the cell offset it starts at, so errors can point into the cell.
 */
final class CellSplitter {

  /** One piece of a cell. */
  sealed interface Part permits Magic, Snippet {}

  /** A line magic, such as {@code %maven g:a:v}, on {@code line} (1-based) of the cell. */
  record Magic(String name, String arguments, int line) implements Part {}

  /**
   * A snippet of Java: {@code source} is what JShell evaluates (it may end in an added semicolon),
   * {@code offset} where it starts in the cell; {@code complete} is false for an unfinished tail.
   */
  record Snippet(String source, int offset, boolean complete) implements Part {}

  private CellSplitter() {}

  /** Splits {@code cell}; a cell magic ({@code %%name}) is not split here. */
  static List<Part> split(String cell, SourceCodeAnalysis analysis) {
    List<Part> parts = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    int codeStart = 0;
    int offset = 0;
    int line = 1;
    for (String text : cell.split("\n", -1)) {
      String trimmed = text.strip();
      boolean magic = trimmed.startsWith("%") && !trimmed.startsWith("%%")
          && (code.toString().isBlank() || startsStatement(code.toString(), analysis));
      if (magic) {
        addSnippets(parts, code.toString(), codeStart, analysis);
        code.setLength(0);
        int space = indexOfSpace(trimmed);
        parts.add(new Magic(trimmed.substring(1, space), trimmed.substring(space).strip(), line));
        codeStart = offset + text.length() + 1;
      } else {
        code.append(text).append('\n');
      }
      offset += text.length() + 1;
      line++;
    }
    addSnippets(parts, code.toString(), codeStart, analysis);
    return parts;
  }

  /** Whether a magic line may start here: the code before it is complete (not inside a statement). */
  private static boolean startsStatement(String codeBefore, SourceCodeAnalysis analysis) {
    String rest = codeBefore;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!isComplete(info.completeness())) {
        return false;
      }
      rest = info.remaining();
    }
    return true;
  }

  private static void addSnippets(List<Part> parts, String code, int start, SourceCodeAnalysis analysis) {
    String rest = code;
    int offset = start;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!isComplete(info.completeness())) {
        parts.add(new Snippet(rest, offset, info.completeness() == Completeness.UNKNOWN));
        return;
      }
      int consumed = rest.length() - info.remaining().length();
      String source = info.source();
      String stripped = source.stripLeading();
      // JShell numbers stack-trace lines from the first line that is not blank: start the snippet there.
      parts.add(new Snippet(stripped, offset + source.length() - stripped.length(), true));
      offset += consumed;
      rest = info.remaining();
    }
  }

  static boolean isComplete(Completeness completeness) {
    return completeness == Completeness.COMPLETE || completeness == Completeness.COMPLETE_WITH_SEMI;
  }

  private static int indexOfSpace(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }
}
