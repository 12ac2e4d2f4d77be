package dev.tablebook.engine.maven;

import dev.tablebook.engine.classpath.CellClassPath;
import dev.tablebook.engine.magic.Magic;
import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicContext;
import dev.tablebook.engine.magic.MagicException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.artifact.JavaScopes;

/**
 * The Maven magics, in every form IJava documents: {@code %maven COORDINATES...} (also
 * {@code %addMavenDependency}, {@code %addMavenDependencies}), {@code %mavenRepo ID URL|FOLDER} (also
 * {@code %addMavenRepo}), {@code %loadFromPOM POM [SCOPES...]} and {@code %%loadFromPOM [SCOPES...]}
 * (the cell is a POM, or fragments of one, see {@link CellPom}). Scopes default to compile, runtime,
 * system and import, as IJava's. The one type of this package the engine calls: it also finds the
 * sources jars that inspection reads, with the same resolver.
 */
public final class MavenMagics {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final String IMPORT = "import";
  private static final List<String> SCOPES = List.of(JavaScopes.COMPILE, JavaScopes.PROVIDED, JavaScopes.RUNTIME,
      JavaScopes.TEST, JavaScopes.SYSTEM, IMPORT);
  private static final List<String> DEFAULT_SCOPES = List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM,
      IMPORT);
  private MavenResolver resolver;
  private final SourcesJars sources;

  /** Maven magics whose sources jars an inspection waits for at most {@code sourcesWaitMillis} the first time. */
  public MavenMagics(long sourcesWaitMillis) {
    this.sources = new SourcesJars(this::sourcesJar, sourcesWaitMillis);
  }

  /** The magics, to register. */
  public List<Magic> magics() {
    return List.of(new MavenMagic(), new MavenRepoMagic(), new LoadFromPomMagic());
  }

  /** IJava's other names for the magics, by magic. */
  public static Map<String, List<String>> aliases() {
    return Map.of("maven", List.of("addMavenDependency", "addMavenDependencies"), "mavenRepo", List.of("addMavenRepo"));
  }

  /** Every artifact resolved so far, to record with a notebook run. */
  public synchronized List<String> resolvedArtifacts() {
    return resolver == null ? List.of() : resolver.resolvedArtifacts();
  }

  /**
   * The first sources jar of {@code jar} that {@code holds} accepts (see {@link SourcesJars#find}):
   * next to it, else downloaded in the background.
   */
  public Optional<Path> findSources(Path jar, String packageName, Predicate<Path> holds) {
    return sources.find(jar, packageName, holds);
  }

  /** The sources jar of {@code group:artifact:version}, from the local repository or downloaded (this can take a while). */
  Path sourcesJar(String group, String artifact, String version) throws MagicException {
    return resolver().resolveArtifact(group + ":" + artifact + ":jar:sources:" + version);
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
   * kernel (Tablesaw and what its API needs, see {@link CellClassPath#keptVersion}): cells keep the kernel's
   * copy, and a different version is reported with both versions. Every other library is added, and
   * wins over the kernel's hidden copy of it.
   */
  private static void addAll(List<Artifact> artifacts, MagicContext context) {
    for (Artifact artifact : artifacts) {
      Optional<String> kept = CellClassPath.keptVersion(artifact.getGroupId(), artifact.getArtifactId());
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
        + " (cells share Tablesaw and the libraries of its API with the kernel, whose tables, charts and SQL are made of"
        + " Tablesaw's classes: see \"One Tablesaw\" in the README); the " + resolved + " jar was not added"
        + (library.startsWith("tech.tablesaw:") ? ": cells compile against " + kept + "'s API, where what changed since "
            + resolved + " may not compile" : "");
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
        throw new MagicException("%maven needs coordinates, such as org.apache.commons:commons-math3:3.6.1 (the forms are "
            + MavenResolver.COORDINATE_FORMS + ")");
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (String coordinates : MagicArguments.split(arguments)) {
        dependencies.add(MavenResolver.dependency(coordinates, JavaScopes.RUNTIME));
      }
      addAll(resolve(dependencies, List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM), context), context);
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
      return "add a Maven repository (ID URL, or ID FOLDER) for later %maven";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      String[] parts = MagicArguments.split(arguments).toArray(String[]::new);
      if (parts.length != 2) {
        throw new MagicException("%mavenRepo needs an id and a URL or a folder, such as: %mavenRepo snapshots"
            + " https://example.org/repo, or %mavenRepo shipped ./repository");
      }
      String url = repositoryUrl(parts[1], context::resolve, "%mavenRepo " + parts[0]);
      if (MavenResolver.isCentral(url)) {
        // Older notebooks name Central by an address it now refuses (plain http); IJava and JJava keep their own.
        context.println("note: " + parts[1] + " is Maven Central's address; %maven keeps the Central it has (over https, or"
            + " your settings' mirror), so " + parts[0] + " was not added");
        return true;
      }
      resolver().addRepository(parts[0], url);
      return true;
    }
  }

  /**
   * The URL of a repository at {@code location}: an http(s) or {@code file:} URL as it is, or a folder
   * (resolved by {@code paths}) as its {@code file:} URL.
   */
  static String repositoryUrl(String location, Function<String, Path> paths, String who) throws MagicException {
    if (location.matches("(?i)(https?://|file:)\\S+")) {
      return location;
    }
    if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      throw new MagicException(who + ": \"" + location + "\" is a URL Maven cannot read; use an http, https or file URL,"
          + " or a folder");
    }
    Path folder = paths.apply(location);
    if (!Files.isDirectory(folder)) {
      throw new MagicException(who + ": \"" + location + "\" is neither an http(s) or file URL nor a folder (there is no"
          + " folder " + folder + ")");
    }
    return folder.toUri().toString();
  }

  private final class LoadFromPomMagic implements Magic {
    @Override
    public String name() {
      return "loadFromPOM";
    }

    @Override
    public String help() {
      return "add the dependencies of a POM file, or of the cell's POM or POM fragments, to the class path";
    }

    @Override
    public boolean isCellMagic() {
      return true;
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      List<String> scopes = new ArrayList<>(MagicArguments.split(arguments));
      scopes.removeIf(String::isBlank);
      Model model;
      Function<String, Path> paths;
      if (body == null) {
        if (scopes.isEmpty()) {
          throw new MagicException("%loadFromPOM needs a POM file, such as: %loadFromPOM pom.xml compile runtime");
        }
        Path file = context.resolve(scopes.remove(0));
        model = parse(MagicException.readFile("loadFromPOM", file));
        Path folder = file.toAbsolutePath().getParent();
        paths = p -> folder.resolve(p).normalize();
      } else {
        model = CellPom.read(body);
        paths = context::resolve;
      }
      for (String scope : scopes) {
        if (!SCOPES.contains(scope)) {
          throw new MagicException("%loadFromPOM: \"" + scope + "\" is not a Maven scope; the scopes are " + SCOPES);
        }
      }
      load(model, scopes.isEmpty() ? DEFAULT_SCOPES : scopes, paths, context);
      return true;
    }
  }

  /**
   * Adds the POM's repositories and the jars of its dependencies in {@code scopes}. Relative paths
   * (folders as repository URLs, system paths) and {@code ${project.basedir}} are resolved by {@code paths}.
   */
  private void load(Model model, List<String> scopes, Function<String, Path> paths, MagicContext context)
      throws MagicException {
    Properties properties = new Properties();
    properties.putAll(model.getProperties());
    String basedir = paths.apply("").toString();
    properties.setProperty("project.basedir", basedir);
    properties.setProperty("basedir", basedir);
    if (model.getGroupId() != null) {
      properties.setProperty("project.groupId", model.getGroupId());
    }
    if (model.getVersion() != null) {
      properties.setProperty("project.version", model.getVersion());
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (org.apache.maven.model.Dependency d : model.getDependencies()) {
      Dependency dependency = dependency(d, properties, scopes, paths);
      if (dependency != null) {
        dependencies.add(dependency);
      }
    }
    List<Runnable> additions = new ArrayList<>(); // made once all is checked: a mistake adds nothing
    for (Repository r : model.getRepositories()) {
      if (r.getId() == null || r.getUrl() == null) {
        throw new MagicException("a <repository> of the POM needs an <id> and a <url>");
      }
      String url = repositoryUrl(interpolate(r.getUrl(), properties), paths, "the POM's repository " + r.getId());
      additions.add(() -> resolver().addRepository(r.getId(), url, policy(r.getReleases()), policy(r.getSnapshots())));
    }
    additions.forEach(Runnable::run);
    if (!dependencies.isEmpty()) {
      addAll(resolve(dependencies, scopes, context), context);
    }
  }

  /** The POM's dependency {@code raw} with its properties replaced, or null when its scope is not asked for. */
  private static Dependency dependency(org.apache.maven.model.Dependency raw, Properties properties, List<String> scopes,
      Function<String, Path> paths) throws MagicException {
    org.apache.maven.model.Dependency d = raw.clone();
    d.setGroupId(interpolate(d.getGroupId(), properties));
    d.setArtifactId(interpolate(d.getArtifactId(), properties));
    d.setVersion(interpolate(d.getVersion(), properties));
    d.setType(interpolate(d.getType(), properties));
    d.setClassifier(interpolate(d.getClassifier(), properties));
    d.setSystemPath(interpolate(d.getSystemPath(), properties));
    String name = d.getGroupId() + ":" + d.getArtifactId();
    if (d.getGroupId() == null || d.getArtifactId() == null) {
      throw new MagicException("a <dependency> of the POM needs a <groupId> and an <artifactId> (" + name + ")");
    }
    if (d.getVersion() == null) {
      throw new MagicException("the POM's dependency " + name
          + " has no version (parent POMs and dependency management are not read)");
    }
    String scope = d.getScope() == null ? JavaScopes.COMPILE : d.getScope();
    if (!SCOPES.contains(scope)) {
      throw new MagicException("the POM's dependency " + name + " has scope \"" + scope + "\"; the scopes are " + SCOPES);
    }
    if (!scopes.contains(scope)) {
      return null;
    }
    if (scope.equals(IMPORT)) {
      throw new MagicException("the POM's dependency " + name + " has scope import, which only means something in"
          + " <dependencyManagement> (it imports a BOM's versions), and that is not read");
    }
    Path systemPath = null;
    if (scope.equals(JavaScopes.SYSTEM)) {
      if (d.getSystemPath() == null) {
        throw new MagicException("the POM's dependency " + name + " has scope system but no <systemPath> (the jar to add)");
      }
      systemPath = paths.apply(d.getSystemPath());
    } else if (d.getSystemPath() != null) {
      throw new MagicException("the POM's dependency " + name + " has a <systemPath>, which only scope system takes");
    }
    return MavenResolver.dependency(d, scope, systemPath);
  }

  private static RepositoryPolicy policy(org.apache.maven.model.RepositoryPolicy policy) {
    if (policy == null) {
      return null;
    }
    return new RepositoryPolicy(policy.isEnabled(),
        policy.getUpdatePolicy() == null ? RepositoryPolicy.UPDATE_POLICY_DAILY : policy.getUpdatePolicy(),
        policy.getChecksumPolicy() == null ? RepositoryPolicy.CHECKSUM_POLICY_WARN : policy.getChecksumPolicy());
  }

  /** A whole POM, read strictly (an unknown element is an error naming it with its line). */
  static Model parse(String pom) throws MagicException {
    try {
      return new MavenXpp3Reader().read(new StringReader(pom), true);
    } catch (IOException | XmlPullParserException e) {
      throw new MagicException("the POM does not parse: " + e.getMessage(), e);
    }
  }

  /** Replaces {@code ${name}} with the POM's properties (then system properties); unknown ones stay. */
  static String interpolate(String text, Properties properties) {
    if (text == null) {
      return null;
    }
    Matcher m = PROPERTY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = properties.getProperty(m.group(1), System.getProperty(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }
}
