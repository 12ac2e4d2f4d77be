package dev.tablebook.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.util.artifact.JavaScopes;

/**
 * The Maven magics, as IJava and JJava have them: {@code %maven COORDINATES...} (also
 * {@code %addMavenDependency}, {@code %addMavenDependencies}), {@code %mavenRepo ID URL} (also
 * {@code %addMavenRepo}), {@code %loadFromPOM POM [SCOPES...]} and {@code %%loadFromPOM}
 * (the cell is a POM, or just its {@code <dependencies>}/{@code <dependency>} elements).
 */
final class MavenMagics {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private MavenResolver resolver;

  List<Magic> magics() {
    return List.of(new MavenMagic(), new MavenRepoMagic(), new LoadFromPomMagic());
  }

  /** IJava's other names for the magics, by magic. */
  static Map<String, List<String>> aliases() {
    return Map.of("maven", List.of("addMavenDependency", "addMavenDependencies"), "mavenRepo", List.of("addMavenRepo"));
  }

  /** Every artifact resolved so far, to record with a notebook run. */
  synchronized List<String> resolvedArtifacts() {
    return resolver == null ? List.of() : resolver.resolvedArtifacts();
  }

  /** The resolver, made on first use: its classes cost start-up time that most sessions never need. */
  private synchronized MavenResolver resolver() {
    if (resolver == null) {
      resolver = new MavenResolver();
    }
    return resolver;
  }

  /**
   * Adds the resolved jars to the class path, except those of libraries cells already have from the
   * kernel (Tablesaw and what its API needs, see {@link CellClassPolicy}): cells keep the kernel's
   * copy, and a different version is reported with both versions. Every other library is added, and
   * wins over the kernel's hidden copy of it.
   */
  private static void addAll(List<Artifact> artifacts, MagicContext context) {
    for (Artifact artifact : artifacts) {
      Optional<String> kept = CellClassPolicy.keptVersion(artifact.getGroupId(), artifact.getArtifactId());
      if (kept.isEmpty()) {
        context.addToClassPath(artifact.getPath());
      } else if (!kept.get().equals(artifact.getBaseVersion())) {
        context.println(conflictNote(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getBaseVersion(), kept.get()));
      }
    }
  }

  /** The note for a resolved {@code library} (group:artifact) that cells get at the kernel's version instead. */
  static String conflictNote(String library, String resolved, String kept) {
    return "note: " + library + ":" + resolved + " was resolved, but cells get the kernel's " + kept
        + " (cells share Tablesaw and the libraries of its API with the kernel); the " + resolved + " jar was not added";
  }

  private final class MavenMagic implements Magic {
    @Override
    public String name() {
      return "maven";
    }

    @Override
    public String help() {
      return "add Maven artifacts (group:artifact:version ...) and their dependencies to the class path";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      if (arguments.isBlank()) {
        throw new MagicException("%maven needs coordinates, such as org.apache.commons:commons-math3:3.6.1");
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (String coordinates : arguments.trim().split("\\s+")) {
        dependencies.add(MavenResolver.dependency(coordinates, JavaScopes.RUNTIME));
      }
      addAll(resolve(dependencies, List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME), context), context);
      return true;
    }
  }

  /** Resolves (and downloads) on a thread of its own, so an interrupt or the cell's time limit ends the wait. */
  private List<org.eclipse.aether.artifact.Artifact> resolve(List<Dependency> dependencies, List<String> scopes,
      MagicContext context) throws MagicException {
    try {
      return context.interruptibly("maven-download", () -> resolver().resolve(dependencies, scopes));
    } catch (MagicException e) {
      throw e;
    } catch (Exception e) {
      throw new MagicException("%maven could not resolve " + dependencies + ": " + e, e);
    }
  }

  private final class MavenRepoMagic implements Magic {
    @Override
    public String name() {
      return "mavenRepo";
    }

    @Override
    public String help() {
      return "add a Maven repository (ID URL) for later %maven";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      String[] parts = arguments.trim().split("\\s+");
      if (parts.length != 2 || !parts[1].matches("(https?|file)://\\S+")) {
        throw new MagicException("%mavenRepo needs an id and a URL, such as: %mavenRepo snapshots https://example.org/repo");
      }
      resolver().addRepository(parts[0], parts[1]);
      return true;
    }
  }

  private final class LoadFromPomMagic implements Magic {
    @Override
    public String name() {
      return "loadFromPOM";
    }

    @Override
    public String help() {
      return "add the dependencies of a POM file (or of the cell's POM) to the class path";
    }

    @Override
    public boolean isCellMagic() {
      return true;
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      String pom;
      List<String> scopes = new ArrayList<>(List.of(arguments.trim().split("\\s+")));
      scopes.removeIf(String::isBlank);
      if (body == null) {
        if (scopes.isEmpty()) {
          throw new MagicException("%loadFromPOM needs a POM file, such as: %loadFromPOM pom.xml compile runtime");
        }
        pom = MagicException.readFile("loadFromPOM", context.resolve(scopes.remove(0)));
      } else {
        pom = asProject(body);
      }
      if (scopes.isEmpty()) {
        scopes = List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME);
      }
      Model model = parse(pom);
      for (Repository repository : model.getRepositories()) {
        resolver().addRepository(repository.getId(), interpolate(repository.getUrl(), model.getProperties()));
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (org.apache.maven.model.Dependency d : model.getDependencies()) {
        if (d.getVersion() == null) {
          throw new MagicException("the POM's dependency " + d.getGroupId() + ":" + d.getArtifactId()
              + " has no version (parent POMs and dependency management are not read)");
        }
        String scope = d.getScope() == null ? JavaScopes.COMPILE : d.getScope();
        if (!scopes.contains(scope)) {
          continue;
        }
        String coordinates = String.join(":", d.getGroupId(), d.getArtifactId(), d.getType() == null ? "jar" : d.getType())
            + (d.getClassifier() == null ? "" : ":" + d.getClassifier()) + ":" + d.getVersion();
        dependencies.add(MavenResolver.dependency(interpolate(coordinates, model.getProperties()), scope));
      }
      if (!dependencies.isEmpty()) {
        addAll(resolve(dependencies, scopes, context), context);
      }
      return true;
    }

    /** A whole POM from a cell that may hold only {@code <dependencies>} or {@code <dependency>} elements. */
    private static String asProject(String body) {
      String xml = body.strip();
      if (xml.contains("<project")) {
        return xml;
      }
      if (!xml.contains("<dependencies>") && !xml.contains("<repositories>")) {
        xml = "<dependencies>" + xml + "</dependencies>";
      }
      return "<project><modelVersion>4.0.0</modelVersion><groupId>cell</groupId><artifactId>cell</artifactId>"
          + "<version>0</version>" + xml + "</project>";
    }

    private static Model parse(String pom) throws MagicException {
      try {
        return new MavenXpp3Reader().read(new StringReader(pom), true);
      } catch (IOException | XmlPullParserException e) {
        throw new MagicException("the POM does not parse: " + e.getMessage(), e);
      }
    }
  }

  /** Replaces {@code ${name}} with the POM's properties (then system properties); unknown ones stay. */
  static String interpolate(String text, Properties properties) {
    Matcher m = PROPERTY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = properties.getProperty(m.group(1), System.getProperty(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }
}
