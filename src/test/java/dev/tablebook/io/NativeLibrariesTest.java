package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On the build's class path DuckDB's driver jar is whole; the packaged jar's case is TempFolderIT's and InstallIT's. */
class NativeLibrariesTest {
  @Test
  void whereTheDriverFindsItsOwnLibraryTablebookLeavesItToIt() {
    assertTrue(NativeLibrariesTest.class.getClassLoader().getResource("libduckdb_java.so_" + NativeLibraries.platform()) != null,
        "the driver's jar carries its library");
    assertEquals(Optional.empty(), NativeLibraries.folder());
    assertEquals(Optional.empty(), NativeLibraries.libraryPathOption(), "no option: the driver extracts its own");
    assertDoesNotThrow(NativeLibraries::prepare);
  }

  @Test
  void platformsAreNamedAsTheDriverNamesThem() {
    assertTrue(NativeLibraries.platform().matches("(linux|macos|windows)_(amd64|arm64)"), NativeLibraries.platform());
  }
}
