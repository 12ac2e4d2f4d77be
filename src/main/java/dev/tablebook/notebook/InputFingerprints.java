package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a cached run read from disk, fingerprinted so that a later run can tell whether any of it
 * changed: each file's size, modification time and SHA-256; a folder as the files under it (a file
 * added or removed is a change); a missing path as missing (its appearing is a change). A file whose
 * size and time both match is taken as unchanged without reading it, as make and git do; one whose
 * time moved (a fresh clone, a copy) is read and compared by content. Paths under {@code base} are
 * kept relative to it, so a cache moved with its working tree (a CI's saved cache) still matches.
 */
final class InputFingerprints {
  private final Path base;

  InputFingerprints(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** The fingerprints of {@code paths}, in order. */
  ArrayNode take(Collection<Path> paths) throws IOException {
    ArrayNode all = JupyterJson.MAPPER.createArrayNode();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      ObjectNode entry = all.addObject().put("path", stored(absolute));
      if (!Files.exists(absolute)) {
        entry.put("missing", true);
        continue;
      }
      ArrayNode files = entry.putArray("files");
      for (Path file : filesOf(absolute)) {
        files.addObject().put("name", absolute.relativize(file).toString()).put("size", Files.size(file))
            .put("modified", modified(file)).put("sha256", sha256(file));
      }
    }
    return all;
  }

  /** What changed since {@code recorded} was taken ("datasets/x.csv changed"), or empty when nothing did. */
  Optional<String> firstChange(JsonNode recorded) throws IOException {
    for (JsonNode entry : recorded) {
      Path path = base.resolve(entry.path("path").asText());
      String shown = entry.path("path").asText();
      boolean exists = Files.exists(path);
      if (entry.path("missing").asBoolean()) {
        if (exists) {
          return Optional.of(shown + " appeared");
        }
        continue;
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
        String where = name.isEmpty() ? shown : shown + "/" + name;
        if (!name.equals(old.path("name").asText())) {
          return Optional.of(shown + " has a new file or lost one");
        }
        long size = Files.size(file);
        boolean sameStat = size == old.path("size").asLong() && modified(file) == old.path("modified").asLong();
        if (!sameStat && (size != old.path("size").asLong() || !sha256(file).equals(old.path("sha256").asText()))) {
          return Optional.of(where + " changed");
        }
      }
    }
    return Optional.empty();
  }

  /** {@code path} as entries record it: relative to the base when under it. */
  String relative(Path path) {
    return stored(path.toAbsolutePath().normalize());
  }

  private String stored(Path absolute) {
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /** A file as itself; a folder as the regular files under it, sorted by path. */
  private static List<Path> filesOf(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
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
