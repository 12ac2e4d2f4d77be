package dev.tablebook.engine.magic;

/**
 * A magic command: {@code %name args} on a line of its own, or {@code %%name args} as the first
 * line of a cell whose remaining lines are the magic's body.
 *
 * @since 0.1
 */
public interface Magic {

  /** The name without percent signs, such as {@code maven}. */
  String name();

  /** One line of help for {@code %lsmagic}. */
  String help();

  /** Whether it can be a line magic ({@code %name}). */
  default boolean isLineMagic() {
    return true;
  }

  /** Whether it can be a cell magic ({@code %%name}). */
  default boolean isCellMagic() {
    return false;
  }

  /**
   * Runs the magic. {@code body} is null for a line magic, the rest of the cell for a cell magic.
   * Returns false when code it ran failed (the error is already shown).
   */
  boolean run(String arguments, String body, MagicContext context) throws MagicException;
}
