package dev.tablebook.jvm;

import dev.tablebook.io.AtomicFiles;
import dev.tablebook.jvm.ClassDataArchive.Made;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Makes one archive, for {@link ClassDataArchive#make}: under a lock next to it, so two processes never
 * make the same one at once; by {@link Training} runs into a temporary file in the same folder, which
 * one start that refuses a bad archive checks before it is renamed into place; then the record and the
 * argument file. Nothing half-made is ever left where a JVM would find it.
 */
final class ArchiveMaker {
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);

  private ArchiveMaker() {}

  /** Makes {@code archive}, unless a fitting one made with the same {@code jvmOptions} is there already. */
  static Made make(JavaRuntime runtime, Path java, Path jar, List<String> jvmOptions, Path archive)
      throws IOException, InterruptedException {
    Files.createDirectories(archive.getParent());
    Path lockFile = archive.resolveSibling(archive.getFileName() + ".lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock(); // released when the channel closes
      assert lock.isValid();
      Optional<ArchiveRecord> existing = ArchiveRecord.read(archive);
      if (existing.isPresent() && existing.get().mismatch(archive, jar, runtime).isEmpty()
          && existing.get().options().equals(String.join(" ", jvmOptions))
          && Checksums.matches(archive, existing.get().archive(), existing.get().checksum())) {
        return new Made(archive, Files.size(archive), Duration.ofMillis(existing.get().makeMillis())); // made meanwhile
      }
      return makeLocked(runtime, java, jar, jvmOptions, archive);
    }
  }

  private static Made makeLocked(JavaRuntime runtime, Path java, Path jar, List<String> jvmOptions, Path archive)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Files.deleteIfExists(ClassDataArchive.argsFile(archive));
    Files.deleteIfExists(ArchiveRecord.fileOf(archive));
    Path work = Files.createTempDirectory("tablebook-class-data");
    Path temp = archive.resolveSibling("." + archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Training training = new Training(java, jar.toAbsolutePath(), jvmOptions, work, CHILD_TIMEOUT);
      if (runtime.hasAotCache()) {
        // No AOT code (adapters, stubs): the JVM does not check it, and a damaged one crashed it (SIGSEGV).
        training.run(List.of("-XX:AOTCacheOutput=" + temp, "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTAdapterCaching",
            "-XX:-AOTStubCaching"), true);
      } else {
        Path classList = work.resolve("classes.txt");
        training.run(List.of("-XX:DumpLoadedClassList=" + classList), true);
        training.run(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + temp), false);
      }
      if (!Files.isRegularFile(temp) || Files.size(temp) == 0) {
        throw new IOException("the JVM made no archive:\n" + training.tail());
      }
      training.check(strict(runtime, temp));
      move(temp, archive);
      long millis = (System.nanoTime() - start) / 1_000_000;
      new ArchiveRecord(FileStamp.of(archive), Checksums.of(archive), jar.toRealPath(), FileStamp.of(jar.toRealPath()),
          runtime, String.join(" ", jvmOptions), millis).write(archive);
      AtomicFiles.write(ClassDataArchive.argsFile(archive), ClassDataArchive.argumentFile(ClassDataArchive.options(runtime, archive, true)), true);
      training.deleteLog();
      return new Made(archive, Files.size(archive), Duration.ofMillis(millis));
    } finally {
      Files.deleteIfExists(temp);
      Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".config")); // the AOT configuration, if left
      Training.deleteTree(work);
    }
  }

  /** Options that refuse to start without the archive: to check a fresh one before it is used. */
  private static List<String> strict(JavaRuntime runtime, Path archive) {
    return runtime.hasAotCache()
        ? List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=on", "-XX:+VerifySharedSpaces")
        : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:+VerifySharedSpaces");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
