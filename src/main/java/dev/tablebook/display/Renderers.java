package dev.tablebook.display;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The renderer registry: finds the most specific renderer for a value's class (the class, then its
 * superclasses, then its interfaces) and always adds {@code text/plain}. Renderers registered later
 * win over earlier ones for the same type, so users can replace the built-in ones.
 *
 * @since 0.1
 */
public final class Renderers {
  private static final Renderers GLOBAL = withServiceLoader(Renderers.class.getClassLoader());

  private final Map<Class<?>, Renderer<?>> byType = new ConcurrentHashMap<>();
  private final Map<Class<?>, Optional<Renderer<?>>> resolved = new ConcurrentHashMap<>();

  /** An empty registry (only the built-in text/plain fallback). */
  public Renderers() {}

  /** The registry cells use: every renderer on the class path, plus those registered since. */
  public static Renderers global() {
    return GLOBAL;
  }

  /** A registry with every {@link Renderer} that {@code ServiceLoader} finds through {@code loader}. */
  public static Renderers withServiceLoader(ClassLoader loader) {
    Renderers renderers = new Renderers();
    try {
      for (Renderer<?> renderer : ServiceLoader.load(Renderer.class, loader)) {
        renderers.register(renderer);
      }
    } catch (ServiceConfigurationError e) {
      System.getLogger(Renderers.class.getName()).log(System.Logger.Level.WARNING, "a renderer could not be loaded", e);
    }
    return renderers;
  }

  /** Registers {@code renderer} for its type, replacing any earlier one for exactly that type. */
  public <T> Renderers register(Renderer<T> renderer) {
    byType.put(renderer.type(), renderer);
    resolved.clear();
    return this;
  }

  /** Every registered renderer (one per type). */
  public List<Renderer<?>> all() {
    return List.copyOf(byType.values());
  }

  /** The renderer that {@link #render} would use for values of {@code type}. */
  public Optional<Renderer<?>> rendererFor(Class<?> type) {
    return resolved.computeIfAbsent(type, this::lookUp);
  }

  /**
   * Renders {@code value} in the asked MIME types (all the renderer offers when none are asked for).
   * The bundle always has {@code text/plain}; a renderer that throws is reported in it, not rethrown.
   */
  public MimeBundle render(Object value, String... mimeTypes) {
    if (value == null) {
      return MimeBundle.of(MimeBundle.TEXT_PLAIN, "null");
    }
    if (value instanceof MimeBundle bundle) {
      return mimeTypes.length == 0 ? bundle : only(bundle, mimeTypes);
    }
    Optional<Renderer<?>> renderer = rendererFor(value.getClass());
    MimeBundle bundle = MimeBundle.empty();
    if (renderer.isPresent()) {
      bundle = renderWith(renderer.get(), value, mimeTypes);
    }
    if (bundle.get(MimeBundle.TEXT_PLAIN).isEmpty()) {
      bundle = bundle.with(MimeBundle.TEXT_PLAIN, plainText(value));
    }
    return bundle;
  }

  @SuppressWarnings("unchecked")
  private static <T> MimeBundle renderWith(Renderer<T> renderer, Object value, String... asked) {
    Set<String> types = new LinkedHashSet<>(asked.length == 0 ? renderer.defaultMimeTypes() : Arrays.asList(asked));
    types.retainAll(new HashSet<>(renderer.mimeTypes()));
    if (types.isEmpty()) {
      return MimeBundle.empty();
    }
    try {
      return renderer.render((T) value, types);
    } catch (RuntimeException | LinkageError e) {
      return MimeBundle.of(MimeBundle.TEXT_PLAIN,
          plainText(value) + "\n(" + renderer.getClass().getName() + " failed: " + e + ")");
    }
  }

  /** The asked representations of an already rendered bundle, plus its text/plain. */
  private static MimeBundle only(MimeBundle bundle, String... mimeTypes) {
    MimeBundle kept = MimeBundle.empty();
    for (String type : mimeTypes) {
      if (bundle.get(type).isPresent()) {
        kept = kept.with(type, bundle.get(type).get());
      }
    }
    return kept.with(MimeBundle.TEXT_PLAIN, bundle.plainText());
  }

  /** {@code String.valueOf(value)}, or a note when {@code toString()} itself throws. */
  static String plainText(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException e) {
      return value.getClass().getName() + " (toString() threw " + e + ")";
    }
  }

  private Optional<Renderer<?>> lookUp(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Renderer<?> renderer = byType.get(c);
      if (renderer != null) {
        return Optional.of(renderer);
      }
    }
    Deque<Class<?>> queue = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      queue.addAll(List.of(c.getInterfaces()));
    }
    while (!queue.isEmpty()) {
      Class<?> next = queue.poll();
      if (!seen.add(next)) {
        continue;
      }
      Renderer<?> renderer = byType.get(next);
      if (renderer != null) {
        return Optional.of(renderer);
      }
      queue.addAll(List.of(next.getInterfaces()));
    }
    return Optional.empty();
  }
}
