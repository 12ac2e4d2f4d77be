package dev.tablebook.cli;

import dev.tablebook.data.DataPackage;
import dev.tablebook.data.DataPackageException;
import dev.tablebook.data.Datasets;
import dev.tablebook.data.Problem;
import dev.tablebook.data.Resource;
import dev.tablebook.sql.SqlDatabase;
import dev.tablebook.sql.SqlSettings;
import dev.tablebook.tables.TableFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code tablebook datasets list | show | validate | export}: the article's data package from the command line. */
@Command(
    name = "datasets",
    description = {
      "List, show, validate and export the data package.",
      "The package is found in this order: --dir, $" + Datasets.ENVIRONMENT
          + ", the datasets/ folder of the working tree, the copy bundled in the jar."
    },
    subcommands = {DatasetsCommand.ListCommand.class, DatasetsCommand.ShowCommand.class, DatasetsCommand.ValidateCommand.class,
        DatasetsCommand.ExportCommand.class})
final class DatasetsCommand {

  @Option(names = "--dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Read the data package in DIR instead of searching for it.")
  Path dir;

  @Spec CommandSpec spec;

  DataPackage open() {
    return Datasets.open(dir);
  }

  /** {@code datasets list}: every resource with its row count and title. */
  @Command(name = "list", description = "List the resources of the data package.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand DatasetsCommand parent;

    @Override
    public Integer call() {
      DataPackage pkg = parent.open();
      PrintWriter out = parent.spec.commandLine().getOut();
      out.println(pkg.title() + "  (" + pkg.source() + ")");
      Table listing = Table.create("resources",
          StringColumn.create("name"), StringColumn.create("rows"),
          StringColumn.create("file"), StringColumn.create("title"));
      int invalid = 0;
      for (Resource resource : pkg.resources()) {
        String rows = "file";
        if (resource.isTabular()) {
          try {
            rows = String.valueOf(pkg.table(resource.name()).rowCount());
          } catch (DataPackageException e) {
            rows = "invalid";
            invalid++;
          }
        }
        listing.stringColumn("name").append(resource.name());
        listing.stringColumn("rows").append(rows);
        listing.stringColumn("file").append(resource.path());
        listing.stringColumn("title").append(resource.title());
      }
      out.print(TableFormat.TEXT.render(listing));
      if (invalid > 0) {
        parent.spec.commandLine().getErr().println(invalid + " table(s) do not validate: run `tablebook datasets validate`.");
        return 1;
      }
      return 0;
    }
  }

  /** {@code datasets show NAME}: one table in the chosen format. */
  @Command(name = "show", description = "Print one table of the data package.")
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand DatasetsCommand parent;

    @Parameters(paramLabel = "NAME", description = "The table's resource name, such as trade_totals.")
    String name;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
        description = "text, csv, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      TableFormat tableFormat;
      try {
        tableFormat = TableFormat.forName(format);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format \"" + format + "\"; use text, csv, json or markdown");
      }
      Table table = parent.open().table(name);
      parent.spec.commandLine().getOut().print(tableFormat.render(table));
      return 0;
    }
  }

  /** {@code datasets validate [DIR]}: every problem in the package, exit 1 when there is any. */
  @Command(name = "validate", 
      description = "Check every resource against its schema; list every problem and exit 1 if there is any.")
  static final class ValidateCommand implements Callable<Integer> {
    @ParentCommand DatasetsCommand parent;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The package's directory (default: as for --dir).")
    Path packageDir;

    @Override
    public Integer call() {
      DataPackage pkg = Datasets.open(packageDir != null ? packageDir : parent.dir);
      List<Problem> problems = pkg.validate();
      if (problems.isEmpty()) {
        int rows = pkg.tableNames().stream().mapToInt(n -> pkg.table(n).rowCount()).sum();
        parent.spec.commandLine().getOut().printf("%s: valid (%d resources, %d tables, %d rows)%n",
            pkg.source(), pkg.resources().size(), pkg.tableNames().size(), rows);
        return 0;
      }
      PrintWriter err = parent.spec.commandLine().getErr();
      problems.forEach(err::println);
      err.println(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
      return 1;
    }
  }

  /** {@code datasets export --format parquet DIR}: each table of the package as a file of its own. */
  @Command(name = "export", description = {"Write each table of the data package to DIR as NAME.parquet (with DuckDB).",
      "Each file is written whole or not at all; the same package gives the same bytes."})
  static final class ExportCommand implements Callable<Integer> {
    @ParentCommand DatasetsCommand parent;

    @Option(names = {"-f", "--format"}, defaultValue = "parquet", paramLabel = "FORMAT",
        description = "parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "DIR", description = "The folder to write to (made if missing).")
    Path dir;

    @Override
    public Integer call() throws java.io.IOException {
      if (!format.equals("parquet")) {
        throw new IllegalArgumentException("unknown format \"" + format + "\"; use parquet");
      }
      DataPackage pkg = parent.open();
      List<Problem> problems = pkg.validate();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(pkg.source() + " does not validate (" + problems.size()
            + " problems): run `tablebook datasets validate`");
      }
      java.nio.file.Files.createDirectories(dir);
      PrintWriter out = parent.spec.commandLine().getOut();
      try (SqlDatabase database = SqlDatabase.open(SqlSettings.defaults())) {
        for (String name : pkg.tableNames()) {
          Path file = dir.resolve(name + ".parquet");
          Table table = pkg.table(name);
          database.writeParquet(table, file);
          out.printf("%s  (%d rows)%n", file, table.rowCount());
        }
      }
      return 0;
    }
  }
}
