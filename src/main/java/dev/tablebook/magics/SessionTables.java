package dev.tablebook.magics;

import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.sql.SqlDatabase;
import dev.tablebook.sql.SqlScript;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * The rules for the session's Tablesaw tables in {@code %%sql}: each is in SQL under exactly one name
 * (its variable's), only while its cell runs, and read-only; what would break one of these rules is
 * refused before it runs, naming the table.
 */
final class SessionTables {
  /** The session's tables that a cell's SQL names, by their names folded to lower case. */
  private final Map<String, Named> byFoldedName;

  /** A session table and its variable's name. */
  record Named(String name, Table table) {}

  private SessionTables(Map<String, Named> byFoldedName) {
    this.byFoldedName = byFoldedName;
  }

  /**
   * The tables among {@code values} (session variables whose names a cell's SQL mentions in any case).
   * SQL's names are not case-sensitive, so a table is found whatever case the SQL writes it in, and two
   * tables whose names differ only in case ({@code sales}, {@code Sales}) would be one name in SQL, with
   * chance deciding which a query read: that is an error naming both.
   */
  static SessionTables of(Map<String, Object> values) throws MagicException {
    Map<String, Named> byFoldedName = new TreeMap<>();
    for (Map.Entry<String, Object> entry : new TreeMap<>(values).entrySet()) { // in name order: the same message every time
      if (entry.getValue() instanceof Table table) {
        Named other = byFoldedName.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), new Named(entry.getKey(), table));
        if (other != null) {
          throw new MagicException("%%sql: " + other.name() + " and " + entry.getKey() + " are both session tables, and SQL does not"
              + " tell names apart by case, so a query could read either: rename one, or give it an SQL name of its own with"
              + " Sql.register(\"" + entry.getKey() + "_2\", " + entry.getKey() + ")");
        }
      }
    }
    return new SessionTables(byFoldedName);
  }

  /** The session table that {@code sqlName} names, whatever its case. */
  java.util.Optional<Named> find(String sqlName) {
    return java.util.Optional.ofNullable(byFoldedName.get(sqlName.toLowerCase(Locale.ROOT)));
  }

  private static final Pattern KEPT_DEFINITION = Pattern.compile(
      "\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:TEMP|TEMPORARY)\\s+)?(?:RECURSIVE\\s+)?"
          + "(VIEW|MACRO|FUNCTION)|(PREPARE))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * A view, macro or prepared statement is kept after the cell and reads its tables by name when used:
   * one over a session table, which is in SQL only while its cell runs, would fail in a later cell, or
   * read another table of that name. The plain ways to write one are refused before they run; what this
   * reading misses, DuckDB's catalog shows afterwards ({@link #checkNothingKeptOver}).
   */
  void checkNotKeptBeyondTheCell(SqlScript.Statement statement) throws MagicException {
    Matcher kept = KEPT_DEFINITION.matcher(statement.text());
    if (!kept.lookingAt()) {
      return;
    }
    for (String name : statement.names()) {
      if (find(name).isPresent()) {
        String what = (kept.group(1) != null ? kept.group(1) : "PREPARE").toUpperCase(Locale.ROOT);
        throw new MagicException("%%sql: a " + what + " over the session table " + name + " would outlive it (" + name
            + " is in SQL only while this cell runs): copy the rows with CREATE TABLE … AS SELECT … FROM " + name
            + ", or keep the table in SQL with Sql.register(\"" + name + "\", " + name + ")", statement.start(), kept.end(), null);
      }
    }
  }

  /** A view or macro that outlives its statement: where it is, and its definition as DuckDB keeps it. */
  record Kept(String kind, String database, String schema, String name, String definition) {
    String qualified() {
      return quote(database) + "." + quote(schema) + "." + quote(name);
    }

    private static String quote(String identifier) {
      return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
  }

  /** The views and macros of {@code database}, DuckDB's own, by where they are. */
  static Map<String, Kept> kept(SqlDatabase database) {
    Table rows = database.query("""
        SELECT 'VIEW' AS kind, database_name, schema_name, view_name AS name, sql AS definition FROM duckdb_views() WHERE NOT internal
        UNION ALL
        SELECT upper(function_type), database_name, schema_name, function_name, macro_definition FROM duckdb_functions()
        WHERE function_type IN ('macro', 'table_macro') AND NOT internal""");
    Map<String, Kept> kept = new TreeMap<>();
    for (int r = 0; r < rows.rowCount(); r++) {
      Kept one = new Kept(rows.stringColumn("kind").get(r), rows.stringColumn("database_name").get(r), rows.stringColumn("schema_name").get(r),
          rows.stringColumn("name").get(r), rows.stringColumn("definition").getString(r));
      kept.put(one.kind() + " " + one.qualified(), one);
    }
    return kept;
  }

  /**
   * What DuckDB itself says a statement left behind: a view or macro, new or changed since {@code before},
   * whose definition names one of the session tables {@code registered} (whatever the way it was
   * written, comments and all) is undone — dropped, or a view put back as it was — and refused.
   */
  void checkNothingKeptOver(SqlDatabase database, Map<String, Kept> before, Set<String> registered, SqlScript.Statement statement)
      throws MagicException {
    Set<String> folded = new java.util.HashSet<>();
    registered.forEach(name -> folded.add(name.toLowerCase(Locale.ROOT)));
    for (Map.Entry<String, Kept> entry : kept(database).entrySet()) {
      Kept now = entry.getValue();
      Kept old = before.get(entry.getKey());
      if (old != null && old.equals(now)) {
        continue;
      }
      for (SqlScript.Statement part : SqlScript.parse(now.definition()).statements()) {
        for (String name : part.names()) {
          if (folded.contains(name.toLowerCase(Locale.ROOT))) {
            String undone = undo(database, now, old);
            throw new MagicException("%%sql: a " + now.kind().replace('_', ' ') + " over the session table " + name + " would outlive it ("
                + name + " is in SQL only while this cell runs), so " + undone + ": copy the rows with CREATE TABLE … AS SELECT … FROM "
                + name + ", or keep the table in SQL with Sql.register(\"" + name + "\", " + name + ")", statement.start(), 1, null);
          }
        }
      }
    }
  }

  private static String undo(SqlDatabase database, Kept now, Kept old) {
    if (now.kind().equals("VIEW")) {
      database.execute("DROP VIEW IF EXISTS " + now.qualified());
      if (old != null) {
        database.execute(old.definition().replaceFirst("(?i)^\\s*CREATE\\s+", "CREATE OR REPLACE "));
        return "the view " + now.name() + " was put back as it was";
      }
      return "the view " + now.name() + " was dropped";
    }
    database.execute("DROP MACRO " + (now.kind().equals("TABLE_MACRO") ? "TABLE " : "") + "IF EXISTS " + now.qualified());
    return "the macro " + now.name() + " was dropped" + (old != null ? " (the one it replaced is gone too: create it again)" : "");
  }

  /** A catalog error about a session table (an INSERT into it, say) says why: it is a read-only copy. */
  static MagicException withReadOnlyHint(MagicException e, SqlScript.Statement statement, Set<String> registered) {
    if (!String.valueOf(e.getMessage()).startsWith("Catalog Error")) {
      return e;
    }
    for (String name : statement.names()) {
      if (registered.contains(name) && Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
          Pattern.CASE_INSENSITIVE).matcher(e.getMessage()).find()) { // the name itself, not a word it is part of
        return new MagicException(e.getMessage() + "\n" + name + " is a Tablesaw table of the session, read-only in SQL: change it in"
            + " Java, or copy it (CREATE TABLE " + name + "_copy AS SELECT * FROM " + name + ")", e.bodyOffset(), e.length(), e);
      }
    }
    return e;
  }
}
