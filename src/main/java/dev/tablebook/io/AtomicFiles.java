package dev.tablebook.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader, or a crash, never sees half of one: into a temporary file in the
 * same folder, then renamed over the target. A target that is a symbolic link is written through:
 * the file it finally points to is replaced (created, if the link dangles) and the link stays.
 * A file that exists keeps its mode (a private file stays private, a script executable); a new shared
 * file (a report, a kernelspec) is made readable by all, other new files are owner-only. Temporary files left by a writer that was killed are
 * removed by the next write of the same target (see {@link TempFiles}).
 *
 * @since 0.1
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Makes a file's content by writing it to the temporary file it is given (which exists, empty). */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temp) throws IOException;
  }

  /** Writes {@code text} as UTF-8. */
  public static void write(Path target, String text, boolean shared) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8), shared);
  }

  /** Writes {@code bytes}. */
  public static void write(Path target, byte[] bytes, boolean shared) throws IOException {
    write(target, shared, temp -> {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    });
  }

  /** Copies {@code in} to {@code target}. */
  public static void copy(InputStream in, Path target, boolean shared) throws IOException {
    write(target, shared, temp -> Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING));
  }

  /**
   * Writes what {@code content} writes to a temporary file beside {@code target} (a database's
   * {@code COPY ... TO}, say), then puts it in place: a failure of {@code content}, of any kind, leaves
   * {@code target} as it was.
   */
  public static void write(Path target, boolean shared, Content content) throws IOException {
    Path file = Links.finalTarget(target);
    Path temp = TempFiles.create(file);
    try {
      content.writeTo(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true); // on disk before the rename: a power cut cannot leave an empty file behind
      }
      finish(temp, file, shared);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void finish(Path temp, Path target, boolean shared) throws IOException {
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target)); // keep the file's mode, whoever may read it
      } catch (UnsupportedOperationException notPosix) {
        // the file system's defaults apply
      }
    } else if (shared) {
      permissions(temp, "rw-r--r--");
    }
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void permissions(Path file, String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException notPosix) {
      // the file system's defaults apply
    }
  }
}
