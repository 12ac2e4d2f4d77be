package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default imports never make a name ambiguous: no public type's simple name comes from two of the
 * packages imported on demand (java.lang included), and no static field's name from two classes whose
 * statics are imported. Checked against the class files, so a new Tablesaw or toolkit class that would
 * clash fails here, not in a user's cell.
 */
class DefaultImportsTest {
  private static final List<String> IMPORTS = EngineOptions.DEFAULT_IMPORTS;

  @Test
  void everyImportIsOnDemand() {
    for (String imported : IMPORTS) {
      assertTrue(imported.endsWith(".*"), imported + ": a single-type import would refuse a user's class of that name");
    }
  }

  @Test
  void noTypeNameComesFromTwoPackages() throws Exception {
    Map<String, List<String>> packagesOf = new TreeMap<>();
    List<String> packages = new ArrayList<>(List.of("java.lang"));
    IMPORTS.stream().filter(i -> !i.startsWith("static ")).map(i -> i.substring(0, i.length() - 2)).forEach(packages::add);
    for (String pkg : packages) {
      Set<String> types = publicTypes(pkg);
      assertTrue(!types.isEmpty(), pkg + " has no public type here");
      types.forEach(type -> packagesOf.computeIfAbsent(type, t -> new ArrayList<>()).add(pkg));
    }
    packagesOf.values().removeIf(where -> where.size() < 2);
    assertEquals(Map.of(), packagesOf, "simple names imported from two packages (ambiguous in a cell)");
  }

  @Test
  void noStaticFieldNameComesFromTwoClasses() throws Exception {
    Map<String, List<String>> classesOf = new TreeMap<>();
    for (String imported : IMPORTS) {
      if (imported.startsWith("static ")) {
        Class<?> type = Class.forName(imported.substring("static ".length(), imported.length() - 2));
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())).map(Field::getName).forEach(names::add);
        names.forEach(name -> classesOf.computeIfAbsent(name, n -> new ArrayList<>()).add(type.getSimpleName()));
      }
    }
    classesOf.values().removeIf(where -> where.size() < 2);
    assertEquals(Map.of(), classesOf, "static names imported from two classes");
  }

  @Test
  void theImportsLeftForTheirFirstUseListTheirMembersAsTheClassFilesDo() throws Exception {
    Map<String, List<String>> index = FirstUseImports.index();
    StringBuilder expected = new StringBuilder();
    for (String imported : IMPORTS) {
      if (imported.startsWith("tech.tablesaw.") && !imported.equals("tech.tablesaw.api.*") || imported.startsWith("static tech.tablesaw.")) {
        expected.append(imported).append('\t').append(String.join(" ", members(imported))).append('\n');
      }
    }
    StringBuilder actual = new StringBuilder();
    index.forEach((imported, names) -> actual.append(imported).append('\t').append(String.join(" ", names)).append('\n'));
    assertEquals(expected.toString(), actual.toString(), FirstUseImports.INDEX + " should list (after its comment lines):\n" + expected);
    assertTrue(IMPORTS.containsAll(index.keySet()), "every import listed is a default import");
  }

  @Test
  void aCellThatNamesAMemberGetsItsImportFirst() {
    FirstUseImports imports = new FirstUseImports(IMPORTS);
    assertTrue(imports.atStart().contains("tech.tablesaw.api.*"));
    assertFalse(imports.atStart().contains("tech.tablesaw.plotly.*"));
    assertEquals(List.of(), imports.takeNamedIn("int x = 1 + 1; // Plotting"));
    assertEquals(List.of("tech.tablesaw.plotly.*", "static tech.tablesaw.aggregate.AggregateFunctions.*"),
        imports.takeNamedIn("Plot.show(f); t.summarize(\"x\", mean)"));
    assertEquals(List.of(), imports.takeNamedIn("Plot.show(f)"), "once");
    assertEquals(List.of(), imports.pendingNamesStartingWith("Plot"), "what is imported is JShell's to complete");
    assertTrue(imports.pendingNamesStartingWith("Scatter").contains("ScatterTrace"), "what is pending is offered");
  }

  /** The public type names of a package, or the public static member names of a class ("static C.*"). */
  private static Set<String> members(String imported) throws Exception {
    String name = imported.substring(imported.startsWith("static ") ? "static ".length() : 0, imported.length() - 2);
    if (!imported.startsWith("static ")) {
      return publicTypes(name);
    }
    Set<String> names = new TreeSet<>();
    Class<?> type = Class.forName(name);
    Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())).map(Field::getName).forEach(names::add);
    Arrays.stream(type.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers())).map(Method::getName).forEach(names::add);
    return names;
  }

  /**
   * The simple names of the public top-level types of {@code pkg}, from the JDK's modules or the class path,
   * or of the public member types of class {@code pkg}.
   */
  private static Set<String> publicTypes(String pkg) throws Exception {
    try {
      Set<String> nested = new TreeSet<>(); // an on-demand import of a class's member types, such as Axis.*
      Arrays.stream(Class.forName(pkg).getClasses()).map(Class::getSimpleName).forEach(nested::add);
      return nested;
    } catch (ClassNotFoundException e) {
      // a package
    }
    String dir = pkg.replace('.', '/') + "/";
    List<String> classFiles = new ArrayList<>();
    for (var module : ModuleLayer.boot().modules()) {
      if (module.getPackages().contains(pkg)) {
        try (ModuleReader reader = ModuleFinder.ofSystem().find(module.getName()).orElseThrow().open();
            Stream<String> names = reader.list()) {
          names.filter(n -> n.startsWith(dir)).forEach(classFiles::add);
        }
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classFiles.addAll(entries(Path.of(entry), dir));
    }
    Set<String> types = new TreeSet<>();
    for (String file : classFiles) {
      String name = file.substring(dir.length());
      if (name.endsWith(".class") && !name.contains("/") && !name.contains("$") && !name.contains("-info")) {
        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()), false,
            DefaultImportsTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type.getSimpleName());
        }
      }
    }
    return types;
  }

  private static List<String> entries(Path classPathEntry, String dir) throws IOException {
    if (Files.isDirectory(classPathEntry)) {
      Path folder = classPathEntry.resolve(dir);
      if (!Files.isDirectory(folder)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(folder)) {
        return files.map(f -> dir + f.getFileName()).toList();
      }
    }
    if (!classPathEntry.toString().endsWith(".jar") || !Files.isRegularFile(classPathEntry)) {
      return List.of();
    }
    try (JarFile jar = new JarFile(classPathEntry.toFile())) {
      return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir)).toList();
    }
  }
}
