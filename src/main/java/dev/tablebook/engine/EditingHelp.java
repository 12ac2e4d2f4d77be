package dev.tablebook.engine;

import dev.tablebook.engine.help.JavadocLookup;
import dev.tablebook.engine.magic.Magics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Completion, inspection and completeness for an editor, from JShell's {@link SourceCodeAnalysis},
 * applied to the snippet of the cell that holds the cursor.
 *
 * @since 0.1
 */
public final class EditingHelp {
  private EditingHelp() {}

  /** Matches for the text between {@code start} and {@code end} of the cell. */
  public record Completion(List<String> matches, int start, int end) {}

  /** {@code status} is complete, incomplete or invalid; {@code indent} is for the next line. */
  public record Completeness(String status, String indent) {}

  static Completion complete(JShellSession session, Magics magics, String code, int at) {
    int cursor = Math.max(0, Math.min(at, code.length()));
    int lineStart = code.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
    String line = code.substring(lineStart, cursor).stripLeading();
    if (line.startsWith("%") && !line.contains(" ")) {
      String typed = line.replaceFirst("^%+", "");
      List<String> names = magics.all().stream().flatMap(m -> magics.namesOf(m).stream()).filter(n -> n.startsWith(typed)).toList();
      return new Completion(names, cursor - typed.length(), cursor);
    }
    // The imports left for their first use that this code needs (ScatterPlot.): evaluating all of them
    // here made a fresh kernel's first Tab take longer than JupyterLab waits for it.
    session.importWhatCodeNames(code);
    Piece piece = pieceAt(session, code, cursor);
    int[] anchor = new int[1];
    List<Suggestion> suggestions = session.jshell.sourceCodeAnalysis()
        .completionSuggestions(piece.text(), cursor - piece.offset(), anchor);
    Set<String> matches = new LinkedHashSet<>();
    suggestions.stream().filter(Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
    suggestions.forEach(s -> matches.add(s.continuation()));
    int start = piece.offset() + anchor[0];
    if (isBareName(code, start, cursor)) {
      matches.addAll(session.pendingImportNames(code.substring(start, cursor))); // the others' names, not evaluated
    }
    return new Completion(new ArrayList<>(matches), start, cursor);
  }

  /** Whether {@code code} between {@code start} and {@code end} is a name on its own, not a member ({@code x.na}). */
  private static boolean isBareName(String code, int start, int end) {
    if (start > end || start < 0) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isJavaIdentifierPart(code.charAt(i))) {
        return false;
      }
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
      before--;
    }
    return before < 0 || (code.charAt(before) != '.' && code.charAt(before) != ':' && code.charAt(before) != '@');
  }

  /**
   * The signatures of what is at {@code at}, each with its Javadoc's summary ({@code detailLevel} 0)
   * or all of it (1 or more): JShell's for the JDK, else what {@code javadoc} finds.
   */
  static Optional<String> inspect(JShellSession session, JavadocLookup javadoc, String code, int at, int detailLevel) {
    int end = Math.max(0, Math.min(at, code.length()));
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      end++;
    }
    if (end < code.length() && code.charAt(end) == '(') {
      end++; // JShell documents an invocation from just inside its parenthesis
    }
    session.importWhatCodeNames(code);
    Piece piece = pieceAt(session, code, end);
    SourceCodeAnalysis analysis = session.jshell.sourceCodeAnalysis();
    int inPiece = end - piece.offset();
    List<Documentation> docs = analysis.documentation(piece.text(), inPiece, true);
    if (docs.isEmpty() && inPiece > 0 && Character.isJavaIdentifierPart(piece.text().charAt(inPiece - 1))) {
      // a bare method name ("Math.max"): ask as if its parenthesis were typed
      docs = analysis.documentation(piece.text().substring(0, inPiece) + "(", inPiece + 1, true);
    }
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (Documentation doc : docs) {
      text.append(doc.signature()).append('\n');
      javadoc.text(doc, detailLevel, analysis, session.cellLoader()).ifPresent(t -> text.append(t).append("\n\n"));
    }
    return Optional.of(text.toString().strip());
  }

  static Completeness isComplete(JShellSession session, String code) {
    SourceCodeAnalysis analysis = session.jshell.sourceCodeAnalysis();
    for (CellSplitter.Part part : CellSplitter.split(code, analysis)) {
      if (part instanceof CellSplitter.Snippet snippet && !snippet.complete()) {
        return new Completeness("incomplete", "    ".repeat(Math.max(1, openBrackets(snippet.source()))));
      }
      if (part instanceof CellSplitter.Snippet snippet
          && analysis.analyzeCompletion(snippet.source()).completeness() == SourceCodeAnalysis.Completeness.UNKNOWN) {
        return new Completeness("invalid", "");
      }
    }
    return new Completeness("complete", "");
  }

  /** The snippet of the cell that holds {@code cursor}, with its offset in the cell. */
  private record Piece(String text, int offset) {}

  private static Piece pieceAt(JShellSession session, String code, int cursor) {
    String rest = code;
    int offset = 0;
    SourceCodeAnalysis analysis = session.jshell.sourceCodeAnalysis();
    while (!rest.isBlank()) {
      CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!CellSplitter.isComplete(info.completeness())) {
        break;
      }
      int consumed = rest.length() - info.remaining().length();
      if (offset + consumed >= cursor) {
        break;
      }
      offset += consumed;
      rest = info.remaining();
    }
    return new Piece(code.substring(offset), offset);
  }

  private static int openBrackets(String source) {
    int depth = 0;
    for (char c : source.toCharArray()) {
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      }
    }
    return depth;
  }
}
