package dev.tablebook.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code %jars GLOB...} and {@code %classpath GLOB...}: add matching jars or folders to the session. */
final class ClassPathMagic implements Magic {
  private final String name;

  ClassPathMagic(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String help() {
    return name.equals("jars") ? "add jars matching the globs (lib/*.jar) to the class path"
        : "add folders or jars matching the globs to the class path";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    if (arguments.isBlank()) {
      throw new MagicException("%" + name + " needs at least one path or glob, such as lib/*.jar");
    }
    for (String pattern : arguments.trim().split("\\s+")) {
      List<Path> matches = expand(pattern, context);
      if (matches.isEmpty()) {
        throw new MagicException("%" + name + ": nothing matches " + pattern + " (from " + context.resolve(".") + ")");
      }
      for (Path match : matches) {
        context.addToClassPath(match);
      }
    }
    return true;
  }

  static List<Path> expand(String pattern, MagicContext context) throws MagicException {
    int wildcard = firstWildcard(pattern);
    if (wildcard < 0) {
      Path path = context.resolve(pattern);
      return Files.exists(path) ? List.of(path) : List.of();
    }
    int slash = pattern.lastIndexOf('/', wildcard);
    Path base = context.resolve(slash < 0 ? "." : pattern.substring(0, slash + 1));
    String glob = base.toString().replace("\\", "\\\\") + "/" + pattern.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> matches = new ArrayList<>();
    try (Stream<Path> files = Files.walk(base)) {
      files.filter(matcher::matches).sorted().forEach(matches::add);
    } catch (IOException e) {
      throw new MagicException("cannot list " + base + ": " + e.getMessage(), e);
    }
    return matches;
  }

  private static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
