package dev.tablebook.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The native library of DuckDB's JDBC driver, extracted once per content into a cache folder instead
 * of once per process into the temp folder. The driver extracts the library it finds at the root of
 * its jar ({@code /libduckdb_java.so_linux_amd64}, 72 MB) to a new temp file in every JVM that uses
 * SQL, and relies on {@code deleteOnExit}, which never runs in a JVM that halts or is killed. Only when
 * that resource is absent does it call {@code System.loadLibrary("duckdb_java")}, which searches
 * {@code java.library.path} — read once at the JVM's start. So Tablebook's jar carries the libraries
 * under {@link #RESOURCES} instead (see the pom), each JVM Tablebook starts to run cells gets
 * {@link #libraryPathOption} on its command line, and {@link #prepare} (before the driver's first use)
 * extracts the library into that folder if it is not there yet: once per driver build and machine.
 *
 * <p>The folder is {@code $XDG_CACHE_HOME/tablebook/native/duckdb_java-OS_ARCH-KEY} (else
 * {@code ~/.cache/...}), KEY naming the library's content (its CRC-32 and size in the jar), so two
 * Tablebook builds never share a file. Where the jar carries no library (the driver's own jar is on the
 * class path, as in tests) the driver extracts its own, into the process's private temp folder
 * ({@link PrivateTemp}).
 *
 * @since 0.4
 */
public final class NativeLibraries {
  /** Where in Tablebook's jar the driver's libraries are, under the driver's names ({@code libduckdb_java.so_OS_ARCH}). */
  public static final String RESOURCES = "dev/tablebook/native/";
  /** The library's name for {@code System.loadLibrary}. */
  static final String NAME = "duckdb_java";

  private NativeLibraries() {}

  /** Where the library for this OS and architecture is looked for, if Tablebook's jar carries one. */
  public static Optional<Path> folder() {
    return resource().map(NativeLibraries::folder);
  }

  /**
   * {@code -Djava.library.path=FOLDER:PATH}: the cache folder first (a system-wide library of another
   * version must not win), then this JVM's own path (its defaults and {@code LD_LIBRARY_PATH}); empty
   * when the jar carries no library.
   */
  public static Optional<String> libraryPathOption() {
    return folder().map(folder -> {
      String own = System.getProperty("java.library.path", "");
      boolean already = Arrays.asList(own.split(File.pathSeparator)).contains(folder.toString());
      return "-Djava.library.path=" + (already ? own : own.isEmpty() ? folder.toString() : folder + File.pathSeparator + own);
    });
  }

  /**
   * Makes the library loadable for the driver: when the jar carries one, extracts it into its folder
   * if it is not there whole (atomically: concurrent JVMs each see a whole file or none), and checks
   * that the folder is on this JVM's {@code java.library.path}. Does nothing where the driver extracts its own.
   *
   * @throws IOException when the library cannot be extracted, or this JVM was started without the
   *     folder on its path (the message says which option to add)
   */
  public static void prepare() throws IOException {
    Optional<Resource> resource = resource();
    if (resource.isEmpty()) {
      return;
    }
    String path = System.getProperty("java.library.path", "");
    String name = folder(resource.get()).getFileName().toString();
    Optional<Path> besideJar = besideJar(resource.get());
    // The cache folder on the path, wherever it is (the kernelspec's command line was written with the installing user's
    // cache), or the folder beside Tablebook's jar (the launcher's; it cannot compute the content-named one).
    Path folder = Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isEmpty()).map(Path::of)
        .filter(entry -> entry.getFileName() != null && entry.getFileName().toString().equals(name)
            || besideJar.map(entry.toAbsolutePath()::equals).orElse(false))
        .findFirst()
        .orElseThrow(() -> new IOException("this JVM was started without DuckDB's native library folder on its java.library.path;"
            + " start it with " + libraryPathOption().orElse("") + " (the kernel that tablebook install writes, the runner's"
            + " notebook JVMs and the tablebook launcher have it)"));
    Path file = folder.resolve(System.mapLibraryName(NAME));
    Path stamp = folder.resolve("content-key");
    boolean current = Files.isRegularFile(file) && Files.size(file) == resource.get().size()
        && (folder.getFileName().toString().equals(name) || Files.isRegularFile(stamp) && Files.readString(stamp).equals(resource.get().key()));
    if (!current) {
      try (InputStream in = resource.get().url().openStream()) {
        Files.createDirectories(folder);
        AtomicFiles.copy(in, file, true);
        AtomicFiles.write(stamp, resource.get().key(), true);
      } catch (java.nio.file.FileSystemException e) {
        throw new IOException("cannot extract DuckDB's native library to " + file + ": " + FileErrors.reason(e), e);
      }
    }
  }

  /** {@code JAR.native}, beside the jar the library is in (where the {@code tablebook} launcher points), if it is in a jar file. */
  private static Optional<Path> besideJar(Resource resource) {
    try {
      if (resource.url().openConnection() instanceof JarURLConnection jar && "file".equals(jar.getJarFileURL().getProtocol())) {
        Path jarFile = Path.of(jar.getJarFileURL().toURI()).toAbsolutePath();
        return Optional.of(jarFile.resolveSibling(jarFile.getFileName() + ".native"));
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // not a jar file on disk
    }
    return Optional.empty();
  }

  /** The library resource for this OS and architecture, its content key, and its size. */
  private record Resource(URL url, String key, long size) {}

  /** Ours, unless the driver finds its own (its jar is on the class path, as in Tablebook's tests): then it extracts that. */
  private static Optional<Resource> resource() {
    ClassLoader loader = NativeLibraries.class.getClassLoader();
    String name = "lib" + NAME + ".so_" + platform();
    URL url = loader.getResource(RESOURCES + name);
    if (url == null || loader.getResource(name) != null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection jar) {
        JarEntry entry = jar.getJarEntry();
        return Optional.of(new Resource(url, Long.toHexString(entry.getCrc()) + "-" + entry.getSize(), entry.getSize()));
      }
      CRC32 crc = new CRC32(); // a class folder, when run from the build: the same key as the jar entry's
      long size = 0;
      try (InputStream in = connection.getInputStream()) {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          crc.update(buffer, 0, n);
          size += n;
        }
      }
      return Optional.of(new Resource(url, Long.toHexString(crc.getValue()) + "-" + size, size));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: the driver finds no library and says so itself
    }
  }

  private static Path folder(Resource resource) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("tablebook").resolve("native").resolve(NAME + "-" + platform() + "-" + resource.key()).toAbsolutePath();
  }

  /** The driver's name for this OS and architecture ({@code org.duckdb.DuckDBNative}): {@code linux_amd64}, {@code macos_arm64}, ... */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).trim();
    os = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux"
        : os.replaceAll("[^a-z0-9_\\-.]", "");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT).trim();
    arch = arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64"
        : arch.replaceAll("[^a-z0-9_\\-.]", "");
    return os + "_" + arch;
  }
}
