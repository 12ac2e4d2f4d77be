package dev.tablebook.engine.magic;

import dev.tablebook.io.FileErrors;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code %jars GLOB...} and {@code %classpath GLOB...}, as IJava has them: {@code %jars} adds the
 * files that match (a folder that matches gives the files in it), {@code %classpath} the files and
 * folders that match. The value, for {@code List<String> added = %jars lib/*.jar}, is the list of
 * absolute paths added.
 */
final class ClassPathMagic implements Magic {
  private final String name;
  private final boolean filesOnly;

  ClassPathMagic(String name) {
    this.name = name;
    this.filesOnly = name.equals("jars");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String help() {
    return filesOnly ? "add jars matching the globs (lib/*.jar, or every file of lib/) to the class path"
        : "add folders or jars matching the globs to the class path";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    List<String> patterns = MagicArguments.split(arguments);
    if (patterns.isEmpty()) {
      throw new MagicException("%" + name + " needs at least one path or glob, such as lib/*.jar");
    }
    List<String> added = new ArrayList<>();
    for (String pattern : patterns) {
      List<Path> matches = expand(pattern, context);
      if (matches.isEmpty()) {
        throw new MagicException("%" + name + ": nothing matches " + pattern + " (from " + context.resolve(".") + ")");
      }
      for (Path match : matches) {
        context.addToClassPath(match);
        added.add(match.toString());
      }
    }
    context.result(added);
    return true;
  }

  /** The entries {@code pattern} names, sorted; a folder becomes its files for {@code %jars}. */
  private List<Path> expand(String pattern, MagicContext context) throws MagicException {
    List<Path> matches = new ArrayList<>();
    for (Path match : matching(pattern, context)) {
      if (filesOnly && Files.isDirectory(match)) {
        try (Stream<Path> files = Files.list(match)) {
          files.filter(Files::isRegularFile).sorted().forEach(matches::add);
        } catch (IOException | RuntimeException e) {
          throw new MagicException("%" + name + ": cannot list " + match + ": " + why(e), e);
        }
      } else if (!filesOnly || Files.isRegularFile(match)) {
        matches.add(match);
      }
    }
    return matches;
  }

  /** The paths a glob matches; it looks only as deep as the glob reaches ({@code **} reaches everywhere). */
  static List<Path> matching(String pattern, MagicContext context) throws MagicException {
    int wildcard = firstWildcard(pattern);
    if (wildcard < 0) {
      Path path = context.resolve(pattern);
      return Files.exists(path) ? List.of(path) : List.of();
    }
    int slash = pattern.lastIndexOf('/', wildcard);
    Path base = context.resolve(slash < 0 ? "." : pattern.substring(0, slash + 1));
    String rest = pattern.substring(slash + 1);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : (int) rest.chars().filter(c -> c == '/').count() + 1;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + base.toString().replace("\\", "\\\\") + "/" + rest);
    List<Path> matches = new ArrayList<>();
    try {
      Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          if (matcher.matches(dir)) {
            matches.add(dir);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (matcher.matches(file)) {
            matches.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // an unreadable folder matches nothing
        }
      });
    } catch (IOException | RuntimeException e) {
      throw new MagicException("cannot list " + base + ": " + why(e), e);
    }
    matches.sort(null);
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

  /** Why a folder could not be listed, without repeating its name. */
  private static String why(Exception e) {
    Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause instanceof java.nio.file.FileSystemException file ? FileErrors.reason(file) : String.valueOf(cause.getMessage());
  }
}
