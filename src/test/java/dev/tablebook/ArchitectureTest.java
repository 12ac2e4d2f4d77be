package dev.tablebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the package rules of DESIGN.md by reading every main source file's references to our packages. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/dev/tablebook");
  /** An import of one of our packages (strings that merely name a package, such as JShell imports, do not count). */
  private static final Pattern REFERENCE =
      Pattern.compile("(?m)^import\\s+(?:static\\s+)?dev\\.tablebook\\.([a-z]+(?:\\.wire)?)\\b");

  /** Which of our packages each package may use (besides itself). {@code cli} may use anything. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "io", Set.of(),
      "data", Set.of(),
      "display", Set.of(),
      "tables", Set.of("display"),
      "charts", Set.of("display", "tables", "io"),
      "article", Set.of("data", "tables", "charts", "display"),
      "engine", Set.of("display"),
      "kernel.wire", Set.of(),
      "kernel", Set.of("kernel.wire", "engine", "display", "io"),
      "notebook", Set.of("engine", "display", "io"));

  @Test
  void packagesUseOnlyWhatTheDesignAllows() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          if (used.equals(pkg) || pkg.equals("cli")) {
            continue;
          }
          if (used.equals("cli") || !ALLOWED.getOrDefault(pkg, Set.of()).contains(used)) {
            violations.add(MAIN.relativize(file) + " uses dev.tablebook." + used);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
