package dev.tablebook.engine.magic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The magics a session knows, by name. Built in: {@code %lsmagic}, {@code %time}/{@code %%time},
 * {@code %jars}, {@code %classpath}, {@code %load}, {@code %vars}, {@code %%html}, {@code %%markdown},
 * {@code %%javascript}, {@code %%writefile}, {@code %%bash}, {@code %maven}, {@code %mavenRepo},
 * {@code %loadFromPOM}/{@code %%loadFromPOM}, and IJava's other names for some of them
 * ({@code %addMavenDependency}, {@code %addMavenDependencies}, {@code %addMavenRepo}).
 *
 * @since 0.1
 */
public final class Magics {
  private final Map<String, Magic> byName = new TreeMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  /**
   * The built-in magics: this package's, then {@code others} (the engine's Maven magics, which live in a
   * package of their own) with their {@code aliases}, then those found through the magic SPI.
   */
  public static Magics builtIn(Collection<? extends Magic> others, Map<String, List<String>> aliases) {
    Magics magics = new Magics();
    magics.register(new LsMagic(magics));
    magics.register(new TimeMagic());
    magics.register(new ClassPathMagic("jars"));
    magics.register(new ClassPathMagic("classpath"));
    magics.register(new LoadMagic());
    magics.register(DisplayMagic.html());
    magics.register(DisplayMagic.markdown());
    magics.register(DisplayMagic.javascript());
    magics.register(new WriteFileMagic());
    magics.register(new BashMagic());
    magics.register(new VarsMagic());
    others.forEach(magics::register);
    aliases.forEach(magics::alias);
    // Magics of the toolkit's packages (%%sql), which the engine does not know by name.
    var found = java.util.ServiceLoader.load(Magic.class, Magics.class.getClassLoader()).iterator();
    for (int errors = 0; errors < 100; ) {
      try {
        if (!found.hasNext()) {
          break;
        }
        magics.register(found.next());
      } catch (java.util.ServiceConfigurationError | LinkageError e) { // one broken magic costs only itself
        errors++;
        System.getLogger(Magics.class.getName()).log(System.Logger.Level.WARNING, "a magic could not be loaded", e);
      }
    }
    return magics;
  }

  /** Makes {@code others} further names of the magic {@code name}; a magic registered under one of them wins. */
  Magics alias(String name, List<String> others) {
    others.forEach(other -> aliases.put(other, name));
    return this;
  }

  /** The names {@code magic} answers to: its own, then its aliases in the order they were given. */
  public List<String> namesOf(Magic magic) {
    List<String> names = new ArrayList<>(List.of(magic.name()));
    aliases.forEach((alias, name) -> {
      if (name.equals(magic.name()) && !byName.containsKey(alias)) {
        names.add(alias);
      }
    });
    return names;
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

  /**
   * Runs the magic {@code name} (a cell magic when {@code body} is not null) in {@code context}; false
   * when code it ran failed (the error is already shown).
   *
   * @throws MagicException when there is no such magic, or it failed
   */
  public boolean run(String name, String arguments, String body, MagicContext context) throws MagicException {
    Magic magic = byName.get(byName.containsKey(name) ? name : aliases.getOrDefault(name, name));
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

  /** {@code %lsmagic}: every magic, once with all its names, and one line of help. */
  private record LsMagic(Magics magics) implements Magic {
    private static final int WIDTH = 28;

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
        List<String> forms = new ArrayList<>();
        List<String> names = magics.namesOf(magic);
        if (magic.isLineMagic()) {
          names.forEach(n -> forms.add("%" + n));
        }
        if (magic.isCellMagic()) {
          names.forEach(n -> forms.add("%%" + n));
        }
        String listed = String.join(", ", forms);
        // A long list of names stands on its own line, the help under the column of the others.
        context.println(listed.length() <= WIDTH ? String.format("%-" + WIDTH + "s %s", listed, magic.help())
            : listed + "\n" + " ".repeat(WIDTH + 1) + magic.help());
      }
      return true;
    }
  }
}
