package dev.tablebook.engine.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.EngineTestBase;
import dev.tablebook.engine.RecordingSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven magics in every form IJava documents, against {@code file:} repositories laid out here:
 * no network. Each test publishes its own artifacts (group {@value #GROUP}, version 1.0, each jar
 * holding one class {@code formstest.Name} whose {@code hello()} returns "Name"), so no test sees
 * another's repository; the local repository's copies of that group are removed before and after.
 */
class MavenMagicsFormsTest extends EngineTestBase {
  static final String GROUP = "dev.tablebook.formstest";

  @TempDir
  static Path work;

  /** This class's engine works in {@link #work}, and its Central is an empty folder. */
  @BeforeAll
  static void useAnEngineOfItsOwn() {
    try {
      forgetPublished();
      Files.createDirectories(work.resolve("empty-central"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    restartWith(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024).withWorkingDirectory(work));
    assertEquals(List.of(), run("%mavenRepo central " + work.resolve("empty-central").toUri()).outputs);
  }

  @AfterAll
  static void forgetPublished() throws Exception {
    Path published = MavenSettings.ofUser().localRepository().resolve(GROUP.replace('.', '/'));
    if (Files.exists(published)) {
      try (Stream<Path> files = Files.walk(published)) {
        for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  // ---- %%loadFromPOM fragments

  @Test
  void aLooseRepositoryAndDependencyAsInIJavasDocs(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "loose", null, "Loose");
    RecordingSink sink = run("%%loadFromPOM\n<repository>\n  <id>forms-loose</id>\n  <url>" + repo.toUri() + "</url>\n"
        + "</repository>\n\n<dependency>\n  <groupId>" + GROUP + "</groupId>\n  <artifactId>loose</artifactId>\n"
        + "  <version>1.0</version>\n</dependency>\n");
    assertEquals(List.of(), sink.outputs);
    assertEquals("Loose", run("formstest.Loose.hello()").result());
  }

  @Test
  void wrappersProjectIdentityAndPropertiesAreCollected(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "wrapped", null, "Wrapped");
    publish(dir, "wrapped-too", null, "WrappedToo");
    RecordingSink sink = run("%%loadFromPOM\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<modelVersion>4.0.0</modelVersion>\n"
        + "<groupId>my.notebook</groupId><artifactId>analysis</artifactId><version>2</version>\n"
        + "<properties><forms.version>1.0</forms.version></properties>\n"
        + "<repositories><repository><id>forms-wrapped</id><url>" + repo.toUri() + "</url>"
        + "<snapshots><enabled>false</enabled></snapshots></repository></repositories>\n"
        + "<dependencies>\n" + dependency("wrapped", "<version>${forms.version}</version>") + "\n</dependencies>\n"
        + dependency("wrapped-too", "<version>${forms.version}</version>"));
    assertEquals(List.of(), sink.outputs);
    assertEquals("Wrapped WrappedToo", run("formstest.Wrapped.hello() + \" \" + formstest.WrappedToo.hello()").result());
  }

  @Test
  void aWholeProjectIsUsedAsItIs(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "whole", null, "Whole");
    RecordingSink sink = run("%%loadFromPOM\n<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
        + "<modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version>"
        + "<repositories><repository><id>forms-whole</id><url>" + repo.toUri() + "</url></repository></repositories>"
        + "<dependencies>" + dependency("whole", "<version>${project.version}.0</version>") + "</dependencies></project>");
    assertEquals(List.of(), sink.outputs);
    assertEquals("Whole", run("formstest.Whole.hello()").result());
  }

  @Test
  void malformedXmlIsPlacedInTheCellsBody() {
    String wrongEnd = run("%%loadFromPOM\n<dependency>\n  <groupId>" + GROUP + "</groupId>\n  <artifactId>x</artifact>\n"
        + "</dependency>").error().evalue();
    assertTrue(wrongEnd.startsWith("the POM does not parse at line 3, column "), wrongEnd);
    assertTrue(wrongEnd.contains("\"artifactId\""), wrongEnd);
    assertEquals("the POM does not parse: the cell's body ends before <version> (line 4) is closed",
        run("%%loadFromPOM\n<dependency>\n  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n  <version>1")
            .error().evalue());
    String text = run("%%loadFromPOM\nsee the README:\n<dependency><groupId>g</groupId></dependency>").error().evalue();
    assertTrue(text.contains("there is text outside them (line 1 of the cell's body)"), text);
  }

  @Test
  void anElementThatIsNotUnderstoodIsNamedWithItsLine() {
    assertEquals("%%loadFromPOM does not understand <scpoe> in a <dependency> (line 4 of the cell's body); it takes"
        + " <groupId>, <artifactId>, <version>, <type>, <classifier>, <scope>, <systemPath>, <optional> and <exclusions>",
        run("%%loadFromPOM\n<dependency>\n  <groupId>g</groupId><artifactId>a</artifactId>\n  <version>1</version>\n"
            + "  <scpoe>test</scpoe>\n</dependency>").error().evalue());
    String build = run("%%loadFromPOM\n" + dependency("never", "<version>1.0</version>") + "\n<build><plugins/></build>")
        .error().evalue();
    assertTrue(build.startsWith("%%loadFromPOM does not understand <build> in the cell (line 2 of the cell's body);"
        + " it takes <dependency>, <dependencies>, <repository>, <repositories>, <properties>"), build);
    String inList = run("%%loadFromPOM\n<dependencies>\n  <dependecy/>\n</dependencies>").error().evalue();
    assertTrue(inList.startsWith("%%loadFromPOM does not understand <dependecy> in <dependencies> (line 2"), inList);
    String project = run("%%loadFromPOM\n<project><modelVersion>4.0.0</modelVersion></project>\n<dependency/>")
        .error().evalue();
    assertEquals("a <project> must be the cell's only element, but <dependency> is beside it (line 2 of the cell's body);"
        + " put it inside the <project>, or leave <project> out", project);
  }

  @Test
  void aDoctypeOrExternalEntityIsRefused(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
    String entity = "<!DOCTYPE dependency [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n";
    String dependency = "<dependency><groupId>&secret;</groupId><artifactId>a</artifactId><version>1</version></dependency>";
    assertEquals("the POM does not parse at line 2 of the cell's body: a <!DOCTYPE> is not allowed (DTDs and entities are"
        + " not read)", run("%%loadFromPOM\n<?xml version=\"1.0\"?>\n" + entity + dependency).error().evalue());
    String project = run("%%loadFromPOM\n" + entity.replace("dependency", "project") + "<project><dependencies>" + dependency
        + "</dependencies></project>").error().evalue();
    assertTrue(project.startsWith("the POM does not parse at line 1 of the cell's body: a <!DOCTYPE>"), project);
    String undeclared = run("%%loadFromPOM\n" + dependency).error().evalue();
    assertTrue(undeclared.startsWith("the POM does not parse at line 1, column ") && undeclared.contains("\"secret\""),
        undeclared);
    assertFalse(project.contains("s3cr3t") || undeclared.contains("s3cr3t"));
  }

  // ---- scopes

  @Test
  void scopesDefaultToCompileRuntimeSystemAndImport(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "scope-compile", null, "ScopeCompile");
    publish(dir, "scope-runtime", null, "ScopeRuntime");
    publish(dir, "scope-provided", null, "ScopeProvided");
    publish(dir, "scope-test", null, "ScopeTest");
    Path systemJar = jar(dir.resolve("lib/scope-system.jar"), "ScopeSystem");
    RecordingSink sink = run("%%loadFromPOM\n<repository><id>forms-scopes</id><url>" + repo.toUri() + "</url></repository>\n"
        + dependency("scope-compile", "<version>1.0</version>")
        + dependency("scope-runtime", "<version>1.0</version><scope>runtime</scope>")
        + dependency("scope-provided", "<version>1.0</version><scope>provided</scope>")
        + dependency("scope-test", "<version>1.0</version><scope>test</scope>")
        + dependency("scope-system", "<version>1.0</version><scope>system</scope><systemPath>" + systemJar + "</systemPath>"));
    assertEquals(List.of(), sink.outputs);
    assertEquals("ScopeCompile ScopeRuntime ScopeSystem",
        run("formstest.ScopeCompile.hello() + \" \" + formstest.ScopeRuntime.hello() + \" \" + formstest.ScopeSystem.hello()")
            .result());
    assertEquals("CompilationException", run("formstest.ScopeProvided.hello()").error().ename());
    assertEquals("CompilationException", run("formstest.ScopeTest.hello()").error().ename());
    RecordingSink asked = run("%%loadFromPOM provided test\n" + dependency("scope-provided", "<version>1.0</version>"
        + "<scope>provided</scope>") + dependency("scope-test", "<version>1.0</version><scope>test</scope>")
        + dependency("never", "<version>1.0</version>"));
    assertEquals(List.of(), asked.outputs, "only the asked scopes are resolved: 'never' is published nowhere");
    assertEquals("ScopeProvided ScopeTest", run("formstest.ScopeProvided.hello() + \" \" + formstest.ScopeTest.hello()")
        .result());
    assertEquals("%loadFromPOM: \"complie\" is not a Maven scope; the scopes are [compile, provided, runtime, test, system,"
        + " import]", run("%%loadFromPOM complie\n<dependencies/>").error().evalue());
  }

  @Test
  void systemScopeTakesTheJarAtItsSystemPath(@TempDir Path dir) throws Exception {
    jar(work.resolve("lib/system-relative.jar"), "SystemRelative");
    jar(work.resolve("lib/system-basedir.jar"), "SystemBasedir");
    RecordingSink sink = run("%%loadFromPOM\n"
        + dependency("system-relative", "<version>1</version><scope>system</scope><systemPath>lib/system-relative.jar</systemPath>")
        + dependency("system-basedir", "<version>1</version><scope>system</scope>"
            + "<systemPath>${project.basedir}/lib/system-basedir.jar</systemPath>"));
    assertEquals(List.of(), sink.outputs);
    assertEquals("SystemRelative SystemBasedir",
        run("formstest.SystemRelative.hello() + \" \" + formstest.SystemBasedir.hello()").result());
    assertEquals("the POM's dependency " + GROUP + ":system-none has scope system but no <systemPath> (the jar to add)",
        run("%%loadFromPOM\n" + dependency("system-none", "<version>1</version><scope>system</scope>")).error().evalue());
    String missing = run("%%loadFromPOM\n" + dependency("system-missing", "<version>1</version><scope>system</scope>"
        + "<systemPath>" + dir.resolve("none.jar") + "</systemPath>")).error().evalue();
    assertTrue(missing.startsWith("cannot resolve " + GROUP + ":system-missing:jar:1: ") && missing.contains(
        dir.resolve("none.jar").toString()), missing);
    assertEquals("the POM's dependency " + GROUP + ":system-compile has a <systemPath>, which only scope system takes",
        run("%%loadFromPOM\n" + dependency("system-compile", "<version>1</version><systemPath>/x.jar</systemPath>"))
            .error().evalue());
  }

  @Test
  void importScopeInDependenciesIsAClearError() {
    assertEquals("the POM's dependency " + GROUP + ":bom has scope import, which only means something in"
        + " <dependencyManagement> (it imports a BOM's versions), and that is not read",
        run("%%loadFromPOM\n" + dependency("bom", "<version>1</version><type>pom</type><scope>import</scope>"))
            .error().evalue());
  }

  @Test
  void exclusionsOfAFragmentAreHonoured(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "excluding-top", null, "ExcludingTop", "excluding-leaf", "excluding-kept");
    publish(dir, "excluding-leaf", null, "ExcludingLeaf");
    publish(dir, "excluding-kept", null, "ExcludingKept");
    RecordingSink sink = run("%%loadFromPOM\n<repository><id>forms-excluding</id><url>" + repo.toUri() + "</url></repository>"
        + dependency("excluding-top", "<version>1.0</version><exclusions><exclusion><groupId>" + GROUP + "</groupId>"
            + "<artifactId>excluding-leaf</artifactId></exclusion></exclusions>"));
    assertEquals(List.of(), sink.outputs);
    assertEquals("ExcludingTop ExcludingKept", run("formstest.ExcludingTop.hello() + \" \" + formstest.ExcludingKept.hello()")
        .result());
    assertEquals("CompilationException", run("formstest.ExcludingLeaf.hello()").error().ename());
  }

  @Test
  void aPomFileFindsRelativeFoldersAndSystemPathsInItsOwnFolder(@TempDir Path dir) throws Exception {
    publish(dir.resolve("project"), "file-pom", null, "FilePom");
    jar(dir.resolve("project/lib/file-system.jar"), "FileSystem");
    Files.writeString(dir.resolve("project/pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
        + "<artifactId>a</artifactId><version>1</version><repositories><repository><id>forms-file</id><url>repository</url>"
        + "</repository></repositories><dependencies>" + dependency("file-pom", "<version>1.0</version>")
        + dependency("file-system", "<version>1</version><scope>system</scope><systemPath>${basedir}/lib/file-system.jar"
            + "</systemPath>") + "</dependencies></project>");
    assertEquals(List.of(), run("%loadFromPOM " + dir.resolve("project/pom.xml")).outputs);
    assertEquals("FilePom FileSystem", run("formstest.FilePom.hello() + \" \" + formstest.FileSystem.hello()").result());
  }

  // ---- %mavenRepo and the aliases

  @Test
  void mavenRepoTakesAFolderAbsoluteOrRelativeToTheWorkingDirectory(@TempDir Path dir) throws Exception {
    Path absolute = publish(dir, "repo-absolute", null, "RepoAbsolute");
    Path relative = publish(work.resolve("shipped"), "repo-relative", null, "RepoRelative");
    Path url = publish(dir.resolve("url"), "repo-url", null, "RepoUrl");
    assertEquals(List.of(), run("%mavenRepo forms-absolute " + absolute + "\n%mavenRepo forms-relative ./shipped/repository"
        + "\n%mavenRepo forms-url " + url.toUri()).outputs);
    assertEquals(work.resolve("shipped/repository"), relative);
    RecordingSink sink = run("%maven " + GROUP + ":repo-absolute:1.0 " + GROUP + ":repo-relative:1.0 " + GROUP + ":repo-url:1.0\n"
        + "formstest.RepoAbsolute.hello() + \" \" + formstest.RepoRelative.hello() + \" \" + formstest.RepoUrl.hello()");
    assertEquals("RepoAbsolute RepoRelative RepoUrl", sink.result(), sink.outputs.toString());
  }

  @Test
  void mavenRepoOfCentralsOwnAddressKeepsTheCentralInUse(@TempDir Path dir) throws Exception {
    Path repository = publish(dir, "after-central", null, "AfterCentral");
    for (String address : List.of("http://repo1.maven.org/maven2/", "https://repo.maven.apache.org/maven2",
        "http://central.maven.org/maven2/")) {
      assertEquals("note: " + address + " is Maven Central's address; %maven keeps the Central it has (over https, or your"
          + " settings' mirror), so central was not added\n",
          run("%mavenRepo central " + address).stdout());
    }
    run("%mavenRepo forms-after-central " + repository);
    RecordingSink sink = run("%maven " + GROUP + ":after-central:1.0\nformstest.AfterCentral.hello()");
    assertEquals("AfterCentral", sink.result(), sink.outputs.toString());
    assertFalse(MavenResolver.isCentral("http://repo1.maven.org/maven2/org/"));
    assertFalse(MavenResolver.isCentral("https://mirror.example.org/maven2/"));
  }

  @Test
  void mavenRepoRefusesWhatIsNeitherAUrlNorAFolder() {
    assertEquals("%mavenRepo forms-ftp: \"ftp://example.org/repo\" is a URL Maven cannot read; use an http, https or file URL,"
        + " or a folder", run("%mavenRepo forms-ftp ftp://example.org/repo").error().evalue());
    assertEquals("%mavenRepo forms-none: \"no-such-folder\" is neither an http(s) or file URL nor a folder (there is no folder "
        + work.resolve("no-such-folder") + ")", run("%mavenRepo forms-none no-such-folder").error().evalue());
  }

  @Test
  void ijavasAliasesAddDependenciesAndRepositories(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "alias-one", null, "AliasOne");
    publish(dir, "alias-two", null, "AliasTwo");
    publish(dir, "alias-three", null, "AliasThree");
    RecordingSink sink = run("%addMavenRepo forms-alias " + repo + "\n%addMavenDependency " + GROUP + ":alias-one:1.0\n"
        + "%addMavenDependencies " + GROUP + ":alias-two:1.0 " + GROUP + ":alias-three:1.0\n"
        + "formstest.AliasOne.hello() + formstest.AliasTwo.hello() + formstest.AliasThree.hello()");
    assertEquals("AliasOneAliasTwoAliasThree", sink.result(), sink.outputs.toString());
  }

  @Test
  void lsmagicListsEachMavenMagicOnceWithAllItsNames() {
    List<String> lines = Arrays.asList(run("%lsmagic").stdout().split("\n"));
    int maven = lines.indexOf("%maven, %addMavenDependency, %addMavenDependencies");
    assertTrue(maven >= 0, String.join("\n", lines));
    assertTrue(lines.get(maven + 1).matches(" {29}add Maven artifacts .*"), lines.get(maven + 1));
    assertTrue(lines.stream().anyMatch(l -> l.matches("%mavenRepo, %addMavenRepo +add a Maven repository .*")),
        String.join("\n", lines));
    assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("%addMaven")).toList());
    assertEquals(1, lines.stream().filter(l -> l.contains("%addMavenDependency")).count());
  }

  // ---- coordinates

  @Test
  void everyCoordinateFormIJavaDocumentsWorks(@TempDir Path dir) throws Exception {
    Path repo = publish(dir, "coords", null, "CoordsMain");
    publish(dir, "coords", "extra", "CoordsExtra");
    publish(dir, "coords-packaged", null, "CoordsPackaged");
    publish(dir, "coords-empty", "bare", "CoordsEmpty");
    run("%mavenRepo forms-coords " + repo.toUri());
    RecordingSink classified = run("%maven " + GROUP + ":coords:jar:extra:1.0\nformstest.CoordsExtra.hello()");
    assertEquals("CoordsExtra", classified.result(), classified.outputs.toString());
    assertEquals("CompilationException", run("formstest.CoordsMain.hello()").error().ename(), "only the classifier's jar");
    RecordingSink plain = run("%maven " + GROUP + ":coords:1.0 " + GROUP + ":coords-packaged:jar:1.0 "
        + GROUP + ":coords-empty::bare:1.0\n"
        + "formstest.CoordsMain.hello() + formstest.CoordsPackaged.hello() + formstest.CoordsEmpty.hello()");
    assertEquals("CoordsMainCoordsPackagedCoordsEmpty", plain.result(), plain.outputs.toString());
    assertTrue(engine.resolvedArtifacts().contains(GROUP + ":coords:jar:extra:1.0"), engine.resolvedArtifacts().toString());
  }

  @Test
  void aMalformedCoordinateIsNamedWithTheFormsAccepted() {
    for (String wrong : List.of(GROUP + ":only-two", "g:a:jar:extra:1.0:more", "g::1.0", "g:a:1.0:")) {
      assertEquals("\"" + wrong + "\" is not a Maven coordinate; the forms are group:artifact:version,"
          + " group:artifact:packaging:version or group:artifact:packaging:classifier:version, such as"
          + " org.apache.commons:commons-math3:3.6.1", run("%maven " + wrong).error().evalue(), wrong);
    }
  }

  // ---- the repository laid out here

  /** A {@code <dependency>} on {@code artifact} of {@link #GROUP} with more elements. */
  static String dependency(String artifact, String more) {
    return "<dependency><groupId>" + GROUP + "</groupId><artifactId>" + artifact + "</artifactId>" + more + "</dependency>";
  }

  /**
   * Publishes {@code artifact} (its jar with {@code classifier} when not null) in {@code dir}/repository,
   * its POM depending on {@code dependencies} (artifacts of the group); returns the repository.
   */
  static Path publish(Path dir, String artifact, String classifier, String className, String... dependencies)
      throws Exception {
    Path repo = dir.resolve("repository");
    Path folder = repo.resolve(GROUP.replace('.', '/')).resolve(artifact).resolve("1.0");
    String base = artifact + "-1.0";
    String deps = Arrays.stream(dependencies).map(d -> dependency(d, "<version>1.0</version>")).collect(Collectors.joining());
    Path pom = folder.resolve(base + ".pom");
    if (!Files.exists(pom)) {
      Files.createDirectories(folder);
      Files.writeString(pom, "<project><modelVersion>4.0.0</modelVersion><groupId>" + GROUP + "</groupId><artifactId>"
          + artifact + "</artifactId><version>1.0</version><dependencies>" + deps + "</dependencies></project>");
      sha1(pom);
    }
    sha1(jar(folder.resolve(base + (classifier == null ? "" : "-" + classifier) + ".jar"), className));
    return repo;
  }

  /** A jar at {@code file} holding class {@code formstest.<className>} whose static {@code hello()} returns its name. */
  static Path jar(Path file, String className) throws IOException {
    Path sources = Files.createTempDirectory(work, "src");
    Path source = Files.writeString(sources.resolve(className + ".java"), "package formstest; public class " + className
        + " { public static String hello() { return \"" + className + "\"; } }");
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", sources.toString(), source.toString()));
    Files.createDirectories(file.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new JarEntry("formstest/" + className + ".class"));
      out.write(Files.readAllBytes(sources.resolve("formstest/" + className + ".class")));
      out.closeEntry();
    }
    return file;
  }

  private static Path sha1(Path file) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file));
    try (OutputStream out = Files.newOutputStream(file.resolveSibling(file.getFileName() + ".sha1"))) {
      out.write(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }
}
