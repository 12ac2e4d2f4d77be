package dev.tablebook.engine.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.EngineTestBase;
import dev.tablebook.engine.RecordingSink;
import dev.tablebook.engine.output.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven magics against Maven Central (the only network these tests use). */
class EngineMavenTest extends EngineTestBase {

  @Test
  void mavenGetsTheAskedVersionOfALibraryTheKernelHasAnotherVersionOf() {
    RecordingSink sink = run("%maven com.fasterxml.jackson.core:jackson-databind:2.15.4\n"
        + "var json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(\"mean\", 2.5));\n"
        + "json + \" \" + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + \" \" + com.fasterxml.jackson.core.json.PackageVersion.VERSION");
    assertEquals("{\"mean\":2.5} 2.15.4 2.15.4", sink.result(), "the kernel's own Jackson (2.21) must not shadow the asked one");
    assertTrue(engine.resolvedArtifacts().contains("com.fasterxml.jackson.core:jackson-databind:jar:2.15.4"), engine.resolvedArtifacts().toString());
  }

  @Test
  void mavenAddsALibraryTheKernelDoesNotHave() {
    assertEquals("CompilationException", run("org.apache.commons.csv.CSVFormat.DEFAULT").error().ename());
    RecordingSink sink = run("%maven org.apache.commons:commons-csv:1.10.0\n"
        + "org.apache.commons.csv.CSVFormat.DEFAULT.format(\"a\", \"b,c\")");
    assertEquals("a,\"b,c\"", sink.result(), sink.outputs.toString());
  }

  @Test
  void aLibraryCellsShareWithTheKernelAtAnotherVersionIsReportedWithBothVersions() {
    RecordingSink sink = run("%maven com.google.guava:failureaccess:1.0.1");
    assertEquals("note: com.google.guava:failureaccess:1.0.1 was resolved, but cells get the kernel's 1.0.2 (cells share"
        + " Tablesaw and the libraries of its API with the kernel, whose tables, charts and SQL are made of Tablesaw's classes:"
        + " see \"One Tablesaw\" in the README); the 1.0.1 jar was not added\n", sink.stdout());
    RecordingSink pom = run("%%loadFromPOM\n<dependency><groupId>com.google.guava</groupId><artifactId>failureaccess</artifactId>"
        + "<version>1.0.1</version></dependency>");
    assertEquals(sink.stdout(), pom.stdout());
    assertEquals("", run("%maven com.google.guava:failureaccess:1.0.2").stdout(), "the kernel's version is no conflict");
    assertTrue(MavenMagics.conflictNote("tech.tablesaw:tablesaw-core", "0.32.7", "0.44.4")
        .endsWith("the 0.32.7 jar was not added: cells compile against 0.44.4's API, where what changed since 0.32.7 may not compile"));
  }

  @Test
  void mavenResolvesTransitiveDependencies() {
    RecordingSink sink = run("%maven org.apache.commons:commons-text:1.12.0\n"
        + "org.apache.commons.lang3.StringUtils.capitalize(org.apache.commons.text.WordUtils.swapCase(\"hELLO\"))");
    assertEquals("Hello", sink.result());
    assertTrue(engine.resolvedArtifacts().stream().anyMatch(a -> a.startsWith("org.apache.commons:commons-lang3:jar:")),
        engine.resolvedArtifacts().toString());
  }

  @Test
  void loadFromPomInACellReadsItsDependencies() {
    RecordingSink sink = run("%%loadFromPOM\n<dependency>\n  <groupId>org.apache.commons</groupId>\n"
        + "  <artifactId>commons-collections4</artifactId>\n  <version>4.4</version>\n</dependency>");
    assertEquals(List.of(), sink.outputs);
    assertEquals("true", run("new org.apache.commons.collections4.bag.HashBag<String>().isEmpty()").result());
  }

  @Test
  void loadFromPomReadsAFileWithProperties(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
        + "<artifactId>a</artifactId><version>1</version><properties><math.version>3.6.1</math.version></properties>"
        + "<dependencies><dependency><groupId>org.apache.commons</groupId><artifactId>commons-math3</artifactId>"
        + "<version>${math.version}</version></dependency></dependencies></project>");
    run("%loadFromPOM " + dir.resolve("pom.xml"));
    assertEquals("3.0", run("org.apache.commons.math3.util.FastMath.sqrt(9.0)").result());
  }

  @Test
  void anArtifactThatCannotBeResolvedIsNamedWithTheReason() {
    Output.Error error = run("%maven org.example.tablebook:no-such-artifact:9.9.9").error();
    assertEquals("MagicException", error.ename());
    assertTrue(error.evalue().startsWith("cannot resolve org.example.tablebook:no-such-artifact:jar:9.9.9: "), error.evalue());
  }

  @Test
  void badArgumentsAreClearErrors() {
    assertTrue(run("%maven not-a-coordinate").error().evalue().startsWith("\"not-a-coordinate\" is not a Maven coordinate"));
    assertTrue(run("%mavenRepo only-an-id").error().evalue().startsWith("%mavenRepo needs an id and a URL"));
    assertTrue(run("%%loadFromPOM\n<dependency><groupId>x").error().evalue().startsWith("the POM does not parse"));
  }

  @Test
  void settingsMirrorsAndLocalRepositoryAreRead(@TempDir Path dir) throws Exception {
    Path settings = dir.resolve("settings.xml");
    Files.writeString(settings, "<settings><localRepository>" + dir.resolve("repo") + "</localRepository><mirrors>"
        + "<mirror><id>corp</id><url>https://repo.example.org/all</url><mirrorOf>*</mirrorOf></mirror>"
        + "</mirrors></settings>");
    MavenSettings read = MavenSettings.read(settings, dir.resolve("default"));
    assertEquals(dir.resolve("repo"), read.localRepository());
    assertEquals(List.of(new MavenSettings.Mirror("corp", "https://repo.example.org/all", "*")), read.mirrors());
    assertEquals(dir.resolve("default"), MavenSettings.read(dir.resolve("none.xml"), dir.resolve("default")).localRepository());
  }
}
