package dev.tablebook.engine.magic;

/** A magic that exists only as a cell magic ({@code %%name} on a cell's first line, the rest its body). */
public interface CellMagic extends Magic {
  @Override
  default boolean isLineMagic() {
    return false;
  }

  @Override
  default boolean isCellMagic() {
    return true;
  }

  /** Fails, naming the magic, when its first line has arguments: for magics whose body is all they take. */
  static void noArguments(String name, String arguments, String bodyIs) throws MagicException {
    if (!arguments.isBlank()) {
      throw new MagicException("%%" + name + " takes no arguments (" + bodyIs + "), not: " + arguments.strip());
    }
  }
}
