package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.jvm.ClassDataArchive;
import dev.tablebook.jvm.JvmOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tablebook install} from the packaged jar: the kernelspec's argv and its class-data archive. */
class InstallIT {
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private static List<String> argv(Path kernelDir) throws Exception {
    JsonNode spec = new ObjectMapper().readTree(Files.readString(kernelDir.resolve("kernel.json")));
    List<String> argv = new ArrayList<>();
    spec.get("argv").forEach(node -> argv.add(node.asText()));
    return argv;
  }

  /**
   * {@code argv} without its {@code -Djava.library.path}, checked first: it puts the cache folder of
   * DuckDB's native library, named after the library's content in {@code jar}, before this JVM's path.
   */
  private static List<String> withoutLibraryPath(List<String> argv, Path jar) throws Exception {
    List<String> paths = argv.stream().filter(option -> option.startsWith("-Djava.library.path=")).toList();
    assertEquals(1, paths.size(), argv.toString());
    String[] entries = paths.get(0).substring("-Djava.library.path=".length()).split(java.io.File.pathSeparator);
    String platform = "linux_" + (System.getProperty("os.arch").equals("aarch64") ? "arm64" : "amd64");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      java.util.zip.ZipEntry library = zip.getEntry("dev/tablebook/native/libduckdb_java.so_" + platform);
      assertTrue(entries[0].endsWith("/tablebook/native/duckdb_java-" + platform + "-" + Long.toHexString(library.getCrc()) + "-"
          + library.getSize()), entries[0]);
      assertEquals(null, zip.getEntry("libduckdb_java.so_" + platform), "not where the driver would extract it from");
    }
    assertEquals(List.of(System.getProperty("java.library.path").split(java.io.File.pathSeparator)),
        List.of(entries).subList(1, entries.length), "then the path the JVM has anyway");
    List<String> rest = new ArrayList<>(argv);
    rest.removeAll(paths);
    return rest;
  }

  @Test
  void installMakesAnArchiveForTheInstalledJarAndPutsItsOptionsInTheArgv(@TempDir Path dir) throws Exception {
    JarIT.Result result = JarIT.run(dir, "install", "--prefix", dir.toString(), "--jvm-opt=-Xmx1g");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("Making a class-data archive so the kernel starts faster (a training run, about 10 s"),
        result.out());
    Path kernel = dir.resolve("share/jupyter/kernels/tablebook");
    Path jar = kernel.resolve("tablebook.jar");
    List<String> options = ClassDataArchive.jvmOptionsToStore(JAVA, jar);
    assertTrue(!options.isEmpty(), "the installed jar has a fitting archive: " + result.out() + result.err());
    assertTrue(ClassDataArchive.pathFor(JAVA, jar).startsWith(kernel), "inside the kernelspec folder");
    List<String> expected = new ArrayList<>(List.of(JAVA.toRealPath().toString()));
    expected.addAll(JvmOptions.forCells(JAVA));
    expected.addAll(JvmOptions.KERNEL);
    expected.add("-Xmx1g");
    expected.addAll(options);
    expected.addAll(List.of("-jar", jar.toString(), "kernel", "-f", "{connection_file}"));
    assertEquals(expected, withoutLibraryPath(argv(kernel), jar));
  }

  @Test
  void noClassDataInstallsWithoutAnArchive(@TempDir Path dir) throws Exception {
    JarIT.Result result = JarIT.run(dir, "install", "--prefix", dir.toString(), "--no-class-data");
    assertEquals(0, result.exit(), result.err());
    Path kernel = dir.resolve("share/jupyter/kernels/tablebook");
    List<String> expected = new ArrayList<>(List.of(JAVA.toRealPath().toString()));
    expected.addAll(JvmOptions.forCells(JAVA)); // what every JVM running cells gets
    expected.addAll(JvmOptions.KERNEL);
    expected.addAll(List.of("-jar", kernel.resolve("tablebook.jar").toString(), "kernel", "-f", "{connection_file}"));
    assertEquals(expected, withoutLibraryPath(argv(kernel), kernel.resolve("tablebook.jar")));
    try (java.io.InputStream plotly = dev.tablebook.display.Plotly.open()) { // served by Jupyter to jsplot figures
      assertEquals(plotly.readAllBytes().length, Files.size(kernel.resolve(dev.tablebook.display.Plotly.FILE_NAME)));
    }
    assertTrue(!Files.exists(kernel.resolve("tablebook.jar.class-data")));
  }
}
