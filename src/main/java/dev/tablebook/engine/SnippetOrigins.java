package dev.tablebook.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each JShell snippet came from (cell name and the cell line it starts on), so stack frames
 * such as {@code f(#12:3)} can be shown as {@code f (cell 4, line 7)} long after the cell ran.
 */
final class SnippetOrigins {

  /** A snippet's cell and the 1-based cell line of its first line. */
  record Origin(String cell, int firstLine) {}

  private final Map<String, Origin> byId = new ConcurrentHashMap<>();

  void record(String snippetId, String cell, int firstLine) {
    byId.put(snippetId, new Origin(cell, firstLine));
  }

  void forget(String snippetId) {
    byId.remove(snippetId);
  }

  /** "cell 4, line 7" for line 3 of snippet {@code #12}, or null for an unknown snippet. */
  String describe(String fileName, int line) {
    if (fileName == null || !fileName.startsWith("#")) {
      return null;
    }
    Origin origin = byId.get(fileName.substring(1));
    if (origin == null) {
      return "snippet " + fileName + ", line " + line;
    }
    return origin.cell() + ", line " + (origin.firstLine() + line - 1);
  }
}
