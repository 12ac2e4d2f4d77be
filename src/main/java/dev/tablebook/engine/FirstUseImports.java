package dev.tablebook.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Default imports that a session evaluates when a cell first names one of their members, not at
 * start: each import JShell evaluates makes the session start later and every early cell compile
 * slower, and most sessions never draw a jsplot figure. The effect is the same as importing them at
 * start (a name a cell declares still wins over them, and they are all in place before the cell that
 * names one compiles); only what completion offers before any is used differs, so completion adds the
 * names of those still pending ({@link #pendingNamesStartingWith}) without evaluating them.
 *
 * <p>The members of each such import are listed in {@value #INDEX}, next to this class (an import, a
 * tab, its public type names or, for a static import, its public static member names). The list is
 * Tablesaw's, checked against its class files by a test; an import not in it is evaluated at start.
 */
final class FirstUseImports {
  static final String INDEX = "first-use-imports.txt";

  private final List<String> atStart = new ArrayList<>();
  private final Map<String, String> importNaming = new HashMap<>();
  /** Simple type name to the (non-static) first-use import that brings it, whether evaluated yet or not. */
  private final Map<String, String> typeImports = new HashMap<>();

  /** Splits {@code imports} into those evaluated at start and those left for their first use. */
  FirstUseImports(List<String> imports) {
    Map<String, List<String>> index = index();
    for (String imported : imports) {
      List<String> names = index.get(imported);
      if (names == null) {
        atStart.add(imported);
      } else {
        names.forEach(name -> importNaming.putIfAbsent(name, imported));
        if (!imported.startsWith("static ")) {
          names.forEach(name -> typeImports.putIfAbsent(name, imported));
        }
      }
    }
  }

  /** The imports to evaluate when the session starts, in their order. */
  List<String> atStart() {
    return atStart;
  }

  /** Whether a first-use import other than {@code onDemand} ({@code p.*}) brings a type named {@code name}. */
  boolean bringsTypeFromElsewhere(String name, String onDemand) {
    String imported = typeImports.get(name);
    return imported != null && !imported.equals(onDemand);
  }

  /** The pending imports one of whose members {@code code} names (as a word anywhere); each is returned once. */
  synchronized List<String> takeNamedIn(String code) {
    if (importNaming.isEmpty()) {
      return List.of();
    }
    Set<String> named = new LinkedHashSet<>();
    int i = 0;
    while (i < code.length()) {
      if (Character.isJavaIdentifierStart(code.charAt(i))) {
        int start = i;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        String imported = importNaming.get(code.substring(start, i));
        if (imported != null) {
          named.add(imported);
        }
      } else {
        i++;
      }
    }
    importNaming.values().removeAll(named);
    return List.copyOf(named);
  }

  /** The members of the imports not evaluated yet whose names start with {@code prefix}, sorted. */
  synchronized List<String> pendingNamesStartingWith(String prefix) {
    return importNaming.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
  }

  /** The index: import to the names it brings. */
  static Map<String, List<String>> index() {
    Map<String, List<String>> index = new LinkedHashMap<>();
    try (InputStream in = FirstUseImports.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException(INDEX + " is missing next to " + FirstUseImports.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          index.put(line.substring(0, tab), List.of(line.substring(tab + 1).strip().split(" +")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }
}
