package dev.tablebook.magics;

import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicContext;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.sql.SqlScript;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code %%sql --engine spark}: the cell's statements as Spark SQL on the session's {@code spark}
 * ({@code %spark connect}), run by code in the session (the Spark classes live in the notebook's
 * class loader, not the kernel's). {@code {name}} becomes Spark's named parameter {@code :name}, bound
 * to the session variable; at most {@code --limit} rows (default {@value #DEFAULT_ROWS}) come back
 * into Tablesaw, shown as a table and, with {@code -o NAME}, kept as the variable {@code NAME}.
 */
final class SparkSqlCell {
  static final long DEFAULT_ROWS = 10_000;
  private static final String SESSION = "spark";

  private SparkSqlCell() {}

  static boolean run(SqlScript script, SqlMagic.Options options, MagicContext context) throws MagicException {
    Set<String> names = new HashSet<>();
    names.add(SESSION);
    script.statements().forEach(statement -> statement.placeholders().forEach(p -> names.add(p.name())));
    Map<String, Object> values = context.values(names);
    if (!isSparkSession(values.get(SESSION))) {
      throw new MagicException("%%sql --engine spark runs on the session variable spark: connect first with %spark connect sc://host:15002");
    }
    long limit = Math.min(Integer.MAX_VALUE - 1L, options.limit() >= 0 ? options.limit() : DEFAULT_ROWS); // rows of a Tablesaw table
    List<SqlScript.Statement> statements = script.statements();
    for (int i = 0; i < statements.size(); i++) {
      SqlScript.Statement statement = statements.get(i);
      for (SqlScript.Placeholder placeholder : statement.placeholders()) {
        if (!values.containsKey(placeholder.name())) {
          throw new MagicException("{" + placeholder.name() + "}: the session has no variable " + placeholder.name(),
              placeholder.start(), placeholder.end() - placeholder.start(), null);
        }
      }
      boolean last = i == statements.size() - 1;
      if (!context.run(last ? lastStatement(statement, options.output(), limit) : "dev.tablebook.spark.Spark.sql(spark, "
          + literal(sparkText(statement)) + ", " + arguments(statement) + ", 0);")) {
        return false;
      }
    }
    return true;
  }

  private static String lastStatement(SqlScript.Statement statement, String output, long limit) {
    String name = output != null ? output : "sparkSqlResult";
    String query = "tech.tablesaw.api.Table " + name + " = dev.tablebook.spark.Spark.sql(spark, " + literal(sparkText(statement)) + ", "
        + arguments(statement) + ", " + (limit + 1) + ");\n"
        + "if (" + name + ".rowCount() > " + limit + ") { " + name + " = " + name + ".first(" + limit + "); "
        + "System.out.println(\"the first " + limit + " rows (--limit " + limit + "); the query gave more\"); }\n"
        + "display(" + name + ");";
    return output != null ? query : "{ " + query + " }";
  }

  /** The statement with each {@code {name}} as Spark's {@code :name}. */
  private static String sparkText(SqlScript.Statement statement) {
    StringBuilder text = new StringBuilder();
    int from = statement.start();
    for (SqlScript.Placeholder placeholder : statement.placeholders()) {
      text.append(statement.script(), from, placeholder.start()).append(':').append(placeholder.name());
      from = placeholder.end();
    }
    return text.append(statement.script(), from, statement.end()).toString();
  }

  private static String arguments(SqlScript.Statement statement) {
    StringBuilder args = new StringBuilder("dev.tablebook.spark.Spark.args(");
    Set<String> seen = new HashSet<>();
    for (SqlScript.Placeholder placeholder : statement.placeholders()) {
      if (seen.add(placeholder.name())) {
        args.append(seen.size() > 1 ? ", " : "").append(literal(placeholder.name())).append(", ").append(placeholder.name());
      }
    }
    return args.append(')').toString();
  }

  private static String literal(String text) {
    return MagicArguments.javaLiteral(text);
  }

  private static boolean isSparkSession(Object value) {
    for (Class<?> type = value == null ? null : value.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("org.apache.spark.sql.SparkSession")) {
        return true;
      }
    }
    return false;
  }
}
