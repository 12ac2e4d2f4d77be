package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    AtomicFiles.write(file, "one", false);
    AtomicFiles.write(file, "two", false);
    assertEquals("two", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void sharedFilesAreReadableByAllAndOthersKeepTheirMode(@TempDir Path dir) throws IOException {
    Path shared = dir.resolve("report.html");
    AtomicFiles.write(shared, "<p>", true);
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    Path own = dir.resolve("notebook.ipynb");
    Files.writeString(own, "{}");
    Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(own, "{\"x\": 1}", false);
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(own)));
  }

  @Test
  void aFailingWriteIsAnErrorAndTheOriginalStays(@TempDir Path dir) throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Path file = locked.resolve("keep.txt");
    Files.writeString(file, "original");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    try {
      if (Files.isWritable(locked)) {
        return; // running as a user who ignores permissions (root): nothing to prove here
      }
      assertThrows(IOException.class, () -> AtomicFiles.write(file, "new", false));
      assertEquals("original", Files.readString(file));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
    assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("missing/x.txt"), "x", false));
  }

  @Test
  void aLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path target = Files.writeString(real.resolve("notebook.ipynb"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
    Path links = Files.createDirectories(dir.resolve("links"));
    Path middle = Files.createSymbolicLink(links.resolve("middle.ipynb"), Path.of("../real/notebook.ipynb"));
    Path link = Files.createSymbolicLink(links.resolve("link.ipynb"), middle.toAbsolutePath());
    AtomicFiles.write(link, "new", false);
    assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(middle), "the chain of links stays");
    assertEquals(Path.of("../real/notebook.ipynb"), Files.readSymbolicLink(middle));
    assertEquals("new", Files.readString(target));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of(target), list(real), "no temporary file beside the target");
    assertEquals(List.of(link, middle), list(links), "nor beside the links");
  }

  @Test
  void aDanglingLinkCreatesTheFileItPointsTo(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("made.txt"));
    AtomicFiles.write(link, "made", false);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("made", Files.readString(dir.resolve("made.txt")));
    Path nowhere = Files.createSymbolicLink(dir.resolve("nowhere.txt"), Path.of("missing/x.txt"));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(nowhere, "x", false));
    assertEquals(dir.resolve("missing/x.txt") + ": its folder does not exist", e.getMessage());
    assertTrue(Files.isSymbolicLink(nowhere), "the link is left alone");
  }

  @Test
  void aLoopOfLinksIsAClearError(@TempDir Path dir) throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Path b = Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(b, "x", false));
    assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
  }

  @Test
  void temporaryFilesOfEndedWritersAreRemovedAndLiveOnesKept(@TempDir Path dir) throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path file = dir.resolve("a.txt");
    Path abandoned = Files.writeString(dir.resolve(".a.txt.tablebook-" + ended.pid() + "-x1.tmp"), "half");
    Path live = Files.writeString(dir.resolve(".a.txt.tablebook-" + ProcessHandle.current().pid() + "-x2.tmp"), "writing");
    Path otherTarget = Files.writeString(dir.resolve(".b.txt.tablebook-" + ended.pid() + "-x3.tmp"), "b's");
    Path notOurs = Files.writeString(dir.resolve(".a.txt.tablebook-notes.tmp"), "user's");
    AtomicFiles.write(file, "whole", false);
    assertFalse(Files.exists(abandoned), "the killed writer's temporary file is gone");
    assertEquals(List.of(live, file, notOurs, otherTarget).stream().sorted().toList(), list(dir));
  }

  @Test
  void temporaryFilesAreNamedAfterTheTargetAndTheWriter(@TempDir Path dir) throws IOException {
    Path temp = TempFiles.create(dir.resolve("a.txt"));
    String name = temp.getFileName().toString();
    assertTrue(name.startsWith(".a.txt.tablebook-" + ProcessHandle.current().pid() + "-") && name.endsWith(".tmp"), name);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
    assertEquals(0, TempFiles.removeAbandoned(dir.resolve("a.txt")), "a live writer's file stays");
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
