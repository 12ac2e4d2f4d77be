package dev.tablebook.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;

/**
 * Resolves Maven coordinates with their transitive dependencies into jars, through the local
 * repository and Maven Central (plus repositories added with {@code %mavenRepo}), honouring the
 * mirrors of the user's settings. Remembers every artifact it resolved, in order.
 */
final class MavenResolver {
  private static final String CENTRAL_ID = "central";
  private static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

  private final Map<String, RemoteRepository> repositories = new LinkedHashMap<>();
  private final Map<String, Path> resolved = new LinkedHashMap<>();
  private RepositorySystem system;

  MavenResolver() {
    addRepository(CENTRAL_ID, CENTRAL_URL);
  }

  /** Adds (or replaces) a remote repository for later resolutions. */
  void addRepository(String id, String url) {
    repositories.put(id, new RemoteRepository.Builder(id, "default", url).build());
  }

  /**
   * The artifacts (with their jars) of {@code dependencies} and of their dependencies in
   * {@code scopes}, downloaded when missing.
   */
  List<Artifact> resolve(List<Dependency> dependencies, List<String> scopes) throws MagicException {
    MavenSettings settings = MavenSettings.ofUser();
    DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
    settings.mirrors().forEach(m -> mirrors.add(m.id(), m.url(), "default", false, false, m.mirrorOf(), "*"));
    RepositorySystem repositorySystem = system();
    // Maven's own session defaults: scopes, optional dependencies, exclusions, nearest-wins conflicts.
    try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(repositorySystem).get()
        .withLocalRepositoryBaseDirectories(settings.localRepository())
        .setSystemProperties(System.getProperties())
        .setMirrorSelector(mirrors)
        .build()) {
      CollectRequest collect = new CollectRequest();
      dependencies.forEach(collect::addDependency);
      collect.setRepositories(repositorySystem.newResolutionRepositories(session, new ArrayList<>(repositories.values())));
      DependencyRequest request = new DependencyRequest(collect,
          DependencyFilterUtils.classpathFilter(scopes.toArray(String[]::new)));
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

  /** A dependency on {@code coordinates} in compile scope; a malformed coordinate is a clear error. */
  static Dependency dependency(String coordinates, String scope) throws MagicException {
    try {
      return new Dependency(new DefaultArtifact(coordinates), scope == null ? JavaScopes.COMPILE : scope);
    } catch (IllegalArgumentException e) {
      throw new MagicException("\"" + coordinates + "\" is not a Maven coordinate: expected group:artifact:version"
          + " or group:artifact:extension[:classifier]:version");
    }
  }

  /** Every artifact resolved in this session ({@code group:artifact:extension[:classifier]:version}), in order. */
  List<String> resolvedArtifacts() {
    return List.copyOf(resolved.keySet());
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
