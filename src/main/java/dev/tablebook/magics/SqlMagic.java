package dev.tablebook.magics;

import dev.tablebook.display.Progress;
import dev.tablebook.display.Renderers;
import dev.tablebook.engine.magic.CellMagic;
import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicContext;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.sql.Sql;
import dev.tablebook.sql.SqlDatabase;
import dev.tablebook.sql.SqlException;
import dev.tablebook.sql.SqlScript;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * {@code %%sql [-o NAME] [--limit N]}: runs the cell's SQL in the notebook's DuckDB database
 * ({@link Sql#database()}) and shows the last statement's rows as a table.
 *
 * <ul>
 *   <li>A Tablesaw {@code Table} held in a session variable is queried by naming the variable
 *       ({@code SELECT * FROM suppliers}): it is copied in for the cell and shadows a table of the same name.
 *   <li>{@code {name}} is the session variable {@code name} as a bound parameter ({@code WHERE year = {year}},
 *       {@code IN ({ids})} for a collection), never pasted into the text.
 *   <li>{@code -o NAME} declares the session variable {@code NAME} holding the result; {@code --limit N}
 *       keeps the first N rows (and says when there were more).
 *   <li>An interrupt or the cell's time limit cancels the running statement; a statement that runs
 *       longer than a second shows DuckDB's progress; an error points at the line and column of the cell.
 * </ul>
 */
public final class SqlMagic implements CellMagic {
  private static final String USAGE = "usage: %%sql [-o NAME] [--limit N] [--engine duckdb|spark], then SQL on the lines below";
  private static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;

  @Override
  public String name() {
    return "sql";
  }

  @Override
  public String help() {
    return "run SQL (DuckDB) over session tables, the data package and files (-o NAME: keep the result)";
  }

  /** What the first line asked for; {@code spark} for {@code --engine spark}. */
  record Options(String output, long limit, boolean spark) {}

  static Options options(String arguments) throws MagicException {
    List<String> words = MagicArguments.split(arguments);
    String output = null;
    long limit = -1;
    boolean spark = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String value = i + 1 < words.size() ? words.get(i + 1) : null;
      switch (word) {
        case "-o", "--out" -> {
          if (value == null || !javax.lang.model.SourceVersion.isName(value) || value.contains(".") || value.equals("spark")) {
            throw new MagicException("%%sql " + word + " needs the name of a Java variable (not spark, the Spark session); " + USAGE);
          }
          output = value;
          i++;
        }
        case "--limit" -> {
          try {
            limit = Long.parseLong(String.valueOf(value));
          } catch (NumberFormatException e) {
            limit = -1;
          }
          if (limit < 0) {
            throw new MagicException("%%sql --limit needs a number of rows (0 or more), not " + value + "; " + USAGE);
          }
          i++;
        }
        case "--engine" -> {
          if (!"duckdb".equals(value) && !"spark".equals(value)) {
            throw new MagicException("%%sql --engine " + value + ": the engines are duckdb (the default) and spark; " + USAGE);
          }
          spark = "spark".equals(value);
          i++;
        }
        default -> throw new MagicException("%%sql does not know " + word + "; " + USAGE);
      }
    }
    return new Options(output, limit, spark);
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    Options options = options(arguments);
    SqlScript script = SqlScript.parse(body, options.spark() ? SqlScript.Dialect.SPARK : SqlScript.Dialect.DUCKDB);
    if (script.statements().isEmpty()) {
      throw new MagicException("%%sql: the cell has no SQL below its first line");
    }
    if (options.spark()) {
      return SparkSqlCell.run(script, options, context);
    }
    SqlDatabase database = database(context);
    int[] ran = {0};
    try {
      return runOn(database, script, options, context, ran);
    } catch (MagicException | SqlException e) {
      if (ran[0] > 0 || !(e instanceof SqlException.Abandoned || e.getCause() instanceof SqlException.Abandoned)) {
        throw e;
      }
      return runOn(database(context), script, options, context, ran); // abandoned before this cell ran anything: run it in the new one
    }
  }

  private static SqlDatabase database(MagicContext context) throws MagicException {
    return await(context, "DuckDB to start", Sql::database);
  }

  private boolean runOn(SqlDatabase database, SqlScript script, Options options, MagicContext context, int[] ran) throws MagicException {
    Set<String> sqlNames = new LinkedHashSet<>();
    Set<String> placeholders = new LinkedHashSet<>();
    for (SqlScript.Statement statement : script.statements()) {
      sqlNames.addAll(statement.names());
      statement.placeholders().forEach(p -> placeholders.add(p.name()));
    }
    SessionTables tables = SessionTables.of(context.valuesIgnoringCase(sqlNames));
    List<SqlScript.Bound> bound = bind(script, context.values(placeholders)); // every placeholder checked before anything runs
    Set<String> registered = new HashSet<>();
    try {
      SqlDatabase.Result result = null;
      for (int i = 0; i < script.statements().size(); i++) {
        SqlScript.Statement statement = script.statements().get(i);
        boolean last = i == script.statements().size() - 1;
        tables.checkNotKeptBeyondTheCell(statement);
        for (String sqlName : statement.names()) {
          SessionTables.Named named = tables.find(sqlName).orElse(null);
          if (named != null && registered.add(named.name())) {
            try {
              await(context, "copying " + named.name() + " to SQL", () -> {
                database.registerTemporary(named.name(), named.table());
                return null;
              });
            } catch (SqlException e) {
              throw new MagicException("%%sql: " + named.name() + ": " + e.getMessage(), e);
            }
          }
        }
        Map<String, SessionTables.Kept> before = registered.isEmpty() ? Map.of() : SessionTables.kept(database);
        try {
          result = runStatement(database, statement, bound.get(i), last ? options.limit() : 0, last ? options.output() : null, context);
          ran[0]++;
        } catch (MagicException e) {
          throw SessionTables.withReadOnlyHint(e, statement, registered);
        }
        if (!registered.isEmpty()) {
          tables.checkNothingKeptOver(database, before, registered, statement);
        }
      }
      show(result, options, context);
      return true;
    } finally {
      for (String name : registered) {
        try {
          database.dropTemporary(name);
        } catch (SqlException e) {
          // the copy goes with the database
        }
      }
    }
  }

  private static List<SqlScript.Bound> bind(SqlScript script, Map<String, Object> values) throws MagicException {
    List<SqlScript.Bound> bound = new java.util.ArrayList<>();
    for (SqlScript.Statement statement : script.statements()) {
      try {
        bound.add(statement.bind(values));
      } catch (SqlException e) {
        throw new MagicException(e.getMessage(), statement.start() + Math.max(0, e.position()), e.length(), e);
      }
    }
    return bound;
  }

  private static SqlDatabase.Result runStatement(SqlDatabase database, SqlScript.Statement statement, SqlScript.Bound bound,
      long limit, String output, MagicContext context) throws MagicException {
    ShownProgress progress = new ShownProgress();
    SqlDatabase.Request asked = new SqlDatabase.Request(bound.sql(), bound.parameters(), limit, progress::update);
    SqlDatabase.Request request = output == null ? asked : asked.requiringRows();
    try {
      SqlDatabase.Result result = await(context, "the query", () -> database.run(request));
      progress.complete();
      return result;
    } catch (SqlException.NoRows e) {
      throw new MagicException("%%sql -o " + output + ": the last statement gives no rows (it is not a query), so it did not run, and "
          + output + " keeps its value: put a query last, or leave out -o", statement.start(), 1, e);
    } catch (SqlException e) {
      int at = e.position() >= 0 ? bound.scriptOffset(e.position()) : statement.start();
      throw new MagicException(e.getMessage(), at, e.position() >= 0 ? e.length() : 1, e);
    } finally {
      progress.close();
    }
  }

  /** Waits for {@code work} as {@link MagicContext#interruptibly} does; SQL's own errors pass as they are. */
  private static <T> T await(MagicContext context, String what, java.util.concurrent.Callable<T> work) throws MagicException {
    try {
      return context.interruptibly(what, work);
    } catch (MagicException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new MagicException("%%sql: " + what + " failed: " + e, e);
    }
  }

  private static void show(SqlDatabase.Result result, Options options, MagicContext context) throws MagicException {
    if (!result.hasRows()) {
      if (result.updateCount() > 0) {
        context.println(result.updateCount() + (result.updateCount() == 1 ? " row" : " rows") + " affected");
      }
      return;
    }
    Table table = result.table();
    if (options.output() != null) {
      table.setName(options.output());
      context.bind(options.output(), Table.class, table);
    }
    context.result(table);
    context.display(Renderers.global().render(table));
    result.notes().forEach(context::println);
    if (result.cut()) {
      context.println("the first " + options.limit() + " rows (--limit " + options.limit() + "); the query gave more");
    }
  }

  /** DuckDB's progress, shown as a bar once a statement has run for a second. */
  private static final class ShownProgress implements AutoCloseable {
    private final long start = System.nanoTime();
    private Progress bar;
    private long shown;

    synchronized void update(double percent) {
      if (bar == null && System.nanoTime() - start < PROGRESS_AFTER_NANOS) {
        return;
      }
      if (bar == null) {
        bar = Progress.of(100, "query");
      }
      long now = (long) percent;
      if (now > shown) {
        bar.step(now - shown);
        shown = now;
      }
    }

    /** The statement succeeded: a bar shown says 100%, whatever DuckDB's last report was. */
    synchronized void complete() {
      if (bar != null && shown < 100) {
        bar.step(100 - shown);
        shown = 100;
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.done();
      }
    }
  }
}
