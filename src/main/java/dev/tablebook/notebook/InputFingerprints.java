package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a cached run read from disk, fingerprinted so that a later run can tell whether any of it
 * changed: each file's size, modification time and SHA-256; a folder as the files under it, through
 * symbolic links (a file added or removed is a change); a missing path as missing (its appearing is a
 * change). A file whose size and time both match is taken as unchanged without reading it, as make
 * and git do, unless its time was within {@link #RACY} of the fingerprint (a write in the same tick
 * of a coarse clock would not show); one whose time moved (a fresh clone) is compared by content.
 * Paths in the working tree ({@code base}) are kept relative to the notebook's folder, so a cache
 * shared by two checkouts, or moved with its tree (a CI's saved cache), still matches; others
 * (the local Maven repository's jars) are kept absolute. One instance serves one command: it
 * remembers each file's digest by path, size and time.
 */
final class InputFingerprints {
  /** The coarsest file-time tick in common use (FAT's two seconds). */
  private static final long RACY = TimeUnit.SECONDS.toNanos(2);

  private final Path base;
  private final Map<String, String> digests = new ConcurrentHashMap<>();

  InputFingerprints(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** The fingerprints of {@code paths} (absolute), taken now, for a notebook in {@code folder}. */
  ObjectNode take(Path folder, Collection<Path> paths) throws IOException {
    ObjectNode taken = JupyterJson.MAPPER.createObjectNode().put("taken", nanos(Instant.now()));
    ArrayNode all = taken.putArray("paths");
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      ObjectNode entry = all.addObject().put("path", stored(folder, absolute));
      if (!Files.exists(absolute)) {
        entry.put("missing", true);
        continue;
      }
      ArrayNode files = entry.putArray("files");
      for (Path file : filesOf(absolute)) {
        long size = Files.size(file);
        long modified = modified(file);
        files.addObject().put("name", absolute.relativize(file).toString()).put("size", size).put("modified", modified)
            .put("sha256", digest(file, size, modified));
      }
    }
    return taken;
  }

  /** {@code first}'s paths and then {@code second}'s, as taken at {@code first}'s time. */
  static ObjectNode both(ObjectNode first, ObjectNode second) {
    ObjectNode both = first.deepCopy();
    both.withArray("paths").addAll((ArrayNode) second.path("paths"));
    return both;
  }

  /**
   * What changed since {@code recorded} was taken for a notebook in {@code folder} ("../datasets/x.csv
   * changed"), or empty when nothing did; an input that cannot be read now counts as changed.
   */
  Optional<String> firstChange(Path folder, JsonNode recorded) {
    JsonNode paths = recorded.path("paths");
    if (!paths.isArray() || !recorded.path("taken").isIntegralNumber()) {
      throw new IllegalArgumentException("it records no inputs");
    }
    long taken = recorded.path("taken").asLong();
    for (JsonNode entry : paths) {
      String shown = entry.path("path").asText();
      try {
        Optional<String> change = change(folder.resolve(shown).normalize(), shown, entry, taken);
        if (change.isPresent()) {
          return change;
        }
      } catch (IOException | RuntimeException e) {
        return Optional.of(shown + " cannot be read (" + e.getMessage() + ")");
      }
    }
    return Optional.empty();
  }

  private Optional<String> change(Path path, String shown, JsonNode entry, long taken) throws IOException {
    boolean exists = Files.exists(path);
    if (entry.path("missing").asBoolean()) {
      return exists ? Optional.of(shown + " appeared") : Optional.empty();
    }
    if (!exists) {
      return Optional.of(shown + " is gone");
    }
    List<Path> files = filesOf(path);
    JsonNode was = entry.path("files");
    if (files.size() != was.size()) {
      return Optional.of(shown + (files.size() > was.size() ? " has a new file" : " lost a file"));
    }
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      JsonNode old = was.get(i);
      String name = path.relativize(file).toString();
      if (!name.equals(old.path("name").asText())) {
        return Optional.of(shown + " has a new file or lost one");
      }
      long size = Files.size(file);
      long modified = modified(file);
      boolean sameStat = size == old.path("size").asLong() && modified == old.path("modified").asLong() && modified < taken - RACY;
      if (!sameStat && (size != old.path("size").asLong() || !digest(file, size, modified).equals(old.path("sha256").asText()))) {
        return Optional.of((name.isEmpty() ? shown : shown + "/" + name) + " changed");
      }
    }
    return Optional.empty();
  }

  /** {@code path} as entries record it for a notebook in {@code folder}: relative to the folder when in the working tree. */
  String relative(Path folder, Path path) {
    return stored(folder, path.toAbsolutePath().normalize());
  }

  private String stored(Path folder, Path absolute) {
    return absolute.startsWith(base) && folder.startsWith(base) ? folder.relativize(absolute).toString() : absolute.toString();
  }

  /** A file as itself; a folder as the regular files under it (through symbolic links), sorted by path. */
  private static List<Path> filesOf(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
  }

  private static long nanos(Instant instant) {
    return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
  }

  private String digest(Path file, long size, long modified) throws IOException {
    String key = file + "\n" + size + "\n" + modified;
    String known = digests.get(key);
    if (known == null) {
      known = sha256(file);
      digests.put(key, known);
    }
    return known;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
