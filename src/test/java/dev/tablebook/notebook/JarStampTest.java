package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar is known by its ZIP directory: the same entries give the same stamp whenever and wherever the file was written. */
class JarStampTest {
  @TempDir Path dir;

  private Path jar(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("dev/tablebook/A.class");
      entry.setTime(1_767_225_600_000L); // as a reproducible build sets it
      zip.putNextEntry(entry);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void theSameEntriesGiveTheSameStampWhateverTheFileTime() throws Exception {
    Path one = jar("one.jar", "class A v1");
    Path two = jar("two.jar", "class A v1");
    Files.setLastModifiedTime(two, FileTime.fromMillis(0));
    assertEquals(JarStamp.of(one), JarStamp.of(two));
    assertTrue(JarStamp.of(one).startsWith("zip "), JarStamp.of(one));
  }

  @Test
  void anotherEntryContentGivesAnotherStamp() throws Exception {
    assertNotEquals(JarStamp.of(jar("one.jar", "class A v1")), JarStamp.of(jar("two.jar", "class A v2")));
  }

  @Test
  void aFileThatIsNoZipIsStampedBySizeAndTime() throws Exception {
    Path file = Files.writeString(dir.resolve("not.jar"), "no zip here");
    assertTrue(JarStamp.of(file).startsWith("file 11@"), JarStamp.of(file));
  }
}
