package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The inputs of this and earlier kernel sessions, for {@code history_request}: one JSON line per
 * input ({@code [session, line, input, output]}) appended to a file readable only by the user.
 */
final class History {
  /** One stored input, with the text of its result (null when it had none). */
  record Entry(int session, int line, String input, String output) {}

  private final Path file;
  private final List<Entry> entries = new ArrayList<>();
  private final int session;

  History(Path file) {
    this.file = file;
    load();
    this.session = entries.stream().mapToInt(Entry::session).max().orElse(0) + 1;
  }

  /** Where the history lives: {@code $JUPYTER_DATA_DIR} or {@code ~/.local/share/jupyter}, then tablebook/. */
  static Path defaultFile() {
    String dataDir = System.getenv("JUPYTER_DATA_DIR");
    Path base = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir)
        : Path.of(System.getProperty("user.home"), ".local", "share", "jupyter");
    return base.resolve("tablebook").resolve("history.jsonl");
  }

  int session() {
    return session;
  }

  /** Remembers an input (and appends it to the file; a failing write is logged, not thrown). */
  synchronized void add(int line, String input, String output) {
    Entry entry = new Entry(session, line, input, output);
    entries.add(entry);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
        restrict(file);
      }
      ArrayNode row = Json.MAPPER.createArrayNode().add(entry.session()).add(entry.line()).add(entry.input())
          .add(entry.output());
      // A line cut short by a crash must not swallow this one: start a fresh line after it.
      String text = (endsMidLine() ? "\n" : "") + Json.MAPPER.writeValueAsString(row) + "\n";
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // losing history must not lose the cell: it stays in memory for this session
      System.getLogger(History.class.getName()).log(System.Logger.Level.WARNING, "cannot write the history file " + file, e);
    }
  }

  private boolean endsMidLine() throws IOException {
    try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length == 0) {
        return false;
      }
      in.seek(length - 1);
      return in.read() != '\n';
    }
  }

  synchronized List<Entry> tail(int n, boolean unique) {
    List<Entry> all = unique ? unique(entries) : entries;
    return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
  }

  /** Lines {@code start} (inclusive) to {@code stop} (exclusive, 0 = to the end) of a session (0 = this one, -1 = the one before). */
  synchronized List<Entry> range(int sessionNumber, int start, int stop) {
    int wanted = sessionNumber <= 0 ? session + sessionNumber : sessionNumber;
    return entries.stream().filter(e -> e.session() == wanted)
        .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList();
  }

  /** Inputs matching a glob ({@code *} and {@code ?}), the last {@code n} (0 = all). */
  synchronized List<Entry> search(String glob, int n, boolean unique) {
    Pattern pattern = Pattern.compile(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"), Pattern.DOTALL);
    List<Entry> matching = entries.stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
    if (unique) {
      matching = unique(matching);
    }
    return n <= 0 ? matching : List.copyOf(matching.subList(Math.max(0, matching.size() - n), matching.size()));
  }

  private static List<Entry> unique(List<Entry> entries) {
    Map<String, Entry> last = new LinkedHashMap<>();
    for (Entry entry : entries) {
      last.remove(entry.input());
      last.put(entry.input(), entry);
    }
    return new ArrayList<>(last.values());
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      // Decoded leniently: bytes cut in the middle of a character by a crash must not hide the rest.
      for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
        try {
          JsonNode row = Json.MAPPER.readTree(line);
          if (row != null && row.isArray() && row.size() >= 3) {
            JsonNode output = row.path(3);
            entries.add(new Entry(row.get(0).asInt(), row.get(1).asInt(), row.get(2).asText(),
                output.isTextual() ? output.asText() : null));
          }
        } catch (IOException malformed) {
          // a line cut short by a crash: the other lines still count
        }
      }
    } catch (IOException e) {
      System.getLogger(History.class.getName()).log(System.Logger.Level.WARNING, "cannot read history " + file, e);
    }
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: its defaults apply
    }
  }
}
