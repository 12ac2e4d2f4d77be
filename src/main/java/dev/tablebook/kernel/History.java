package dev.tablebook.kernel;

import dev.tablebook.secrets.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The inputs of this and earlier kernel sessions, for {@code history_request}: the newest
 * {@value #CAP} of them, kept in a {@link HistoryFile} that kernels running at once share, each with a
 * session number of its own.
 */
final class History {
  /** How many inputs are kept (IPython keeps its history in bounds too). */
  static final int CAP = 10_000;

  /**
   * One stored input, with the text of its result (null when it had none); credentials hidden
   * ({@link Secrets#redact}), so they are neither written to the file nor served from an older one.
   */
  record Entry(int session, int line, String input, String output) {
    Entry {
      input = Secrets.redact(input);
      output = Secrets.redact(output);
    }
  }

  private final HistoryFile file;
  private final int cap;
  /** Inputs beyond the cap before the file is compacted, so that it is not rewritten at every input. */
  private final int margin;
  private final List<Entry> entries = new ArrayList<>();
  private final int session;
  /** The entries the file holds, as far as this kernel knows (others append too; they count theirs). */
  private int inFile;

  /** A history that keeps the newest {@value #CAP} inputs, or {@code -Dtablebook.history.cap} of them. */
  History(Path file) {
    this(file, Math.max(1, Integer.getInteger("tablebook.history.cap", CAP)));
  }

  /** A history that keeps the newest {@code cap} inputs. */
  History(Path file, int cap) {
    this.file = new HistoryFile(file);
    this.cap = cap;
    this.margin = Math.max(1, cap / 10);
    this.session = start();
  }

  /** Reads the newest entries, takes a session number and compacts an oversized file, all under the file's lock. */
  private int start() {
    try {
      return file.locked(counter -> {
        HistoryFile.Tail tail = file.tail(cap + margin);
        int newest = tail.entries().stream().mapToInt(Entry::session).max().orElse(0);
        keep(tail.entries());
        inFile = tail.entries().size();
        int next = HistoryFile.nextSession(counter, newest);
        if (tail.more()) {
          compactOrWarn();
        }
        return next;
      });
    } catch (IOException | RuntimeException e) {
      warn("cannot read the history file " + file.path(), e);
      return 1; // this session's inputs are still remembered in memory
    }
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
    keep(List.of(entry));
    try {
      file.locked(counter -> {
        file.append(entry);
        if (++inFile > cap + margin) {
          compactOrWarn();
        }
        return null;
      });
    } catch (IOException | RuntimeException e) {
      // losing history must not lose the cell: it stays in memory for this session
      warn("cannot write the history file " + file.path(), e);
    }
  }

  /**
   * Rewrites the file with its newest {@code cap} entries, those of other kernels included; call while
   * locked. A failure (a full disk) leaves the file as it was, longer than the cap, and is only logged.
   */
  private void compactOrWarn() {
    try {
      List<Entry> newest = file.tail(cap).entries();
      file.rewrite(newest);
      inFile = newest.size();
    } catch (IOException | RuntimeException e) {
      warn("cannot compact the history file " + file.path(), e);
    }
  }

  /** Adds to the entries in memory, trimmed (by the margin at once, like the file) to the newest {@code cap}. */
  private void keep(List<Entry> more) {
    entries.addAll(more);
    if (entries.size() > cap + margin) {
      entries.subList(0, entries.size() - cap).clear();
    }
  }

  /** The newest {@code cap} entries: what the requests below see. */
  private List<Entry> kept() {
    return entries.subList(Math.max(0, entries.size() - cap), entries.size());
  }

  private static void warn(String message, Exception e) {
    System.getLogger(History.class.getName()).log(System.Logger.Level.WARNING, message, e);
  }

  synchronized List<Entry> tail(int n, boolean unique) {
    List<Entry> all = unique ? unique(kept()) : kept();
    return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
  }

  /** Lines {@code start} (inclusive) to {@code stop} (exclusive, 0 = to the end) of a session (0 = this one, -1 = the one before). */
  synchronized List<Entry> range(int sessionNumber, int start, int stop) {
    int wanted = sessionNumber <= 0 ? session + sessionNumber : sessionNumber;
    return kept().stream().filter(e -> e.session() == wanted)
        .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList();
  }

  /** Inputs matching a glob ({@code *} and {@code ?}), the last {@code n} (0 = all). */
  synchronized List<Entry> search(String glob, int n, boolean unique) {
    Pattern pattern = Pattern.compile(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"), Pattern.DOTALL);
    List<Entry> matching = kept().stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
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
}
