package dev.tablebook.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders fonts are installed in on Linux, macOS and Windows, the user's own first; only those that exist. */
final class FontFolders {
  private FontFolders() {}

  static List<Path> all() {
    String home = System.getProperty("user.home", "");
    String windows = System.getenv("WINDIR");
    String localAppData = System.getenv("LOCALAPPDATA");
    List<String> names = new ArrayList<>(List.of(
        home + "/.local/share/fonts", home + "/.fonts", "/usr/share/fonts", "/usr/local/share/fonts",
        home + "/Library/Fonts", "/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental"));
    if (localAppData != null) {
      names.add(localAppData + "/Microsoft/Windows/Fonts");
    }
    names.add((windows == null ? "C:/Windows" : windows) + "/Fonts");
    List<Path> folders = new ArrayList<>();
    for (String name : names) {
      try {
        Path folder = Path.of(name);
        if (Files.isDirectory(folder)) {
          folders.add(folder);
        }
      } catch (java.nio.file.InvalidPathException notHere) {
        // a folder of another operating system
      }
    }
    return folders;
  }
}
