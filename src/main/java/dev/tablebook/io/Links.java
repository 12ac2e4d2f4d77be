package dev.tablebook.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Follows a chain of symbolic links to the file a write must replace, so that the links stay links. */
final class Links {
  /** As many links as Linux follows before it gives up with ELOOP. */
  private static final int MAX_HOPS = 40;

  private Links() {}

  /**
   * The file {@code path} finally names: itself when it is not a symbolic link, else where its chain
   * of links ends (relative links are resolved against the folder of the link). The end may not
   * exist: a dangling link names the file a write will create.
   */
  static Path finalTarget(Path path) throws IOException {
    Path current = path.toAbsolutePath();
    for (int hop = 0; Files.isSymbolicLink(current); hop++) {
      if (hop == MAX_HOPS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      // Not normalised: ".." in a link is the parent of the real folder, which only the file system knows.
      current = current.getParent().resolve(Files.readSymbolicLink(current));
    }
    return current;
  }
}
