package dev.tablebook.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which options {@link ClassDataArchive#jvmOptionsFor} gives, against Java installations made of
 * files (bin/java, release, lib/server/libjvm.so) and archives with their record, no JVM started.
 * Starting JVMs with real archives is ClassDataArchiveIT's.
 */
class ClassDataArchiveTest {
  @TempDir Path dir;

  private Path java(String name, String version, String runtimeVersion) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/java"), "");
    Files.createDirectories(home.resolve("lib/server"));
    Files.writeString(home.resolve("lib/server/libjvm.so"), "jvm " + runtimeVersion);
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + runtimeVersion
        + "\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home.resolve("bin/java");
  }

  private Path jar(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "not really a jar");
  }

  /** An archive file for {@code jar} and {@code java} with its record, as {@link ClassDataArchive#make} leaves it. */
  private Path archive(Path java, Path jar) throws IOException {
    JavaRuntime runtime = JavaRuntime.of(java);
    Path archive = ClassDataArchive.pathFor(runtime, jar);
    Files.createDirectories(archive.getParent());
    Files.writeString(archive, "archived classes");
    new ArchiveRecord(FileStamp.of(archive), Checksums.of(archive), jar.toRealPath(), FileStamp.of(jar), runtime, "", 1)
        .write(archive);
    return archive;
  }

  @Test
  void aMissingArchiveGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar("tablebook.jar")));
    assertTrue(ClassDataArchive.problem(java, dir.resolve("tablebook.jar")).orElseThrow().startsWith("there is no archive at "));
  }

  @Test
  void aFittingArchiveOfJava17GivesAppCdsOptionsThatNeverFailAStart() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    Path archive = archive(java, jar);
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off",
        "-Dtablebook.classDataArchive=" + archive), ClassDataArchive.jvmOptionsFor(java, jar));
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off", "-XX:+VerifySharedSpaces",
        "-Dtablebook.classDataArchive=" + archive), ClassDataArchive.jvmOptionsToStore(java, jar), "checked by each JVM");
    assertEquals(Optional.empty(), ClassDataArchive.problem(java, jar));
    assertTrue(archive.toString().endsWith("tablebook.jar.class-data/" + dir.toRealPath().toString().replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceAll("^-+", "") + "-jdk17.jsa"), archive.toString());
  }

  @Test
  void aFittingArchiveOfJava25GivesAotCacheOptions() throws IOException {
    Path java = java("jdk25", "25.0.3", "25.0.3+9-LTS");
    Path jar = jar("tablebook.jar");
    Path archive = archive(java, jar);
    assertTrue(archive.toString().endsWith(".aot"), archive.toString());
    assertEquals(List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=auto", "-Xlog:aot*=off,cds*=off",
        "-Dtablebook.classDataArchive=" + archive), ClassDataArchive.jvmOptionsFor(java, jar));
    assertEquals(List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=auto", "-Xlog:aot*=off,cds*=off", "-XX:+VerifySharedSpaces",
        "-Dtablebook.classDataArchive=" + archive), ClassDataArchive.jvmOptionsToStore(java, jar));
  }

  @Test
  void anArchiveMadeForAnotherBuildOfTheJarGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    archive(java, jar);
    Files.writeString(jar, "a rebuilt jar, longer than the first");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
    assertEquals(Optional.of("it was made for another build of tablebook.jar"), ClassDataArchive.problem(java, jar));
  }

  @Test
  void anArchiveMadeBeforeTheJarWasTouchedGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    archive(java, jar);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
  }

  @Test
  void anArchiveMadeForAnotherJavaGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    archive(java, jar);
    Files.writeString(java.getParent().getParent().resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.16+8\"\nJAVA_VERSION=\"17.0.16\"\n");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
    assertTrue(ClassDataArchive.problem(java, jar).orElseThrow().startsWith("it was made for Java 17.0.15+6 in "),
        ClassDataArchive.problem(java, jar).toString());
  }

  @Test
  void anArchiveMadeBeforeTheJvmLibraryWasReplacedGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    archive(java, jar);
    Files.writeString(java.getParent().getParent().resolve("lib/server/libjvm.so"), "a patched JVM of the same version");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
  }

  @Test
  void anotherJavaHasAnArchiveOfItsOwn() throws IOException {
    Path java17 = java("jdk17", "17.0.15", "17.0.15+6");
    Path java25 = java("jdk25", "25.0.3", "25.0.3+9-LTS");
    Path jar = jar("tablebook.jar");
    Path archive17 = archive(java17, jar);
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java25, jar));
    assertNotEquals(archive17, ClassDataArchive.pathFor(java25, jar));
    assertEquals(archive17.getParent(), ClassDataArchive.pathFor(java25, jar).getParent());
  }

  @Test
  void anArchiveChangedAfterItWasMadeGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    Path archive = archive(java, jar);
    Files.writeString(archive, "archived classes, damaged");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
    assertEquals(Optional.of("the archive file was changed or replaced after it was made"), ClassDataArchive.problem(java, jar));
  }

  @Test
  void anArchiveDamagedInPlaceIsFoundByItsChecksum() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    Path archive = archive(java, jar);
    FileTime made = Files.getLastModifiedTime(archive);
    Files.writeString(archive, "archived classez"); // same size, and the time put back: only the bytes tell
    Files.setLastModifiedTime(archive, made);
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
    assertEquals(Optional.of("the archive's checksum does not match: it is damaged"), ClassDataArchive.problem(java, jar));
    assertTrue(!ClassDataArchive.jvmOptionsToStore(java, jar).isEmpty(), "stored options leave the check to the JVM");
  }

  @Test
  void anArchiveWithoutItsRecordGivesNoOptions() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    Path archive = archive(java, jar);
    Files.writeString(ArchiveRecord.fileOf(archive), "archive=garbage\nmake.millis=not a number\n");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
    Files.delete(ArchiveRecord.fileOf(archive));
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
  }

  @Test
  void aJavaThatCannotBeReadGivesNoOptions() throws IOException {
    Path jar = jar("tablebook.jar");
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(dir.resolve("no/bin/java"), jar));
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Files.delete(java.getParent().getParent().resolve("release"));
    assertEquals(List.of(), ClassDataArchive.jvmOptionsFor(java, jar));
  }

  @Test
  void theReleaseFileOfTheRunningJavaSaysWhatItsPropertiesSay() throws IOException {
    JavaRuntime running = JavaRuntime.of(Path.of(System.getProperty("java.home"), "bin", "java"));
    assertEquals(System.getProperty("java.version"), running.version());
    assertEquals(System.getProperty("java.runtime.version"), running.runtimeVersion());
    assertEquals(Runtime.version().feature(), running.feature());
    assertTrue(!running.jvmLibrary().isEmpty(), "the JVM library is found");
  }

  @Test
  void theArgumentFileQuotesEachOption() {
    assertEquals("\"-XX:SharedArchiveFile=/a b/c.jsa\"\n\"-Dx=\\\"q\\\" \\\\\"\n",
        ClassDataArchive.argumentFile(List.of("-XX:SharedArchiveFile=/a b/c.jsa", "-Dx=\"q\" \\")));
  }

  @Test
  void aWorkerGetsTheArchiveWhenThereIsOneAndTheFirstJitTierAlways() throws IOException {
    Path java = java("jdk17", "17.0.15", "17.0.15+6");
    Path jar = jar("tablebook.jar");
    assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-XX:TieredStopAtLevel=1"), JvmOptions.forWorker(java, jar));
    Path archive = archive(java, jar);
    assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off",
        "-Dtablebook.classDataArchive=" + archive, "-XX:TieredStopAtLevel=1"), JvmOptions.forWorker(java, jar));
  }

  @Test
  void cellsGetUnsafeMemoryAccessFromJava23OnAndNotOnJava17WhichWouldNotStart() throws IOException {
    assertEquals(JvmOptions.CELLS, JvmOptions.forCells(java("jdk17", "17.0.15", "17.0.15+6")));
    List<String> on25 = JvmOptions.forCells(java("jdk25", "25.0.3", "25.0.3+9-LTS"));
    assertEquals(JvmOptions.CELLS, on25.subList(0, JvmOptions.CELLS.size()));
    assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), on25.subList(JvmOptions.CELLS.size(), on25.size()));
  }

  @Test
  void aJvmGivenNoArchiveWarnsOfNone() {
    assertEquals(null, System.getProperty(ClassDataArchive.PROPERTY));
    assertEquals(Optional.empty(), ClassDataArchive.notUsedWarning());
  }
}
