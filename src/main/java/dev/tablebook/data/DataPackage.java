package dev.tablebook.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A Frictionless Data Package (datapackage.json plus CSV resources) whose tabular resources load
 * into Tablesaw tables, each fully validated first: a table is returned whole or not at all.
 *
 * <pre>{@code
 * DataPackage pkg = DataPackage.open(PackageSource.directory(Path.of("datasets")));
 * Table trade = pkg.table("trade_totals");   // throws DataPackageException listing every problem
 * List<Problem> all = pkg.validate();        // every problem in every resource
 * }</pre>
 *
 * @since 0.1
 */
public final class DataPackage {
  private final PackageSource source;
  private final DescriptorReader.Descriptor descriptor;
  private final Map<String, ParsedResource> parsed = new LinkedHashMap<>();

  private DataPackage(PackageSource source, DescriptorReader.Descriptor descriptor) {
    this.source = source;
    this.descriptor = descriptor;
  }

  /** Reads the package's descriptor. Problems with it surface from {@link #validate()} and {@link #table}. */
  public static DataPackage open(PackageSource source) {
    return new DataPackage(source, DescriptorReader.read(source));
  }

  /** Where the package was read from. */
  public PackageSource source() {
    return source;
  }

  /** The package's {@code name}. */
  public String name() {
    return descriptor.name();
  }

  /** The package's {@code title}, or its name. */
  public String title() {
    return descriptor.title();
  }

  /** The package's profile: {@code data-package} (the default) or {@code tabular-data-package}. */
  public String profile() {
    return descriptor.profile();
  }

  /** Every resource the descriptor declares, tabular or not. */
  public List<Resource> resources() {
    return descriptor.resources();
  }

  /** The resource with this name. */
  public Optional<Resource> resource(String name) {
    return resources().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The names of the tabular resources, in descriptor order. */
  public List<String> tableNames() {
    return resources().stream().filter(Resource::isTabular).map(Resource::name).toList();
  }

  /**
   * Loads a tabular resource after checking it and every resource its foreign keys point to.
   *
   * @throws DataPackageException listing every problem, when there is any
   * @throws IllegalArgumentException when there is no tabular resource of that name
   */
  public synchronized Table table(String name) {
    Resource resource = resource(name).filter(Resource::isTabular).orElseThrow(() ->
        new IllegalArgumentException("no table \"" + name + "\" in the data package; tables: "
            + String.join(", ", tableNames())));
    List<Problem> problems = new ArrayList<>(descriptor.problems());
    problems.addAll(problemsOf(resource, new HashSet<>()));
    if (!problems.isEmpty()) {
      throw new DataPackageException(sorted(problems));
    }
    return TableBuilder.build(parse(resource));
  }

  /** Checks the descriptor and every tabular resource; an empty list means the package is valid. */
  public synchronized List<Problem> validate() {
    List<Problem> problems = new ArrayList<>(descriptor.problems());
    for (Resource resource : resources()) {
      if (resource.isTabular()) {
        ParsedResource p = parse(resource);
        problems.addAll(p.problems());
        problems.addAll(ForeignKeyCheck.check(p, this::parse));
      } else {
        problems.addAll(FileCheck.check(source, resource));
      }
    }
    return sorted(problems);
  }

  private List<Problem> problemsOf(Resource resource, Set<String> visited) {
    if (!visited.add(resource.name())) {
      return List.of();
    }
    ParsedResource p = parse(resource);
    List<Problem> problems = new ArrayList<>(p.problems());
    problems.addAll(ForeignKeyCheck.check(p, this::parse));
    for (ForeignKey fk : resource.schema().foreignKeys()) {
      resource(fk.resource().isEmpty() ? resource.name() : fk.resource())
          .filter(Resource::isTabular)
          .ifPresent(target -> problems.addAll(problemsOf(target, visited)));
    }
    return problems;
  }

  private ParsedResource parse(Resource resource) {
    return parsed.computeIfAbsent(resource.name(), n -> ResourceReader.read(source, resource));
  }

  private ParsedResource parse(String name) {
    return resource(name).filter(Resource::isTabular).map(this::parse).orElse(null);
  }

  private static List<Problem> sorted(List<Problem> problems) {
    return problems.stream().distinct()
        .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
        .toList();
  }

  @Override
  public String toString() {
    return "DataPackage " + name() + " (" + source + ")";
  }
}
