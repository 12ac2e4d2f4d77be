package dev.tablebook.cli;

import dev.tablebook.jvm.ClassDataArchive;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tablebook class-data} (hidden): makes the class-data archive of this jar for a Java, next to
 * the jar, unless a fitting one is there; the launcher script runs it once after each build.
 */
@Command(name = "class-data", hidden = true,
    description = "Make the class-data archive of this jar (in JAR.class-data next to it) for faster starts.")
final class ClassDataCommand implements Callable<Integer> {
  @Option(names = "--java", paramLabel = "JAVA", description = "The java executable (default: the one running this).")
  Path java = Path.of(System.getProperty("java.home"), "bin", "java");

  @Option(names = "--check", description = "Only say whether a fitting archive is there (exit 0) or not (exit 1).")
  boolean check;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException, URISyntaxException {
    Path jar = Path.of(ClassDataCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("class-data runs from the Tablebook jar (this is " + jar + ")");
    }
    Optional<String> problem = ClassDataArchive.problem(java, jar);
    if (check || problem.isEmpty()) {
      spec.commandLine().getOut().println(problem.map(p -> "no fitting class-data archive: " + p)
          .orElse("class-data archive: " + ClassDataArchive.pathFor(java, jar)));
      return problem.isEmpty() ? 0 : 1;
    }
    ClassDataArchive.Made made = ClassDataArchive.make(java, jar, List.of());
    spec.commandLine().getOut().printf("made the class-data archive %s (%d MB) in %.1f s%n", made.archive(),
        made.bytes() >> 20, made.took().toMillis() / 1000.0);
    return 0;
  }
}
