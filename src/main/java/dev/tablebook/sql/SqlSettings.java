package dev.tablebook.sql;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How much a DuckDB database may take: its memory limit, the folder it spills to when a query needs
 * more, and its worker threads.
 *
 * <p>The defaults leave room for the JVM: DuckDB's own default is 80% of the machine's memory, which
 * with a JVM heap beside it can get the process killed. Here the limit is half of what the machine has
 * beyond the JVM's maximum heap (at least 256 MB), so a larger query spills to {@code temp_directory}
 * and completes. Set them with the system properties {@value #MEMORY_LIMIT} (DuckDB's syntax:
 * {@code 2GB}, {@code 512MB}), {@value #TEMP_DIRECTORY} and {@value #THREADS}, or per database with
 * {@code SET memory_limit = '2GB'} in SQL.
 *
 * @param memoryLimit DuckDB's {@code memory_limit}, such as {@code "4GB"}
 * @param tempDirectory where DuckDB spills; null for a folder of its own under the system's temp folder
 * @param threads DuckDB's worker threads; 0 for DuckDB's default (one per core)
 * @param cancelGrace how long a cancelled statement may take to stop before its database is abandoned
 *     (some reads, from a pipe or a stalled network, cannot be cancelled): the caller is answered then,
 *     and the next use opens a new database; 5 seconds unless {@value #CANCEL_GRACE_MS} says otherwise
 * @since 0.3
 */
public record SqlSettings(String memoryLimit, Path tempDirectory, int threads, Duration cancelGrace) {
  /** The system property that sets {@link #memoryLimit()}. */
  public static final String MEMORY_LIMIT = "tablebook.sql.memoryLimit";
  /** The system property that sets {@link #tempDirectory()}. */
  public static final String TEMP_DIRECTORY = "tablebook.sql.tempDirectory";
  /** The system property that sets {@link #threads()}. */
  public static final String THREADS = "tablebook.sql.threads";
  /** The system property that sets {@link #cancelGrace()}, in milliseconds. */
  public static final String CANCEL_GRACE_MS = "tablebook.sql.cancelGraceMs";

  private static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(5);

  private static final long MIN_LIMIT_MB = 256;

  public SqlSettings {
    if (memoryLimit == null || memoryLimit.isBlank()) {
      throw new IllegalArgumentException("memoryLimit is empty");
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads is negative: " + threads);
    }
    if (cancelGrace == null || cancelGrace.isNegative()) {
      throw new IllegalArgumentException("cancelGrace is not a duration of 0 or more: " + cancelGrace);
    }
  }

  /** Settings with the default cancel grace. */
  public SqlSettings(String memoryLimit, Path tempDirectory, int threads) {
    this(memoryLimit, tempDirectory, threads, DEFAULT_CANCEL_GRACE);
  }

  /** The settings from the system properties, with the defaults above for those not set. */
  public static SqlSettings defaults() {
    String limit = System.getProperty(MEMORY_LIMIT);
    String temp = System.getProperty(TEMP_DIRECTORY);
    String threads = System.getProperty(THREADS);
    String grace = System.getProperty(CANCEL_GRACE_MS);
    return new SqlSettings(limit == null || limit.isBlank() ? defaultMemoryLimit() : limit.strip(),
        temp == null || temp.isBlank() ? null : Path.of(temp), threads == null ? 0 : Integer.parseInt(threads.strip()),
        grace == null || grace.isBlank() ? DEFAULT_CANCEL_GRACE : Duration.ofMillis(Long.parseLong(grace.strip())));
  }

  /** The same settings with another memory limit. */
  public SqlSettings withMemoryLimit(String limit) {
    return new SqlSettings(limit, tempDirectory, threads, cancelGrace);
  }

  /** The same settings spilling to {@code folder}. */
  public SqlSettings withTempDirectory(Path folder) {
    return new SqlSettings(memoryLimit, folder, threads, cancelGrace);
  }

  /** The same settings with {@code count} worker threads. */
  public SqlSettings withThreads(int count) {
    return new SqlSettings(memoryLimit, tempDirectory, count, cancelGrace);
  }

  /** The same settings giving a cancelled statement {@code grace} to stop before its database is abandoned. */
  public SqlSettings withCancelGrace(Duration grace) {
    return new SqlSettings(memoryLimit, tempDirectory, threads, grace);
  }

  /** Half of the machine's memory beyond the JVM's maximum heap, at least 256 MB. */
  static String defaultMemoryLimit() {
    long physical = physicalMemory();
    long heap = Runtime.getRuntime().maxMemory();
    long spare = physical <= 0 || heap == Long.MAX_VALUE ? 0 : (physical - heap) / 2;
    return Math.max(MIN_LIMIT_MB, spare / (1024 * 1024)) + "MB";
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }
}
