package dev.tablebook.sql;

import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * SQL over Tablesaw tables, with embedded DuckDB: the entry point for cells and plain Java.
 *
 * <pre>{@code
 * Table top = Sql.query("SELECT supplier, volume_mt FROM crude_suppliers ORDER BY volume_mt DESC LIMIT 3");
 * Sql.register("orders", orders);                    // a Tablesaw table, queryable as "orders"
 * Table big = Sql.readParquet(Path.of("events.parquet"));
 * Sql.writeParquet(top, Path.of("top.parquet"));
 * }</pre>
 *
 * Every call uses one database per JVM, opened at the first call with {@link SqlSettings#defaults()},
 * in which each table of the data package ({@link dev.tablebook.data.Datasets#open()}) is a view under its own name. In a
 * notebook, {@code %%sql} cells use the same database. For a database of your own, use
 * {@link SqlDatabase#open(SqlSettings)}.
 *
 * @since 0.3
 */
public final class Sql {
  private static SqlDatabase shared;

  private Sql() {}

  /**
   * The JVM's database, opened (with the data package's views) at the first call, and again after one
   * was abandoned because a statement would not stop (see {@link SqlDatabase}).
   */
  public static synchronized SqlDatabase database() {
    if (shared != null && shared.isAbandoned()) {
      System.err.println("note: " + shared.abandonment().orElse("") + "; SQL goes on in a new database (the data package's views"
          + " are there again, tables made in the old one are not)");
    }
    if (shared == null || shared.isAbandoned()) {
      SqlDatabase database = SqlDatabase.open(SqlSettings.defaults());
      try {
        DataPackageViews.create(database);
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
      if (shared == null) {
        Runtime.getRuntime().addShutdownHook(new Thread(Sql::closeShared, "tablebook-sql-close"));
      }
      shared = database;
    }
    return shared;
  }

  private static synchronized void closeShared() {
    if (shared != null) {
      shared.close();
    }
  }

  /** Runs a query; {@code ?} in it are bound to {@code parameters} in order. */
  public static Table query(String sql, Object... parameters) {
    return database().query(sql, parameters);
  }

  /** Runs a statement that gives no rows ({@code CREATE}, {@code SET memory_limit = '2GB'}, {@code COPY}, ...). */
  public static void execute(String sql, Object... parameters) {
    database().execute(sql, parameters);
  }

  /** Makes {@code table} queryable as {@code name} (a copy: register it again after changing it). */
  public static void register(String name, Table table) {
    database().register(name, table);
  }

  /** The rows of a Parquet file, or of the files a glob matches. */
  public static Table readParquet(Path path) {
    return database().readParquet(path);
  }

  /** Writes {@code table} to {@code path} as Parquet, all at once or not at all. */
  public static void writeParquet(Table table, Path path) {
    database().writeParquet(table, path);
  }
}
