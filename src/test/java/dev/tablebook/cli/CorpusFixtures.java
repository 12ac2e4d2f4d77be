package dev.tablebook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the IJava corpus notebooks load, built next to them from the sources in
 * {@code src/test/notebooks/ijava/fixtures} (no binaries in git): jars and a class folder in
 * {@code lib/}, two Maven file repositories ({@code repo/}, {@code repo-extra/}), and
 * {@code fixture-repo.jsh}, the {@code %mavenRepo} line with {@code repo/}'s absolute URL. A Maven
 * home ({@code user.home}) of their own keeps the resolved artifacts out of the user's
 * {@code ~/.m2} and sends Maven Central to an empty folder, so nothing reaches the network.
 */
final class CorpusFixtures {
  static final String GROUP = "dev.tablebook.fixture";
  private static final String PACKAGE = GROUP.replace('.', '/') + "/";

  /** One artifact of a fixture repository: its jar holds one class; a classified jar shares its artifact's POM. */
  private record Artifact(String repository, String artifactId, String classifier, String className, List<String> dependencies) {}

  private static final List<Artifact> ARTIFACTS = List.of(
      new Artifact("repo", "greeting", null, "Greeting", List.of("words")),
      new Artifact("repo", "greeting", "shout", "Shout", List.of()),
      new Artifact("repo", "words", null, "Words", List.of()),
      new Artifact("repo", "farewell", null, "Farewell", List.of()),
      new Artifact("repo", "wave", null, "Wave", List.of()),
      new Artifact("repo-extra", "extra", null, "Extra", List.of()));

  /** The jars of {@code lib/}, by path, with the class each holds; {@code lib/classes/} holds Wave. */
  private static final Map<String, String> LIB_JARS = Map.of(
      "lib/greeting.jar", "Greeting", "lib/farewell.jar", "Farewell", "lib/extras/shout.jar", "Shout");

  private CorpusFixtures() {}

  /** Copies {@code corpus} into {@code folder} and builds the fixtures there; {@code classes} holds the compiled fixture classes. */
  static void layOut(Path corpus, Path classes, Path folder) throws IOException {
    copy(corpus, folder);
    for (Map.Entry<String, String> jar : LIB_JARS.entrySet()) {
      writeJar(folder.resolve(jar.getKey()), classes, jar.getValue());
    }
    copyClass(classes, "Wave", folder.resolve("lib/classes"));
    for (Artifact artifact : ARTIFACTS) {
      Path dir = folder.resolve(artifact.repository()).resolve(PACKAGE).resolve(artifact.artifactId()).resolve("1.0");
      String base = artifact.artifactId() + "-1.0";
      writeJar(dir.resolve(base + (artifact.classifier() == null ? "" : "-" + artifact.classifier()) + ".jar"),
          classes, artifact.className());
      if (artifact.classifier() == null) {
        Files.writeString(dir.resolve(base + ".pom"), pom(artifact), StandardCharsets.UTF_8);
      }
    }
    for (String repository : List.of("repo", "repo-extra")) {
      writeChecksums(folder.resolve(repository));
    }
    // One line: the magic with the absolute URL that a committed notebook cannot know (maven.ipynb says so).
    Files.writeString(folder.resolve("fixture-repo.jsh"), "%mavenRepo fixtures " + folder.resolve("repo").toUri() + "\n",
        StandardCharsets.UTF_8);
  }

  /** Compiles the fixture sources of {@code corpus} (for Java 17) into {@code classes}. */
  static void compile(Path corpus, Path classes) throws IOException {
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    try (Stream<Path> files = Files.walk(corpus.resolve("fixtures"))) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> arguments.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the corpus fixtures do not compile: " + arguments);
    }
  }

  /**
   * Makes {@code home} a Maven home: settings that mirror Central to an empty folder, and no local
   * repository yet (it is emptied before each notebook, so no notebook resolves what another downloaded).
   */
  static void mavenHome(Path home) throws IOException {
    Path m2 = home.resolve(".m2");
    Files.createDirectories(home.resolve("no-central"));
    Files.createDirectories(m2);
    Files.writeString(m2.resolve("settings.xml"), """
        <settings>
          <!-- Written by IJavaCorpusIT: the corpus reaches no network, so Central is an empty folder. -->
          <mirrors>
            <mirror>
              <id>no-central</id>
              <mirrorOf>central</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(home.resolve("no-central").toUri()), StandardCharsets.UTF_8);
    clearLocalRepository(home);
  }

  /** Deletes the local repository of the Maven home {@code home}. */
  static void clearLocalRepository(Path home) throws IOException {
    delete(home.resolve(".m2/repository"));
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static String pom(Artifact artifact) {
    StringBuilder dependencies = new StringBuilder();
    for (String dependency : artifact.dependencies()) {
      dependencies.append("""
              <dependency>
                <groupId>%s</groupId>
                <artifactId>%s</artifactId>
                <version>1.0</version>
              </dependency>
          """.formatted(GROUP, dependency));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>%s</groupId>
          <artifactId>%s</artifactId>
          <version>1.0</version>
          <dependencies>
        %s  </dependencies>
        </project>
        """.formatted(GROUP, artifact.artifactId(), dependencies);
  }

  private static void writeJar(Path jar, Path classes, String className) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry(PACKAGE + className + ".class"));
      Files.copy(classes.resolve(PACKAGE + className + ".class"), out);
      out.closeEntry();
    }
  }

  private static void copyClass(Path classes, String className, Path folder) throws IOException {
    Path target = folder.resolve(PACKAGE + className + ".class");
    Files.createDirectories(target.getParent());
    Files.copy(classes.resolve(PACKAGE + className + ".class"), target);
  }

  /** SHA-1 and MD5 files beside every file of a repository, as Maven checks them. */
  private static void writeChecksums(Path repository) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(repository)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (String algorithm : List.of("SHA-1", "MD5")) {
        Path sum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase(Locale.ROOT));
        Files.writeString(sum, HexFormat.of().formatHex(digest(algorithm, bytes)), StandardCharsets.US_ASCII);
      }
    }
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the folder {@code from} into {@code to}. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
