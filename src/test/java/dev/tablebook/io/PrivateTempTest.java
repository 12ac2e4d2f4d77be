package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempTest {
  @TempDir Path base;

  /** The id of a process that has ended (one this test started and waited for). */
  private static long endedProcess() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return process.pid();
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(base)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFolderIsNamedAfterItsOwnerAndReadableByItsUserOnly() throws Exception {
    long me = ProcessHandle.current().pid();
    Path folder = PrivateTemp.create(base, me);
    assertTrue(folder.getFileName().toString().startsWith("tablebook-" + me + "-"), folder.toString());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals(me, PrivateTemp.owner(folder.getFileName().toString()));
  }

  @Test
  void makingOneRemovesTheFoldersOfEndedOwnersAndNothingElse() throws Exception {
    long ended = endedProcess();
    long me = ProcessHandle.current().pid();
    Path abandoned = Files.createDirectories(base.resolve("tablebook-" + ended + "-1").resolve("duckdb-2"));
    Files.writeString(abandoned.resolve("spill.tmp"), "left by a killed process");
    Files.createDirectories(base.resolve("tablebook-duckdb-" + ended + "-3")); // named as before 0.4
    Files.createDirectories(base.resolve("tablebook-" + me + "-4"));
    Files.createDirectories(base.resolve("tablebook-class-data5"));
    Files.writeString(base.resolve("tablebook-" + ended + "-6"), "a file, not a folder of ours");
    Files.createDirectories(base.resolve("tablebook-12x-7"));
    Path made = PrivateTemp.create(base, me);
    assertEquals(List.of("tablebook-" + ended + "-6", "tablebook-" + me + "-4", made.getFileName().toString(), "tablebook-12x-7",
        "tablebook-class-data5").stream().sorted().toList(), names());
  }

  @Test
  void removeTakesEverythingInsideButNotWhatALinkPointsTo() throws Exception {
    Path outside = Files.writeString(base.resolve("outside.txt"), "kept");
    Path folder = PrivateTemp.create(base, ProcessHandle.current().pid());
    Files.writeString(Files.createDirectories(folder.resolve("a/b")).resolve("c.txt"), "gone");
    Files.createSymbolicLink(folder.resolve("link"), outside);
    Files.createSymbolicLink(folder.resolve("a/dir-link"), base);
    assertTrue(PrivateTemp.remove(folder));
    assertFalse(Files.exists(folder));
    assertEquals("kept", Files.readString(outside));
    assertTrue(PrivateTemp.remove(folder), "removing what is gone is done");
  }

  @Test
  void namesThatAreNotOursHaveNoOwner() {
    for (String name : List.of("tablebook-", "tablebook-12", "tablebook-12-", "tablebook--3", "tablebook-+5-x",
        "tablebook-99999999999999999999-x", "tablebook-duckdb-x-1")) {
      assertEquals(-1, PrivateTemp.owner(name), name);
    }
    assertEquals(42, PrivateTemp.owner("tablebook-duckdb-42-abc"));
  }
}
