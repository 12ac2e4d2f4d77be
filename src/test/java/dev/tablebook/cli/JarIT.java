package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: from a directory that has no datasets of its own. */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();

  record Result(int exit, String out, String err) {}

  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    return run(Map.of(), dir, args);
  }

  /** Runs the jar with {@code environment} added to this process's environment. */
  static Result run(Map<String, String> environment, Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("tablebook-out", ".txt");
    Path err = Files.createTempFile("tablebook-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tablebook " + String.join(" ", args) + " did not finish in 60 s");
    }
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void fromAnEmptyDirectoryTheBundledDatasetsAreFoundAndValid(@TempDir Path empty) throws Exception {
    Result result = run(empty, "datasets", "validate");
    assertEquals(0, result.exit(), result.err());
    assertEquals("(bundled) datasets: valid (8 resources, 7 tables, 67 rows)\n", result.out());
    try (var files = Files.list(empty)) {
      assertEquals(0, files.count(), "the jar wrote nothing into the working directory");
    }
  }

  @Test
  void fromAnEmptyDirectoryATableIsShown(@TempDir Path empty) throws Exception {
    Result result = run(empty, "datasets", "show", "trade_totals", "--format", "csv");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("\n2023,240.11,26.3,110.97,46.9,129.14,12.7,,,gac,reported,"), result.out());
    assertEquals("", result.err(), "no logging noise on stderr");
  }

  @Test
  void aBrokenPackageExitsOneWithEveryProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("datapackage.json"), "{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\","
        + " \"schema\": {\"fields\": [{\"name\": \"n\", \"type\": \"integer\"}]}}]}");
    Files.writeString(dir.resolve("t.csv"), "n\n1\ntwo\n3.5\n");
    Result result = run(dir, "datasets", "validate", ".");
    assertEquals(1, result.exit());
    assertEquals("t.csv:3:1 n: \"two\" is not an integer\nt.csv:4:1 n: \"3.5\" is not an integer\n2 problems\n",
        result.err());
  }

  @Test
  void nothingOfSparkIsOnTheKernelsClassPathOnlyTheGlueJarThatPercentSparkAdds() throws IOException {
    List<String> entries = new ArrayList<>();
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JAR.toFile())) {
      jar.stream().forEach(entry -> entries.add(entry.getName()));
    }
    assertEquals(List.of(), entries.stream().filter(name -> name.startsWith("org/apache/spark/") || name.startsWith("scala/")
        || name.startsWith("dev/tablebook/spark/")).toList());
    assertTrue(entries.contains("tablebook-spark/tablebook-spark.jar"), "the glue jar %spark connect adds");
  }

  @Test
  void versionNamesTheJavaItRunsOn(@TempDir Path empty) throws Exception {
    Result result = run(empty, "--version");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("Java " + Runtime.version().feature()), result.out());
  }
}
