package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.TempFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The history file on disk: one JSON line per input ({@code [session, line, input, output]}), owner-only
 * from the moment it exists. Beside it, {@code NAME.lock} is locked around every change by all kernels
 * that share the file and holds the last session number given out, so two kernels started at once
 * get different ones.
 */
final class HistoryFile {
  /** What a kernel starts from: the newest entries (oldest first), and whether the file holds more. */
  record Tail(List<History.Entry> entries, boolean more) {}

  /** Within one JVM, file locks do not exclude each other's channels: this does. */
  private static final Object JVM_LOCK = new Object();
  private static final Set<OpenOption> READ_WRITE = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);

  private final Path file;
  private final Path lockFile;

  HistoryFile(Path file) {
    this.file = file.toAbsolutePath();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  Path path() {
    return file;
  }

  /** Something done while this kernel alone may change the file; {@code counter} is the lock file's channel. */
  interface Locked<T> {
    T run(FileChannel counter) throws IOException;
  }

  <T> T locked(Locked<T> action) throws IOException {
    synchronized (JVM_LOCK) {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = openPrivate(lockFile, READ_WRITE)) {
        channel.lock(); // released when the channel closes, or when the process dies
        return action.run(channel);
      }
    }
  }

  /** Takes the next session number, above the lock file's and above {@code newestInFile}; call while locked. */
  static int nextSession(FileChannel counter, int newestInFile) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    while (buffer.hasRemaining() && counter.read(buffer, buffer.position()) > 0) {
      // read what there is: a number, or nothing the first time
    }
    int last;
    try {
      last = Integer.parseInt(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim());
    } catch (NumberFormatException absentOrCut) {
      last = 0; // the history's own numbers still count
    }
    int next = Math.max(last, newestInFile) + 1;
    counter.truncate(0);
    counter.write(ByteBuffer.wrap((next + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    return next;
  }

  /** The last {@code limit} whole entries; lines cut short by a crash are skipped. Call while locked. */
  Tail tail(int limit) throws IOException {
    TempFiles.removeAbandoned(file); // a compaction killed before its rename
    if (!Files.isRegularFile(file)) {
      return new Tail(List.of(), false);
    }
    Deque<History.Entry> newestFirst = new ArrayDeque<>(); // read backwards, added first: oldest first in the end
    try (LinesFromEnd lines = new LinesFromEnd(file)) {
      for (String line = lines.previous(); line != null; line = lines.previous()) {
        History.Entry entry = parse(line);
        if (entry == null) {
          continue;
        }
        if (newestFirst.size() == limit) {
          return new Tail(List.copyOf(newestFirst), true);
        }
        newestFirst.addFirst(entry);
      }
    }
    return new Tail(List.copyOf(newestFirst), false);
  }

  private static History.Entry parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      JsonNode row = Json.MAPPER.readTree(line);
      if (row != null && row.isArray() && row.size() >= 3 && row.get(0).isInt() && row.get(1).isInt()) {
        JsonNode output = row.path(3);
        return new History.Entry(row.get(0).asInt(), row.get(1).asInt(), row.get(2).asText(),
            output.isTextual() ? output.asText() : null);
      }
    } catch (IOException malformed) {
      // a line cut short by a crash: the other lines still count
    }
    return null;
  }

  /**
   * Appends one entry, on a line of its own even after a line a crash cut short. Call while locked:
   * every writer holds the lock, so writing at the end needs no O_APPEND (which Java cannot combine with reading).
   */
  void append(History.Entry entry) throws IOException {
    try (FileChannel channel = openPrivate(file, READ_WRITE)) {
      long end = channel.size();
      String text = (endsMidLine(channel) ? "\n" : "") + line(entry);
      ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        end += channel.write(buffer, end);
      }
    }
  }

  /** Replaces the file, atomically, with just {@code entries}. Call while locked. */
  void rewrite(List<History.Entry> entries) throws IOException {
    StringBuilder text = new StringBuilder();
    for (History.Entry entry : entries) {
      text.append(line(entry));
    }
    AtomicFiles.write(file, text.toString(), false); // its temporary file is owner-only, and so is the file it replaces
  }

  private static String line(History.Entry entry) throws IOException {
    ArrayNode row = Json.MAPPER.createArrayNode().add(entry.session()).add(entry.line()).add(entry.input())
        .add(entry.output());
    return Json.MAPPER.writeValueAsString(row) + "\n";
  }

  private static boolean endsMidLine(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return false;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) != '\n';
  }

  /** Opens {@code path}, creating it readable and writable by the owner only in the same call (no window). */
  private static FileChannel openPrivate(Path path, Set<OpenOption> options) throws IOException {
    try {
      return FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      return FileChannel.open(path, options); // the file system's own protection applies (ACLs on Windows)
    }
  }
}
