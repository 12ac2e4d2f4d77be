package dev.tablebook.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Class data sharing for Tablebook's JVMs: an archive of the classes a first session loads, made
 * once per jar and Java by a training run in a child JVM, and the options that make a JVM use it.
 * On Java 17 to 24 a static AppCDS archive from a class list ({@code -XX:DumpLoadedClassList}, then
 * {@code -Xshare:dump}; it needs no base archive); on Java 25 and later the AOT cache of one training
 * run ({@code -XX:AOTCacheOutput}, JEPs 483, 514 and 515), which also keeps method profiles.
 *
 * <p>The archive of a jar lives in the folder {@code JAR.class-data} next to it, one per Java
 * installation, named after the installation's path ({@code usr-lib-jvm-java-17-openjdk-amd64.jsa}),
 * with what it was made for and its checksum ({@code .properties}) and its stored options as a java
 * argument file ({@code .args}, for launcher scripts: {@code java @FILE -jar JAR}). Options are given
 * only for an archive made for this very jar and Java. A JVM that still cannot use one (damaged, or
 * made for other JVM options) starts as if it had none, silently, and Tablebook's {@code main} then
 * prints one warning line ({@link #notUsedWarning()}).
 *
 * <p>Two kinds of options: {@link #jvmOptionsFor} for a child JVM started now, after this class has
 * checked the archive's checksum; {@link #jvmOptionsToStore} for a command line kept and run later
 * (a kernelspec, the launcher's argument file), where each JVM checks the archive itself
 * ({@code -XX:+VerifySharedSpaces}, 30 to 60 ms of each start). What a JVM does with a damaged
 * archive, as measured: Java 17 checks every region and, when the archived heap objects are damaged,
 * maps the classes only; Java 25 checks the same, but its AOT-linked classes need the archived heap,
 * so a damaged heap part stops the JVM ("Unable to use AOT cache") — which the checksum of
 * {@link #jvmOptionsFor} prevents, and a stored command line cannot.
 *
 * <pre>{@code
 * List<String> command = new ArrayList<>(List.of(java.toString()));
 * command.addAll(ClassDataArchive.jvmOptionsFor(java, jar)); // empty when there is no fitting archive
 * command.addAll(List.of("-jar", jar.toString(), "kernel", "-f", connectionFile.toString()));
 * }</pre>
 *
 * @since 0.2
 */
public final class ClassDataArchive {
  /** The system property the options set to the archive's path, so the JVM can tell when it was not used. */
  public static final String PROPERTY = "tablebook.classDataArchive";
  /** The hidden {@code tablebook} subcommand that runs the training session. */
  static final String TRAINING_COMMAND = "train";

  private ClassDataArchive() {}

  /** An archive made by {@link #make}: where it is, its size, how long making it took. */
  public record Made(Path archive, long bytes, Duration took) {}

  /**
   * The JVM options that make {@code java}, started now, use the archive of {@code jar}, or an empty
   * list when there is none, it was made for another build of the jar or another Java, or its
   * checksum does not match (or it cannot be read). The first call per archive reads it whole (10 to
   * 25 ms for 45 MB); later ones a few small files. Never throws.
   */
  public static List<String> jvmOptionsFor(Path java, Path jar) {
    return fitting(java, jar, true).map(archive -> options(archive.runtime(), archive.path(), false)).orElse(List.of());
  }

  /**
   * As {@link #jvmOptionsFor}, for a command line that is stored and run later without Tablebook
   * choosing (a kernelspec, a script): each JVM started with them checks the archive itself, so a
   * later damage never fails a start on Java 17 (see the class comment for Java 25).
   */
  public static List<String> jvmOptionsToStore(Path java, Path jar) {
    return fitting(java, jar, false).map(archive -> options(archive.runtime(), archive.path(), true)).orElse(List.of());
  }

  private record Fitting(JavaRuntime runtime, Path path) {}

  private static Optional<Fitting> fitting(Path java, Path jar, boolean checksum) {
    try {
      JavaRuntime runtime = JavaRuntime.of(java);
      Path archive = pathFor(runtime, jar);
      Optional<ArchiveRecord> record = ArchiveRecord.read(archive);
      if (record.isEmpty() || record.get().mismatch(archive, jar, runtime).isPresent()
          || checksum && !Checksums.matches(archive, record.get().archive(), record.get().checksum())) {
        return Optional.empty();
      }
      return Optional.of(new Fitting(runtime, archive));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Why {@code java} would get no options for {@code jar} ({@link #jvmOptionsFor}), or empty when it would. */
  public static Optional<String> problem(Path java, Path jar) {
    try {
      JavaRuntime runtime = JavaRuntime.of(java);
      Path archive = pathFor(runtime, jar);
      if (!Files.isRegularFile(archive)) {
        return Optional.of("there is no archive at " + archive);
      }
      Optional<ArchiveRecord> record = ArchiveRecord.read(archive);
      if (record.isEmpty()) {
        return Optional.of("no record of what " + archive + " was made for");
      }
      Optional<String> mismatch = record.get().mismatch(archive, jar, runtime);
      if (mismatch.isEmpty() && !Checksums.matches(archive, record.get().archive(), record.get().checksum())) {
        return Optional.of("the archive's checksum does not match: it is damaged");
      }
      return mismatch;
    } catch (IOException | RuntimeException e) {
      return Optional.of("cannot read the Java installation of " + java + ": " + e.getMessage());
    }
  }

  /** Where the archive of {@code jar} for {@code java} is (or would be). */
  public static Path pathFor(Path java, Path jar) throws IOException {
    return pathFor(JavaRuntime.of(java), jar);
  }

  /**
   * Makes the archive of {@code jar} for {@code java} by a training run in a child JVM started with
   * {@code jvmOptions} (those the archive will be used with), replacing any older one; takes several
   * seconds. When another process is making the same archive, waits for it and returns its result.
   *
   * @throws IOException when a child JVM fails or times out; the message says why and no archive is left
   */
  public static Made make(Path java, Path jar, List<String> jvmOptions) throws IOException, InterruptedException {
    JavaRuntime runtime = JavaRuntime.of(java);
    if (runtime.feature() < 17) {
      throw new IOException("class-data archives need Java 17 or later, " + runtime.home() + " is Java " + runtime.version());
    }
    return ArchiveMaker.make(runtime, java, jar, jvmOptions, pathFor(runtime, jar));
  }

  /**
   * The options that make a JVM use {@code archive} if it can, silently otherwise, so an archive that
   * does not fit never fails or clutters a start; with {@code verify}, the JVM checks the archive's
   * checksums before it maps it.
   */
  static List<String> options(JavaRuntime runtime, Path archive, boolean verify) {
    List<String> options = new ArrayList<>();
    if (runtime.hasAotCache()) {
      options.add("-XX:AOTCache=" + archive);
      options.add("-XX:AOTMode=auto");
      options.add("-Xlog:aot*=off,cds*=off");
    } else {
      options.add("-XX:SharedArchiveFile=" + archive);
      options.add("-Xshare:auto");
      options.add("-Xlog:cds*=off");
    }
    if (verify) {
      options.add("-XX:+VerifySharedSpaces");
    }
    options.add("-D" + PROPERTY + "=" + archive);
    return List.copyOf(options);
  }

  /**
   * For {@code main}: when this JVM was given an archive ({@link #PROPERTY}) and could not use it, the
   * one warning line to print, with the reason when it can be told.
   */
  public static Optional<String> notUsedWarning() {
    String archive = System.getProperty(PROPERTY);
    if (archive == null || archive.isEmpty()) {
      return Optional.empty();
    }
    // Java 25 given a static archive falls back to its own default one: sharing, but not ours.
    boolean ownKind = archive.endsWith(Runtime.version().feature() >= 25 ? ".aot" : ".jsa");
    if (ownKind && System.getProperty("java.vm.info", "").contains("sharing")) {
      return Optional.empty();
    }
    String reason;
    try {
      Path file = Path.of(archive);
      Path jar = Path.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0]);
      JavaRuntime runtime = JavaRuntime.of(Path.of(System.getProperty("java.home"), "bin", "java"));
      reason = !Files.isRegularFile(file) ? "it is missing"
          : ArchiveRecord.read(file).map(r -> r.mismatch(file, jar, runtime).orElse("it is damaged or does not fit these JVM options"))
              .orElse("there is no record of what it was made for");
    } catch (IOException | RuntimeException e) {
      reason = "it does not fit this JVM";
    }
    return Optional.of("tablebook: warning: not using the class-data archive " + archive + ": " + reason
        + "; starting without it, which is slower (tablebook install, or a rebuild, makes a new one)");
  }

  static Path pathFor(JavaRuntime runtime, Path jar) {
    Path absolute = jar.toAbsolutePath().normalize();
    String name = runtime.home().toString().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+", "");
    return absolute.resolveSibling(absolute.getFileName() + ".class-data")
        .resolve(name + (runtime.hasAotCache() ? ".aot" : ".jsa"));
  }

  static Path argsFile(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".args");
  }

  /** A java argument file ({@code java @file}) of {@code options}, each quoted. */
  static String argumentFile(List<String> options) {
    StringBuilder text = new StringBuilder();
    for (String option : options) {
      text.append('"').append(option.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    return text.toString();
  }
}
