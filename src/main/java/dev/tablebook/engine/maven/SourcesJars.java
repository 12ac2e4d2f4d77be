package dev.tablebook.engine.maven;

import dev.tablebook.engine.magic.MagicException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the sources jar of a library jar cells see: next to it, else through Maven by the jar's
 * coordinates (its place in the local repository or its {@code pom.properties}), downloaded in the
 * background once per session. The inspection that starts a download waits for it a bounded time.
 */
final class SourcesJars {
  /** Resolves the sources jar of one artifact. */
  interface Resolver {
    Path sourcesJar(String group, String artifact, String version) throws MagicException;
  }

  /** Maven coordinates of a jar. */
  record Coordinates(String group, String artifact, String version) {}

  private final Resolver resolver;
  private final long waitMillis;
  private final Map<Coordinates, CompletableFuture<Optional<Path>>> downloads = new ConcurrentHashMap<>();

  SourcesJars(Resolver resolver, long waitMillis) {
    this.resolver = resolver;
    this.waitMillis = waitMillis;
  }

  /**
   * The first sources jar of {@code jar} that {@code holds} accepts (the classes of {@code packageName}
   * may come from one of several artifacts in a shaded jar), of those there by now.
   */
  Optional<Path> find(Path jar, String packageName, Predicate<Path> holds) {
    Path sibling = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "-sources.jar"));
    if (Files.isRegularFile(sibling)) {
      return Optional.of(sibling).filter(holds);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis); // one bound for all candidates
    for (Coordinates coordinates : coordinates(jar, packageName)) {
      Started started = download(coordinates);
      long left = started.now() ? Math.max(0, deadline - System.nanoTime()) : 0;
      Optional<Path> found = available(started.download(), left).filter(holds);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A download, and whether this inspection started it (and so may wait for it). */
  private record Started(CompletableFuture<Optional<Path>> download, boolean now) {}

  private Started download(Coordinates coordinates) {
    boolean[] started = new boolean[1];
    CompletableFuture<Optional<Path>> download = downloads.computeIfAbsent(coordinates, c -> {
      started[0] = true;
      return CompletableFuture.supplyAsync(() -> resolve(c), SourcesJars::daemon);
    });
    return new Started(download, started[0]);
  }

  private static Optional<Path> available(CompletableFuture<Optional<Path>> download, long waitNanos) {
    try {
      return waitNanos > 0 ? download.get(waitNanos, TimeUnit.NANOSECONDS) : download.getNow(Optional.empty());
    } catch (TimeoutException e) {
      return Optional.empty(); // still downloading: a later inspection shows it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  private Optional<Path> resolve(Coordinates c) {
    try {
      return Optional.of(resolver.sourcesJar(c.group(), c.artifact(), c.version()));
    } catch (MagicException | RuntimeException e) {
      return Optional.empty(); // no sources published, or no network: inspection shows signatures only
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "tablebook-sources-download");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The coordinates of {@code jar}: from its folder in {@code localRepository} when it is there, else
   * from its {@code pom.properties} (in a shaded jar, those whose group starts {@code packageName}, longest first).
   */
  static List<Coordinates> coordinates(Path jar, Path localRepository, String packageName) {
    Path absolute = jar.toAbsolutePath().normalize();
    Path repository = localRepository.toAbsolutePath().normalize();
    if (absolute.startsWith(repository) && repository.relativize(absolute).getNameCount() >= 4) {
      Path relative = repository.relativize(absolute);
      int n = relative.getNameCount();
      String artifact = relative.getName(n - 3).toString();
      String version = relative.getName(n - 2).toString();
      if (relative.getFileName().toString().startsWith(artifact + "-" + version)) {
        String group = relative.subpath(0, n - 3).toString().replace(relative.getFileSystem().getSeparator(), ".");
        return List.of(new Coordinates(group, artifact, version));
      }
    }
    List<Coordinates> declared = declared(absolute);
    List<Coordinates> matching = new ArrayList<>(declared.stream()
        .filter(c -> packageName.equals(c.group()) || packageName.startsWith(c.group() + ".")).toList());
    matching.sort(Comparator.comparingInt((Coordinates c) -> c.group().length()).reversed());
    return declared.size() == 1 && matching.isEmpty() ? declared : matching;
  }

  private static List<Coordinates> coordinates(Path jar, String packageName) {
    try {
      return coordinates(jar, MavenSettings.ofUser().localRepository(), packageName);
    } catch (MagicException e) {
      return List.of();
    }
  }

  private static List<Coordinates> declared(Path jar) {
    List<Coordinates> found = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties")).toList()) {
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
          properties.load(in);
        }
        String group = properties.getProperty("groupId");
        String artifact = properties.getProperty("artifactId");
        String version = properties.getProperty("version");
        if (group != null && artifact != null && version != null) {
          found.add(new Coordinates(group, artifact, version));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return found;
  }
}
