package dev.tablebook.jvm;

import dev.tablebook.io.NativeLibraries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM options for the JVMs Tablebook starts itself. A worker that runs one notebook and exits is a
 * short run: besides the class-data archive it gets the JIT's first tier only, which leaves the two
 * cores to the notebook instead of to C2 compiling javac (one-notebook run, src/bench/BENCHMARKS.md
 * "Start-up": 2.98 s to 2.16 s on Java 17, 2.85 s to 2.12 s on 25). Long computations run about 1.4 times slower
 * on that tier, so a kernel, which lives for hours, does not get it.
 *
 * <pre>{@code
 * List<String> command = new ArrayList<>(List.of(java.toString()));
 * command.addAll(JvmOptions.forWorker(java, jar));
 * command.addAll(List.of("-jar", jar.toString(), "kernel", "-f", connectionFile.toString()));
 * }</pre>
 *
 * @since 0.2
 */
public final class JvmOptions {
  /**
   * What every JVM that runs cells needs, the kernel's and the runner's workers, on every Java: DuckDB's
   * driver (SQL) loads its native library, which Java 22+ allows without a warning on stderr only with
   * the first (and will refuse one day without it; Java 17 accepts it too); Spark Connect's client reads
   * results with Apache Arrow, which needs the second, and turns dates and timestamps into Java values
   * through the JDK's time-zone classes, which needs the third (without it, every result with a date
   * failed with an IllegalAccessException).
   */
  public static final List<String> CELLS = List.of("--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  /**
   * Since Java 23 (JEP 471), sun.misc.Unsafe's memory access is on its way out, and the Netty inside
   * Spark Connect's client stops using it (Arrow then cannot allocate at all) unless it is allowed.
   * Java 17 does not know the option and would not start with it.
   */
  static final String UNSAFE_MEMORY_ACCESS = "--sun-misc-unsafe-memory-access=allow";

  /**
   * {@link #CELLS}, what the Java that {@code java} runs needs besides ({@link #UNSAFE_MEMORY_ACCESS} from
   * Java 23 on), and the {@code java.library.path} where DuckDB's driver finds its native library in its
   * cache folder instead of extracting 72 MB to a temp file in each JVM ({@link NativeLibraries}; none
   * where the driver extracts its own).
   */
  public static List<String> forCells(Path java) {
    int feature;
    try {
      feature = JavaRuntime.of(java).feature();
    } catch (java.io.IOException e) {
      feature = Runtime.version().feature();
    }
    List<String> options = new ArrayList<>(CELLS);
    if (feature >= 23) {
      options.add(UNSAFE_MEMORY_ACCESS);
    }
    NativeLibraries.libraryPathOption().ifPresent(options::add);
    return List.copyOf(options);
  }

  /**
   * For a kernel: the heap starts at 64 MB instead of 1/64 of the machine's memory and grows as cells
   * need it (the maximum stays the JVM's), so a kernel that has only run small cells stays small: about
   * 65 MB less resident memory after 61 trivial cells (src/bench/BENCHMARKS.md "Speed (issue 28)"). A
   * user's {@code --jvm-opt=-Xms...} comes after it and wins.
   */
  public static final List<String> KERNEL = List.of("-Xms64m");

  /** For a JVM that runs for seconds: the C1 compiler only. */
  public static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1");

  private JvmOptions() {}

  /**
   * The options of a worker JVM that {@code java} starts now from {@code jar} to run one notebook:
   * {@link #forCells}, {@link ClassDataArchive#jvmOptionsFor} (nothing when there is no fitting archive), then {@link #SHORT_RUN}.
   */
  public static List<String> forWorker(Path java, Path jar) {
    List<String> options = new ArrayList<>(forCells(java));
    options.addAll(ClassDataArchive.jvmOptionsFor(java, jar));
    options.addAll(SHORT_RUN);
    return List.copyOf(options);
  }
}
