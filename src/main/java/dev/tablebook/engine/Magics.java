package dev.tablebook.engine;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The magics a session knows, by name. Built in: {@code %lsmagic}, {@code %time}/{@code %%time},
 * {@code %jars}, {@code %classpath}, {@code %load}, {@code %maven}, {@code %mavenRepo},
 * {@code %loadFromPOM}/{@code %%loadFromPOM}.
 *
 * @since 0.1
 */
public final class Magics {
  private final Map<String, Magic> byName = new TreeMap<>();

  /** The built-in magics; {@code maven} resolves {@code %maven} and {@code %loadFromPOM}. */
  static Magics builtIn(MavenMagics maven) {
    Magics magics = new Magics();
    magics.register(new LsMagic(magics));
    magics.register(new TimeMagic());
    magics.register(new ClassPathMagic("jars"));
    magics.register(new ClassPathMagic("classpath"));
    magics.register(new LoadMagic());
    maven.magics().forEach(magics::register);
    return magics;
  }

  /** Adds (or replaces) a magic. */
  public Magics register(Magic magic) {
    byName.put(magic.name(), magic);
    return this;
  }

  /** Every magic, by name. */
  public Collection<Magic> all() {
    return byName.values();
  }

  boolean run(String name, String arguments, String body, MagicContext context) throws MagicException {
    Magic magic = byName.get(name);
    boolean cell = body != null;
    if (magic == null || (cell ? !magic.isCellMagic() : !magic.isLineMagic())) {
      throw new MagicException("unknown " + (cell ? "cell magic %%" : "line magic %") + name
          + "; known: " + known(cell));
    }
    return magic.run(arguments, body, context);
  }

  private String known(boolean cell) {
    return byName.values().stream().filter(m -> cell ? m.isCellMagic() : m.isLineMagic())
        .map(m -> (cell ? "%%" : "%") + m.name()).collect(Collectors.joining(", "));
  }

  /** {@code %lsmagic}: every magic with one line of help. */
  private record LsMagic(Magics magics) implements Magic {
    @Override
    public String name() {
      return "lsmagic";
    }

    @Override
    public String help() {
      return "list the magics";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) {
      for (Magic magic : magics.all()) {
        String forms = (magic.isLineMagic() ? "%" + magic.name() : "")
            + (magic.isLineMagic() && magic.isCellMagic() ? ", " : "")
            + (magic.isCellMagic() ? "%%" + magic.name() : "");
        context.println(String.format("%-28s %s", forms, magic.help()));
      }
      return true;
    }
  }
}
