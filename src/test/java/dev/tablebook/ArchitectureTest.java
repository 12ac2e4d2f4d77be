package dev.tablebook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the package rules of architecture.md ("Which package may use which") on the compiled main
 * classes with ArchUnit, so a fully qualified name counts as much as an import. Strings that merely
 * name a package, such as the JShell imports the engine sends, are not references.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.tablebook";

  /** Which of our packages each package may use (besides itself). {@code cli} may use anything. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("io", Set.of()),
      Map.entry("secrets", Set.of()),
      Map.entry("data", Set.of()),
      Map.entry("display", Set.of()),
      Map.entry("comm", Set.of()),
      Map.entry("widgets", Set.of("comm", "display")),
      Map.entry("grid", Set.of("widgets", "display", "tables")),
      Map.entry("pdf", Set.of()),
      Map.entry("tables", Set.of("display", "pdf", "io")),
      Map.entry("charts", Set.of("display", "tables", "io", "pdf")),
      Map.entry("article", Set.of("data", "tables", "charts", "display")),
      Map.entry("engine", Set.of("display", "io", "secrets", "engine.magic", "engine.maven", "engine.classpath",
          "engine.output", "engine.help", "engine.threads")),
      Map.entry("engine.threads", Set.of()),
      Map.entry("engine.classpath", Set.of()),
      Map.entry("engine.help", Set.of()),
      Map.entry("engine.output", Set.of("display", "secrets", "engine.threads")),
      Map.entry("engine.magic", Set.of("display", "io", "secrets", "engine.threads")),
      Map.entry("engine.maven", Set.of("engine.magic", "engine.classpath")),
      Map.entry("kernel.wire", Set.of()),
      Map.entry("kernel", Set.of("kernel.wire", "engine", "engine.output", "display", "io", "secrets", "comm")),
      Map.entry("notebook", Set.of("engine", "engine.output", "display", "io", "comm")),
      Map.entry("jvm", Set.of("io")),
      Map.entry("sql", Set.of("data", "io", "tables")),
      Map.entry("spark", Set.of("display", "tables", "secrets")),
      Map.entry("magics", Set.of("engine.magic", "display", "sql", "secrets", "io")));

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @TestFactory
  Stream<DynamicTest> eachPackageUsesOnlyWhatTheDesignAllows() {
    return ALLOWED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Set<String> mayUse = new TreeSet<>();
      mayUse.add(ROOT + "." + entry.getKey());
      entry.getValue().forEach(used -> mayUse.add(ROOT + "." + used));
      classes().that().resideInAPackage(ROOT + "." + entry.getKey())
          .should().onlyDependOnClassesThat(not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(mayUse.toArray(String[]::new))))
          .because("architecture.md: " + entry.getKey() + " uses " + (entry.getValue().isEmpty() ? "none of our packages" : entry.getValue()))
          .check(main);
    }));
  }

  @Test
  void everyPackageHasARuleAndNothingUsesCli() {
    Set<String> packages = new TreeSet<>();
    main.forEach(c -> packages.add(c.getPackageName()));
    Set<String> unruled = new TreeSet<>();
    for (String pkg : packages) {
      String name = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
      if (!name.equals("cli") && !ALLOWED.containsKey(name)) {
        unruled.add(pkg);
      }
    }
    org.junit.jupiter.api.Assertions.assertEquals(Set.of(), unruled, "packages that architecture.md and this test give no rule");
    noClasses().that().resideOutsideOfPackage(ROOT + ".cli").should().dependOnClassesThat().resideInAPackage(ROOT + ".cli")
        .because("architecture.md: nothing imports cli").check(main);
  }

  @Test
  void onlyCliUsesGrid() {
    noClasses().that().resideOutsideOfPackages(ROOT + ".grid", ROOT + ".cli")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".grid")
        .because("architecture.md: grid is the data grid (its engine and its widget), built on widgets; cells and the command line use it")
        .allowEmptyShould(true)
        .check(main);
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
        .because("architecture.md: the packages are layered, so each can be understood and tested below the ones that use it")
        .check(main);
  }
}
