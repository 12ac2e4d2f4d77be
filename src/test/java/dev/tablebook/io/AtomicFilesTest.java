package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
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
}
