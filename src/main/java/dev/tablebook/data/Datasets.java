package dev.tablebook.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place that finds Tablebook's data package. In order:
 * <ol>
 *   <li>an explicit directory: the argument of {@link #open(Path)}, else the system property
 *       {@code tablebook.datasets}, else the environment variable {@code TABLEBOOK_DATASETS};
 *   <li>the {@code datasets/} folder of the working tree: the working directory or the nearest of its
 *       parents that has {@code datasets/datapackage.json} (so notebooks in {@code notebooks/} find it);
 *   <li>the copy bundled inside the jar, so the jar works from anywhere.
 * </ol>
 *
 * @since 0.1
 */
public final class Datasets {
  /** The system property naming an explicit datasets directory. */
  public static final String PROPERTY = "tablebook.datasets";
  /** The environment variable naming an explicit datasets directory. */
  public static final String ENVIRONMENT = "TABLEBOOK_DATASETS";

  static final String BUNDLED_FOLDER = "dev/tablebook/datasets";

  private Datasets() {}

  /** Opens the data package found by the search order above. */
  public static DataPackage open() {
    return DataPackage.open(locate(null));
  }

  /** Opens the package in {@code dir}, or searches as {@link #open()} does when {@code dir} is null. */
  public static DataPackage open(Path dir) {
    return DataPackage.open(locate(dir));
  }

  /** Opens the copy bundled inside the jar, whatever the working directory holds. */
  public static DataPackage bundled() {
    return DataPackage.open(bundledSource());
  }

  /** Where {@link #open(Path)} would read from. */
  public static PackageSource locate(Path dir) {
    return explicit(dir).or(() -> workingTree(Path.of(""))).map(PackageSource::directory).orElseGet(Datasets::bundledSource);
  }

  /**
   * The folder a JVM started in {@code workingDirectory} would read the package from, given the
   * directory it is told ({@code configured}, as {@link #configured}); empty when it would read the
   * copy bundled in the jar.
   */
  public static Optional<Path> directoryFor(Path workingDirectory, Optional<String> configured) {
    return configured.map(dir -> workingDirectory.resolve(dir).normalize()).or(() -> workingTree(workingDirectory));
  }

  /** The directory this JVM is told to read the package from: the system property, else the environment variable. */
  public static Optional<String> configured() {
    String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured);
  }

  private static Optional<Path> explicit(Path dir) {
    return dir != null ? Optional.of(dir) : configured().map(Path::of);
  }

  private static Optional<Path> workingTree(Path from) {
    for (Path at = from.toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("datasets");
      if (Files.isRegularFile(candidate.resolve(DescriptorReader.DESCRIPTOR))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static PackageSource bundledSource() {
    return PackageSource.classpath(Datasets.class.getClassLoader(), BUNDLED_FOLDER, "(bundled) datasets");
  }
}
