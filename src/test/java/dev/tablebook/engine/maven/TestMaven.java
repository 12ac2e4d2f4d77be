package dev.tablebook.engine.maven;

import dev.tablebook.engine.magic.MagicException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The kernel's own Maven resolver, for tests that need jars outside the build (a Spark server's). */
public final class TestMaven {
  private TestMaven() {}

  /** The jars of {@code coordinates} and their compile and runtime dependencies, downloaded into the local repository when missing. */
  public static List<Path> resolve(String... coordinates) throws MagicException {
    List<org.eclipse.aether.graph.Dependency> dependencies = new ArrayList<>();
    for (String coordinate : coordinates) {
      dependencies.add(MavenResolver.dependency(coordinate, "compile"));
    }
    return new MavenResolver().resolve(dependencies, Set.of("compile", "runtime")).stream().map(a -> a.getPath()).toList();
  }

  /** The local repository the kernel's resolver uses (the user's Maven settings decide it). */
  public static Path localRepository() throws MagicException {
    return MavenSettings.ofUser().localRepository();
  }
}
