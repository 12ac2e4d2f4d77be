package dev.tablebook.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The small broken data packages under {@code src/test/resources/packages}, and file snapshots. */
final class Fixtures {
  private Fixtures() {}

  /** The fixture package's directory on disk. */
  static Path dir(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/packages/" + name + "/datapackage.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture package, its files shown in messages as {@code datasets/FILE}. */
  static DataPackage open(String name) {
    return DataPackage.open(PackageSource.directory(dir(name), "datasets"));
  }

  /** Every file below {@code dir} with its bytes and modification time, to prove nothing was written. */
  static Map<String, String> snapshot(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Map<String, String> state = new TreeMap<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        state.put(dir.relativize(file).toString(),
            Files.getLastModifiedTime(file) + " " + java.util.Arrays.hashCode(Files.readAllBytes(file)));
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
