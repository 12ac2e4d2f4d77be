package dev.tablebook.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Private temp folders: one per Tablebook process that runs cells, {@code tablebook-PID-RANDOM}
 * (owner-only) in a temp folder, named after the process that owns it. Everything that process, the
 * libraries its cells use and the programs it starts write to temp goes there, and goes with it.
 * A runner makes one for each of its worker JVMs ({@link #create}) and gives it to it as its
 * {@code java.io.tmpdir}, {@code TMPDIR} and {@link #PROPERTY}, and removes it when the worker has
 * ended, killed or not; a kernel makes its own at start ({@link #own}) and removes it at exit. Making
 * one first removes those whose owner is no longer running (killed before it could clean up): one
 * mechanism for whatever a process leaves behind.
 *
 * @since 0.4
 */
public final class PrivateTemp {
  /** The system property that names, on a worker's command line, the private folder its parent made for it. */
  public static final String PROPERTY = "tablebook.privateTemp";
  private static final String PREFIX = "tablebook-";
  /** How versions before 0.4 named their DuckDB spill folders ({@code tablebook-duckdb-PID-RANDOM}): removed the same way. */
  private static final String OLD_SPILL = "duckdb-";
  private static Path own;

  private PrivateTemp() {}

  /**
   * Makes a new private folder in {@code base} for a process of {@code owner} (a process id: the one
   * that removes it), after removing the folders there whose owner has ended.
   */
  public static Path create(Path base, long owner) throws IOException {
    sweep(base);
    try {
      return Files.createTempDirectory(base, PREFIX + owner + "-"); // rwx------ where POSIX permissions exist
    } catch (java.nio.file.FileSystemException e) {
      throw new IOException("cannot make a private temp folder in " + base + ": " + FileErrors.reason(e), e);
    }
  }

  /**
   * This process's private folder: the one its parent made for it ({@link #PROPERTY}), or one made at
   * the first call in {@code java.io.tmpdir} and removed when this JVM exits normally (a JVM killed
   * leaves it to the next {@link #create} of any Tablebook process).
   */
  public static synchronized Path own() throws IOException {
    if (own == null || !Files.isDirectory(own)) {
      Optional<Path> given = given();
      if (given.isPresent()) {
        own = Files.createDirectories(given.get());
      } else {
        Path made = create(Path.of(System.getProperty("java.io.tmpdir")), ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(made), "tablebook-private-temp"));
        own = made;
      }
    }
    return own;
  }

  /** The private folder this JVM's parent made for it ({@link #PROPERTY}), if it did. */
  public static Optional<Path> given() {
    String folder = System.getProperty(PROPERTY, "");
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /** Removes {@code folder} and everything in it (links, not what they point to); returns whether it is gone. */
  public static boolean remove(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          Files.deleteIfExists(file); // unreadable: removed all the same when it can be
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what cannot be removed now is left to the next sweep
    }
    return !Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** Removes the private folders in {@code base} whose owner is no longer running; returns how many. */
  public static int sweep(Path base) {
    int removed = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, PREFIX + "*")) {
      for (Path folder : folders) {
        long owner = owner(folder.getFileName().toString());
        if (owner > 0 && !ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)
            && Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          removed += remove(folder) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temp folder that cannot be listed fails the create that follows, with its own message
    }
    return removed;
  }

  /** The owner's process id in a private folder's name, or -1 when the name is not one of ours. */
  static long owner(String name) {
    String rest = name.substring(PREFIX.length());
    rest = rest.startsWith(OLD_SPILL) ? rest.substring(OLD_SPILL.length()) : rest;
    int dash = rest.indexOf('-');
    if (dash <= 0 || dash == rest.length() - 1) {
      return -1;
    }
    String digits = rest.substring(0, dash);
    try {
      return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.parseLong(digits) : -1;
    } catch (NumberFormatException notOurs) {
      return -1; // too long for a process id
    }
  }
}
