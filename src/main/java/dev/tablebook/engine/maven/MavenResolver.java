package dev.tablebook.engine.maven;

import dev.tablebook.engine.magic.MagicException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.ScopeDependencyFilter;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;

/**
 * Resolves Maven coordinates with their transitive dependencies into jars, through the local
 * repository and Maven Central (plus repositories added with {@code %mavenRepo}), honouring the
 * mirrors of the user's settings. Remembers every artifact it resolved, in order.
 */
final class MavenResolver {
  private static final String CENTRAL_ID = "central";
  private static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";
  /** IJava's form, {@code groupId:artifactId:[packagingType:[classifier]]:version}; an empty packaging is jar. */
  private static final Pattern COORDINATES = Pattern.compile("[^:\\s]+:[^:\\s]+(:[^:\\s]*(:[^:\\s]+)?)?:[^:\\s]+");
  static final String COORDINATE_FORMS = "group:artifact:version, group:artifact:packaging:version"
      + " or group:artifact:packaging:classifier:version";

  private final Map<String, RemoteRepository> repositories = new LinkedHashMap<>();
  private final Map<String, Path> resolved = new LinkedHashMap<>();
  private RepositorySystem system;

  MavenResolver() {
    addRepository(CENTRAL_ID, CENTRAL_URL);
  }

  /** The addresses Maven Central has had, by host; each serves it under {@code /maven2}. */
  private static final Set<String> CENTRAL_HOSTS = Set.of("repo.maven.apache.org", "repo1.maven.org", "central.maven.org",
      "repo1.maven.apache.org");

  /** Whether {@code url} is Maven Central itself (over http or https, at any of its addresses). */
  static boolean isCentral(String url) {
    try {
      URI uri = new URI(url);
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null && CENTRAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT)) && path.equals("/maven2");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Adds (or replaces) a remote repository for later resolutions. */
  void addRepository(String id, String url) {
    addRepository(id, url, null, null);
  }

  /** Adds (or replaces) a remote repository; a null policy is Maven's default (enabled, daily updates). */
  synchronized void addRepository(String id, String url, RepositoryPolicy releases, RepositoryPolicy snapshots) {
    RemoteRepository.Builder builder = new RemoteRepository.Builder(id, "default", url);
    if (releases != null) {
      builder.setReleasePolicy(releases);
    }
    if (snapshots != null) {
      builder.setSnapshotPolicy(snapshots);
    }
    repositories.put(id, builder.build());
  }

  /**
   * The artifacts (with their jars) of {@code dependencies} and of their dependencies whose scope
   * (as Maven derives it along the way) is one of {@code scopes}, downloaded when missing.
   */
  List<Artifact> resolve(List<Dependency> dependencies, Collection<String> scopes) throws MagicException {
    RepositorySystem repositorySystem = system();
    try (RepositorySystemSession.CloseableSession session = session(repositorySystem)) {
      CollectRequest collect = new CollectRequest();
      dependencies.forEach(collect::addDependency);
      collect.setRepositories(repositorySystem.newResolutionRepositories(session, remotes()));
      DependencyRequest request = new DependencyRequest(collect, new ScopeDependencyFilter(scopes, null));
      List<Artifact> artifacts = new ArrayList<>();
      for (ArtifactResult result : repositorySystem.resolveDependencies(session, request).getArtifactResults()) {
        Artifact artifact = result.getArtifact();
        resolved.putIfAbsent(artifact.toString(), artifact.getPath());
        artifacts.add(artifact);
      }
      return artifacts;
    } catch (DependencyResolutionException e) {
      throw new MagicException("cannot resolve " + describe(dependencies) + ": " + rootMessage(e), e);
    }
  }

  /**
   * The file of the one artifact {@code coordinates} (no dependencies), from the local repository
   * when it is there, else downloaded from the repositories into it; used for sources jars.
   */
  Path resolveArtifact(String coordinates) throws MagicException {
    RepositorySystem repositorySystem = system();
    try (RepositorySystemSession.CloseableSession session = session(repositorySystem)) {
      ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates),
          repositorySystem.newResolutionRepositories(session, remotes()), null);
      return repositorySystem.resolveArtifact(session, request).getArtifact().getPath();
    } catch (ArtifactResolutionException | IllegalArgumentException e) {
      throw new MagicException("cannot resolve " + coordinates + ": " + rootMessage(e), e);
    }
  }

  /** Maven's own session defaults (scopes, optional dependencies, exclusions, nearest-wins), the user's mirrors. */
  private RepositorySystemSession.CloseableSession session(RepositorySystem repositorySystem) throws MagicException {
    MavenSettings settings = MavenSettings.ofUser();
    DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
    settings.mirrors().forEach(m -> mirrors.add(m.id(), m.url(), "default", false, false, m.mirrorOf(), "*"));
    return new SessionBuilderSupplier(repositorySystem).get()
        .withLocalRepositoryBaseDirectories(settings.localRepository())
        .setSystemProperties(System.getProperties())
        .setMirrorSelector(mirrors)
        .build();
  }

  /** A dependency on {@code coordinates} in {@code scope} (compile if null); a malformed coordinate is a clear error. */
  static Dependency dependency(String coordinates, String scope) throws MagicException {
    if (!COORDINATES.matcher(coordinates).matches()) {
      throw new MagicException("\"" + coordinates + "\" is not a Maven coordinate; the forms are " + COORDINATE_FORMS
          + ", such as org.apache.commons:commons-math3:3.6.1");
    }
    return new Dependency(new DefaultArtifact(coordinates), scope == null ? JavaScopes.COMPILE : scope);
  }

  /**
   * A POM's dependency (its values already interpolated) in its own scope: the type is the file's
   * extension (jar when absent); {@code systemPath} is the file of a system-scoped one, else null.
   */
  static Dependency dependency(org.apache.maven.model.Dependency d, String scope, Path systemPath) {
    Map<String, String> properties = systemPath == null ? Map.of() : Map.of(ArtifactProperties.LOCAL_PATH, systemPath.toString());
    Artifact artifact = new DefaultArtifact(d.getGroupId(), d.getArtifactId(), d.getClassifier(),
        d.getType() == null ? "jar" : d.getType(), d.getVersion(), properties, (ArtifactType) null);
    List<Exclusion> exclusions = d.getExclusions().stream()
        .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")).toList();
    return new Dependency(artifact, scope, d.isOptional(), exclusions);
  }

  /** Every artifact resolved in this session ({@code group:artifact:extension[:classifier]:version}), in order. */
  List<String> resolvedArtifacts() {
    return List.copyOf(resolved.keySet());
  }

  /** The remote repositories as they are now (a download in the background reads them while a cell may add one). */
  private synchronized List<RemoteRepository> remotes() {
    return new ArrayList<>(repositories.values());
  }

  private synchronized RepositorySystem system() {
    if (system == null) {
      system = new RepositorySystemSupplier().get();
    }
    return system;
  }

  private static String describe(List<Dependency> dependencies) {
    return String.join(", ", dependencies.stream().map(d -> d.getArtifact().toString()).toList());
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
