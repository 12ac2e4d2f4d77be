package dev.tablebook.display;

/**
 * How a magic's value becomes a session variable ({@code %%sql -o name}): the engine declares the
 * variable as {@code Type name = (Type) BoundValues.take("name");}, and this hands over the value the
 * magic left for it. Not for cell code: outside that declaration there is nothing to take.
 *
 * @since 0.3
 */
public final class BoundValues {
  private BoundValues() {}

  /** The value a running magic left for the variable {@code name}, taken once. */
  public static Object take(String name) {
    return Notebook.host("a magic's binding").boundValue(name);
  }
}
