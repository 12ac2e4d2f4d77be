package dev.tablebook.sql;

import dev.tablebook.data.DataPackage;
import dev.tablebook.data.DataPackageException;
import dev.tablebook.data.Datasets;
import dev.tablebook.data.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the article's data package into a database: each tabular resource is copied, with the types
 * its schema gives, into the schema {@value #SCHEMA} and shown as a read-only view under its own name
 * ({@code SELECT * FROM trade_totals}). A package, or a table of it, that does not validate gives no
 * view and a warning on stderr, never a database that cannot start: SQL over other data still works.
 */
final class DataPackageViews {
  static final String SCHEMA = "datapackage";

  private DataPackageViews() {}

  /** Creates the views of the package {@link Datasets#open()} finds; returns what could not be made, one line each. */
  static List<String> create(SqlDatabase database) {
    DataPackage dataPackage;
    try {
      dataPackage = Datasets.open();
    } catch (DataPackageException | java.io.UncheckedIOException e) {
      return warn(List.of("the data package gives no views: " + e.getMessage()));
    }
    List<String> skipped = new ArrayList<>();
    for (Resource resource : dataPackage.resources()) {
      if (resource.isTabular()) {
        try {
          database.registerReadOnly(SCHEMA, resource.name(), dataPackage.table(resource.name()));
        } catch (DataPackageException e) {
          skipped.add("no view " + resource.name() + ": the table does not validate (" + e.getMessage().lines().findFirst().orElse("")
              + "); run `tablebook datasets validate`");
        }
      }
    }
    return warn(skipped);
  }

  private static List<String> warn(List<String> problems) {
    problems.forEach(problem -> System.err.println("tablebook sql: " + problem));
    return problems;
  }
}
