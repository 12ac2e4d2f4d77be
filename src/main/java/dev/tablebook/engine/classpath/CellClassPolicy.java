package dev.tablebook.engine.classpath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which of the kernel's own classes cells see: the toolkit's API packages, Tablesaw, and the
 * third-party libraries whose types appear in Tablesaw's public signatures (supertypes, public
 * methods and fields): fastutil ({@code IntColumn} iterators, {@code Selection} is an
 * {@code IntIterable}), RoaringBitmap ({@code Selection.fromBitmap}), Guava
 * ({@code TableSliceGroup.aggregate(ListMultimap)}; failureaccess is part of its packages) and
 * univocity-parsers ({@code FixedWidthReadOptions.columnSpecs}). Everything else the kernel carries
 * (Jackson, JeroMQ, picocli, Maven Resolver, commonmark, ASM, JFreeChart, commons-math3, ICU4J, the
 * kernel, notebook and engine packages, ...) is hidden, so a cell that names it fails to compile and
 * the user's own version of it (through {@code %maven} or {@code %jars}) wins.
 *
 * <p>Judgement calls: Pebble appears only in jsplot's {@code TemplateUtils.getNewEngine()} and Jackson
 * only in a protected field of jsplot's {@code Component}: both are jsplot's plumbing, so both stay
 * hidden. The JDK is always visible; the engine's {@code ExitGuard} is visible when cells run (their classes are
 * rewritten to call it) but not when they compile.
 */
final class CellClassPolicy {
  /** Package prefixes cells compile against and run with (a prefix covers its sub-packages). */
  private static final List<String> VISIBLE_PACKAGES = List.of(
      "dev.tablebook.data", "dev.tablebook.tables", "dev.tablebook.charts", "dev.tablebook.display",
      "dev.tablebook.comm", "dev.tablebook.widgets", "dev.tablebook.grid",
      "dev.tablebook.article", "dev.tablebook.sql", "dev.tablebook.secrets", "tech.tablesaw", "it.unimi.dsi.fastutil", "org.roaringbitmap", "com.google.common",
      "com.univocity.parsers");
  /**
   * Classes cells only run with (a class covers its nested classes). The engine's exit guard is named
   * here, not imported: it lives in the engine's core, which this package must not use (CellClassPolicyTest
   * holds the name to the class).
   */
  private static final List<String> VISIBLE_WHEN_RUNNING = List.of("dev.tablebook.engine.ExitGuard");
  /** The kernel's versions of the libraries behind {@link #VISIBLE_PACKAGES}, written at build time. */
  private static final String LIBRARIES = "cell-libraries.txt";

  private static volatile Map<String, String> keptLibraries;

  private CellClassPolicy() {}

  /** Whether classes of {@code packageName} (dotted; "" for the unnamed package) are visible to cells. */
  static boolean isVisiblePackage(String packageName) {
    for (String prefix : VISIBLE_PACKAGES) {
      if (covers(prefix, packageName, '.')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the kernel's class {@code className} (binary name) may be loaded for a cell. */
  static boolean isVisibleWhenRunning(String className) {
    int dot = className.lastIndexOf('.');
    if (isVisiblePackage(dot < 0 ? "" : className.substring(0, dot))) {
      return true;
    }
    for (String visible : VISIBLE_WHEN_RUNNING) {
      if (covers(visible, className, '$')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the kernel's resource {@code name} ({@code a/b/c.txt}) is visible to cells: those in visible
   * packages, and the service files ({@code META-INF/services/NAME}) of visible service types. Every
   * other {@code META-INF} file and root resource of the kernel is hidden, so a user's library never
   * reads the kernel's copy of its own services or settings.
   */
  static boolean isVisibleResource(String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    if (path.startsWith("META-INF/services/")) {
      return isVisibleWhenRunning(path.substring("META-INF/services/".length()));
    }
    int slash = path.lastIndexOf('/');
    return slash > 0 && !path.startsWith("META-INF/") && isVisiblePackage(path.substring(0, slash).replace('/', '.'));
  }

  /**
   * The kernel's version of {@code groupId:artifactId} when it is one of the libraries cells see
   * (so cells keep the kernel's copy whatever version a magic resolves); empty for every other artifact.
   */
  static Optional<String> keptVersion(String groupId, String artifactId) {
    return Optional.ofNullable(keptLibraries().get(groupId + ":" + artifactId));
  }

  /** {@code group:artifact} to version, for every library cells see, as the build wrote it. */
  static Map<String, String> keptLibraries() {
    Map<String, String> libraries = keptLibraries;
    if (libraries == null) {
      keptLibraries = libraries = readLibraries();
    }
    return libraries;
  }

  private static Map<String, String> readLibraries() {
    Map<String, String> libraries = new LinkedHashMap<>();
    try (InputStream in = CellClassPolicy.class.getResourceAsStream(LIBRARIES)) {
      if (in == null) {
        throw new IllegalStateException(LIBRARIES + " is missing next to " + CellClassPolicy.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] parts = line.strip().split(":");
        if (parts.length == 3 && !line.startsWith("#")) {
          libraries.put(parts[0] + ":" + parts[1], parts[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(libraries);
  }

  /** Whether {@code name} is {@code prefix} or lies inside it ({@code prefix} then {@code separator}). */
  private static boolean covers(String prefix, String name, char separator) {
    return name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == separator);
  }
}
