package dev.tablebook.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of atomic writes, named {@code .NAME.tablebook-PID-RANDOM.tmp} after their
 * target and the writing process, so that the ones a killed writer left behind can be recognised
 * and removed, and a live writer's never are.
 *
 * @since 0.1
 */
public final class TempFiles {
  private static final String MARK = ".tablebook-";
  private static final String SUFFIX = ".tmp";

  private TempFiles() {}

  /**
   * Creates a new, empty, owner-only temporary file next to {@code target}, after removing the
   * temporary files of the same target whose writer is no longer running.
   */
  static Path create(Path target) throws IOException {
    removeAbandoned(target);
    Path dir = target.getParent();
    String prefix = prefix(target) + ProcessHandle.current().pid() + "-";
    while (true) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
      try {
        return createPrivate(temp);
      } catch (FileAlreadyExistsException taken) {
        // another write of this process drew the same number: draw again
      } catch (NoSuchFileException e) {
        throw named(new NoSuchFileException(target.toString(), null, "its folder does not exist"), e);
      } catch (AccessDeniedException e) {
        throw named(new AccessDeniedException(target.toString(), null, "no permission to create a file in its folder"), e);
      }
    }
  }

  /** The error named after the target the user asked for, not after a temporary file they never heard of. */
  private static IOException named(IOException clear, IOException cause) {
    clear.initCause(cause);
    return clear;
  }

  private static Path createPrivate(Path file) throws IOException {
    try {
      return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      return Files.createFile(file);
    }
  }

  /**
   * Removes the temporary files of writes to {@code target} whose process has ended (killed before
   * its rename); returns how many. Files it cannot remove are left for a later write.
   */
  public static int removeAbandoned(Path target) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String prefix = prefix(absolute);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix))) {
      for (Path file : files) {
        long pid = writer(file.getFileName().toString(), prefix);
        if (pid > 0 && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          removed += Files.deleteIfExists(file) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a folder that cannot be listed fails the write itself, with a message that names it
    }
    return removed;
  }

  private static String prefix(Path target) {
    return "." + target.getFileName() + MARK;
  }

  /** The process id in a temporary file's name, or -1 when the name is not one of ours. */
  private static long writer(String fileName, String prefix) {
    if (!fileName.endsWith(SUFFIX)) {
      return -1;
    }
    String rest = fileName.substring(prefix.length(), fileName.length() - SUFFIX.length());
    int dash = rest.indexOf('-');
    try {
      return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
    } catch (NumberFormatException notOurs) {
      return -1;
    }
  }
}
