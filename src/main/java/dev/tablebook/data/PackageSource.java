package dev.tablebook.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a data package's files live: a directory on disk or a folder inside the jar. Paths are
 * always the relative, forward-slash paths of the descriptor.
 *
 * @since 0.1
 */
public interface PackageSource {

  /** Opens a file of the package; throws {@link FileNotFoundException} when it is not there. */
  InputStream open(String path) throws IOException;

  /** The file's name as shown in messages, such as {@code datasets/trade_totals.csv}. */
  String displayName(String path);

  /** A directory on disk; messages name files relative to the working directory when inside it. */
  static PackageSource directory(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    String shown = absolute.equals(cwd) ? "." : absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    return directory(dir, shown);
  }

  /** A directory on disk whose files messages show as {@code shownAs/file}. */
  static PackageSource directory(Path dir, String shownAs) {
    Path absolute = dir.toAbsolutePath().normalize();
    return new PackageSource() {
      @Override
      public InputStream open(String path) throws IOException {
        return Files.newInputStream(absolute.resolve(path));
      }

      @Override
      public String displayName(String path) {
        return shownAs.equals(".") ? path : shownAs.replace('\\', '/') + "/" + path;
      }

      @Override
      public String toString() {
        return shownAs;
      }
    };
  }

  /** A folder of class path resources, such as the copy of {@code datasets/} bundled in the jar. */
  static PackageSource classpath(ClassLoader loader, String folder, String shownAs) {
    return new PackageSource() {
      @Override
      public InputStream open(String path) throws IOException {
        InputStream in = loader.getResourceAsStream(folder + "/" + path);
        if (in == null) {
          throw new FileNotFoundException(displayName(path));
        }
        return in;
      }

      @Override
      public String displayName(String path) {
        return shownAs + "/" + path;
      }

      @Override
      public String toString() {
        return shownAs;
      }
    };
  }
}
