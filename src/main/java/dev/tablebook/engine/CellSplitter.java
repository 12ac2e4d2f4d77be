package dev.tablebook.engine;

import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Splits a cell into what runs one after another: line magics and JShell snippets, each with where
 * it starts in the cell, so errors can point into the cell. This is the one place that decides what
 * a line magic is, with IJava's rules made safe for Java:
 *
 * <ul>
 *   <li>a line that starts (after blanks) with {@code %name} is a magic when a statement can start
 *       there: the code before it in the cell is complete, blank or only comments. So a magic after
 *       a comment line or between statements is a magic, and a {@code % 3} continuing an
 *       expression, or a {@code %} line in a string, text block or block comment, is Java;
 *   <li>{@code TYPE name = %magic args} (a statement that starts on that line, with {@code =} before
 *       the {@code %}) is the magic used as an expression: its value, as IJava's
 *       {@code lineMagic(name, args)} gives it;
 *   <li>a {@code %%} line anywhere but at the top of the cell is reported, not compiled as Java.
 * </ul>
 * A cell (or what is left of it) of only comments and blank lines runs nothing.
 */
final class CellSplitter {
  /** {@code PREFIX = %name args}: a prefix with no quote, comment or other {@code %}, ending in a plain {@code =}. */
  private static final Pattern MAGIC_EXPRESSION =
      Pattern.compile("^(?<prefix>[^\"'%]*?[^=!<>\\s]\\s*=)\\s*%(?<name>[A-Za-z_][\\w.-]*)(?<args>(\\s.*)?)$");
  /** {@code %name} or {@code %%name}: the name follows at once, so {@code % 3} is never a magic. */
  private static final Pattern MAGIC_LINE = Pattern.compile("%%?[A-Za-z_]");
  private static final String LINE_MAGIC_CALL = "dev.tablebook.display.Notebook.lineMagic";

  /** One piece of a cell. */
  sealed interface Part permits Magic, Snippet, MisplacedCellMagic {}

  /** A line magic, such as {@code %maven g:a:v}, on {@code line} (1-based) of the cell. */
  record Magic(String name, String arguments, int line) implements Part {}

  /**
   * A snippet of Java: {@code source} is what JShell evaluates, {@code offset} where it starts in
   * the cell, and the first {@code cellLength} characters of {@code source} are the cell's own text
   * (the rest is added: a semicolon, or the call a magic expression became); {@code complete} is
   * false for an unfinished tail.
   */
  record Snippet(String source, int offset, boolean complete, int cellLength) implements Part {
    Snippet(String source, int offset, boolean complete) {
      this(source, offset, complete, source.length());
    }
  }

  /** A {@code %%name} line below the top of the cell, on {@code line}. */
  record MisplacedCellMagic(String name, int line) implements Part {}

  private CellSplitter() {}

  /** Splits {@code cell}; a cell magic ({@code %%name} on the first line) is not split here. */
  static List<Part> split(String cell, SourceCodeAnalysis analysis) {
    List<Part> parts = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    int codeStart = 0;
    int offset = 0;
    int line = 1;
    for (String text : cell.split("\n", -1)) {
      String trimmed = text.strip();
      boolean statementStart = MAGIC_LINE.matcher(trimmed).lookingAt() && canStartStatement(code.toString(), analysis);
      Matcher expression = statementStart ? null : MAGIC_EXPRESSION.matcher(text);
      if (statementStart && trimmed.startsWith("%%")) {
        addSnippets(parts, code.toString(), codeStart, analysis);
        code.setLength(0);
        parts.add(new MisplacedCellMagic(trimmed.substring(2, indexOfSpace(trimmed)), line));
        codeStart = offset + text.length() + 1;
      } else if (statementStart) {
        addSnippets(parts, code.toString(), codeStart, analysis);
        code.setLength(0);
        int space = indexOfSpace(trimmed);
        parts.add(new Magic(trimmed.substring(1, space), trimmed.substring(space).strip(), line));
        codeStart = offset + text.length() + 1;
      } else if (trimmed.contains("%") && expression.matches() && !expression.group("prefix").contains("/")
          && canStartStatement(code.toString(), analysis)) {
        addSnippets(parts, code.toString(), codeStart, analysis);
        code.setLength(0);
        parts.add(magicExpression(expression, offset));
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

  /**
   * {@code List<String> added = %jars lib/*.jar} as the snippet
   * {@code List<String> added = dev.tablebook.display.Notebook.lineMagic("jars", java.util.List.of("lib/*.jar"));}
   * (a trailing semicolon on the line ends the statement, it is no argument).
   */
  private static Snippet magicExpression(Matcher expression, int lineOffset) {
    String prefix = expression.group("prefix");
    String arguments = expression.group("args").strip();
    if (arguments.endsWith(";")) {
      arguments = arguments.substring(0, arguments.length() - 1).strip();
    }
    List<String> words;
    try {
      words = MagicArguments.split(arguments);
    } catch (MagicException e) {
      words = List.of(arguments); // the magic itself then says what is wrong with its argument
    }
    StringBuilder call = new StringBuilder(prefix).append(' ').append(LINE_MAGIC_CALL).append('(')
        .append(MagicArguments.javaLiteral(expression.group("name"))).append(", java.util.List.of(");
    for (int i = 0; i < words.size(); i++) {
      call.append(i == 0 ? "" : ", ").append(MagicArguments.javaLiteral(words.get(i)));
    }
    call.append("));");
    String stripped = prefix.stripLeading();
    int leading = prefix.length() - stripped.length();
    return new Snippet(call.substring(leading), lineOffset + leading, true, stripped.length());
  }

  /** Whether a statement may start after {@code codeBefore}: it is blank, only comments, or complete. */
  private static boolean canStartStatement(String codeBefore, SourceCodeAnalysis analysis) {
    String rest = codeBefore;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == Completeness.EMPTY) {
        return true;
      }
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
      if (info.completeness() == Completeness.EMPTY) {
        return; // only comments are left
      }
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
