package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.maven.TestMaven;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inspection at detail levels 0 and 1 for the JDK, Tablesaw, Tablebook and a {@code %maven} library
 * whose sources jar sits in a {@code file:} repository (Central is an empty folder here: no network).
 */
class InspectJavadocTest extends EngineTestBase {
  private static final String GROUP = "dev.tablebook.inspecttest";

  @TempDir
  static Path work;

  @BeforeAll
  static void offline() throws Exception {
    forgetPublished();
    Files.createDirectories(work.resolve("empty-central"));
    restartWith(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024).withWorkingDirectory(work));
    assertEquals(List.of(), run("%mavenRepo central " + work.resolve("empty-central").toUri()).outputs);
  }

  @AfterAll
  static void forgetPublished() throws Exception {
    Path published = TestMaven.localRepository().resolve(GROUP.replace('.', '/'));
    if (Files.exists(published)) {
      try (Stream<Path> files = Files.walk(published)) {
        for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aJdkMethodHasItsSummaryOrItsWholeJavadocWhereTheJdkShipsItsSources() {
    String summary = engine.inspect("String.join(", 12, 0).orElseThrow();
    String full = engine.inspect("String.join(", 12, 1).orElseThrow();
    assertTrue(summary.contains("String String.join(CharSequence delimiter, CharSequence... elements)"), summary);
    if (Files.isReadable(Path.of(System.getProperty("java.home"), "lib", "src.zip"))) {
      assertTrue(summary.contains("Returns a new String composed of copies of the"), summary);
      assertFalse(summary.contains("Parameters:"), summary);
      assertTrue(full.contains("Parameters:\n  delimiter - the delimiter that separates each element"), full);
    } else {
      assertEquals(summary, full, "without src.zip, JShell has signatures only");
    }
  }

  @Test
  void aTablesawMethodHasItsSignaturesWithoutItsSourcesAndAnswersInTime() throws Exception {
    long start = System.nanoTime();
    String text = engine.inspect("Table.create(", 13, 1).orElseThrow();
    assertTrue((System.nanoTime() - start) / 1_000_000 < Engine.SOURCES_WAIT_MS + 2_000, "bounded wait");
    assertTrue(text.contains("Table Table.create(String tableName)"), text);
    Path real = TestMaven.localRepository().resolve("tech/tablesaw/tablesaw-core");
    try (Stream<Path> files = Files.walk(real)) {
      if (files.anyMatch(p -> p.getFileName().toString().endsWith("-sources.jar"))) {
        assertTrue(text.contains("Returns a new"), "its sources jar is in the local repository: " + text);
      }
    }
  }

  @Test
  void tablebooksOwnClassesHaveTheirJavadocFromTheBundledSources() {
    assertEquals("Table ArticleFacts.tradeTotals()\nChina–Russia trade in goods by year, 2013–2025, USD billion (GAC).",
        engine.inspect("ArticleFacts.tradeTotals()", 15, 0).orElseThrow());
    assertEquals("dev.tablebook.data.ArticleFacts\nThe article's facts as Tablesaw tables, for notebook cells:"
        + " ArticleFacts.tradeTotals().", engine.inspect("ArticleFacts", 3, 0).orElseThrow());
    String full = engine.inspect("ArticleFacts", 3, 1).orElseThrow();
    assertTrue(full.contains("every call returns a fresh copy") && full.endsWith("Since:\n  0.1"), full);
  }

  @Test
  void aMavenLibrarysJavadocComesFromItsSourcesJar() throws Exception {
    Path repo = publishDocumented(work.resolve("documented"));
    run("%mavenRepo inspect-docs " + repo.toUri());
    RecordingSink loaded = run("%maven " + GROUP + ":documented:1.0\ninspecttest.Documented.greet(\"x\")");
    assertEquals("hello x", loaded.result(), loaded.outputs.toString());
    String summary = engine.inspect("inspecttest.Documented.greet(", 28, 0).orElseThrow();
    assertEquals("String Documented.greet(String)\nGreets someone by name.", summary.replace("inspecttest.", ""));
    String full = engine.inspect("inspecttest.Documented.greet(", 28, 1).orElseThrow();
    assertTrue(full.contains("Greets someone by name. Politely.\n\nParameters:\n  name - who\n\nReturns:\n  the greeting"), full);
  }

  @Test
  void anUnknownNameIsNotFound() {
    assertTrue(engine.inspect("noSuchThingAnywhere", 5, 1).isEmpty());
  }

  /** A repository holding {@code documented-1.0.jar} and its sources jar, whose one method has a doc comment. */
  private static Path publishDocumented(Path dir) throws Exception {
    String source = "package inspecttest;\n/** A documented class. */\npublic class Documented {\n"
        + "  /**\n   * Greets someone by name. Politely.\n   *\n   * @param name who\n   * @return the greeting\n   */\n"
        + "  public static String greet(String name) { return \"hello \" + name; }\n}\n";
    Path src = Files.createDirectories(dir.resolve("src/inspecttest"));
    Files.writeString(src.resolve("Documented.java"), source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        src.resolve("Documented.java").toString()));
    Path folder = Files.createDirectories(dir.resolve("repository/" + GROUP.replace('.', '/') + "/documented/1.0"));
    Files.writeString(folder.resolve("documented-1.0.pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>" + GROUP
        + "</groupId><artifactId>documented</artifactId><version>1.0</version></project>");
    jar(folder.resolve("documented-1.0.jar"), "inspecttest/Documented.class", Files.readAllBytes(classes.resolve("inspecttest/Documented.class")));
    jar(folder.resolve("documented-1.0-sources.jar"), "inspecttest/Documented.java", source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return dir.resolve("repository");
  }

  private static void jar(Path file, String entry, byte[] bytes) throws Exception {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new JarEntry(entry));
      out.write(bytes);
      out.closeEntry();
    }
  }
}
