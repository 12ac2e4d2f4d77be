package dev.tablebook.display;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns values of one type into a {@link MimeBundle}. Found through {@code ServiceLoader}
 * ({@code META-INF/services/dev.tablebook.display.Renderer}) or registered at run time with
 * {@link Renderers#register(Renderer)}.
 *
 * @param <T> the type of value rendered (subtypes too, unless a more specific renderer exists)
 * @since 0.1
 */
public interface Renderer<T> {

  /** The type this renderer handles. */
  Class<T> type();

  /** The MIME types it can produce, most preferred first. */
  List<String> mimeTypes();

  /** The MIME types rendered when none are asked for: all of {@link #mimeTypes()} unless it says otherwise. */
  default List<String> defaultMimeTypes() {
    return mimeTypes();
  }

  /**
   * Renders {@code value} in the asked types (a non-empty subset of {@link #mimeTypes()}); it may
   * leave out {@code text/plain}, which the registry then adds.
   */
  MimeBundle render(T value, Set<String> mimeTypes);

  /** A renderer from a function, for one-line registrations in cells. */
  static <T> Renderer<T> of(Class<T> type, List<String> mimeTypes, BiFunction<T, Set<String>, MimeBundle> render) {
    List<String> types = List.copyOf(mimeTypes);
    return new Renderer<>() {
      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public List<String> mimeTypes() {
        return types;
      }

      @Override
      public MimeBundle render(T value, Set<String> asked) {
        return render.apply(value, asked);
      }
    };
  }
}
