package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the printer finds its browser, and what it says when there is none. */
class ChromiumPrinterTest {

  private static Path program(Path folder, String name) throws Exception {
    Path file = Files.createDirectories(folder).resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void theFirstKnownNameOnThePathIsTakenInTheOrderOfNames(@TempDir Path dir) throws Exception {
    Path chrome = program(dir.resolve("a"), "google-chrome");
    Path chromium = program(dir.resolve("b"), "chromium");
    String path = dir.resolve("a") + File.pathSeparator + dir.resolve("b");
    assertEquals(Optional.of(chromium), ChromiumPrinter.locate(null, path), "chromium before google-chrome, wherever each is");
    assertEquals(Optional.of(chrome), ChromiumPrinter.locate("", dir.resolve("a").toString()));
  }

  @Test
  void theEnvironmentVariableWinsAndMustNameAProgram(@TempDir Path dir) throws Exception {
    Path mine = program(dir.resolve("mine"), "my-browser");
    program(dir.resolve("path"), "chromium");
    assertEquals(Optional.of(mine), ChromiumPrinter.locate(mine.toString(), dir.resolve("path").toString()));
    assertEquals(Optional.empty(), ChromiumPrinter.locate(dir.resolve("nothing").toString(), dir.resolve("path").toString()),
        "a wrong name is not silently replaced by another browser");
    assertEquals(Optional.empty(), ChromiumPrinter.locate(dir.toString(), null), "a folder is not a program");
    assertTrue(ChromiumPrinter.missing("/x/y").startsWith(ChromiumPrinter.ENVIRONMENT + " names /x/y"));
  }

  @Test
  void withNoneItSaysWhatItLookedForAndHowToGetOne(@TempDir Path empty) {
    assertEquals(Optional.empty(), ChromiumPrinter.locate(null, empty.toString()));
    String message = ChromiumPrinter.missing(null);
    assertTrue(message.contains("chromium, chromium-browser, google-chrome") && message.contains("apt-get install chromium")
        && message.contains(ChromiumPrinter.ENVIRONMENT), message);
  }
}
