package dev.tablebook.spark;

import dev.tablebook.display.Renderers;
import dev.tablebook.secrets.SparkConnectAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * Spark Connect from a notebook: a session on a remote Spark server, its results as Tablesaw tables,
 * small Tablesaw tables sent to it. A cell gets here through {@code %spark connect sc://host:port},
 * which resolves the Spark Connect client and declares {@code spark}; every call that runs a Spark job
 * stops it on the server when the cell is interrupted or times out, and shows its progress.
 *
 * <pre>{@code
 * Dataset<Row> top = spark.sql("SELECT supplier, sum(volume_mt) AS mt FROM imports GROUP BY supplier");
 * top                                                  // shows the first rows and the schema
 * Table local = Spark.toTable(top, 1_000);              // at most 1,000 rows into Tablesaw
 * Dataset<Row> totals = Spark.fromTable(spark, ArticleFacts.tradeTotals());  // a small table to Spark
 * }</pre>
 *
 * @since 0.3
 */
public final class Spark {
  /** How long the first call may wait for the server before the connection is given up. */
  public static final long CONNECT_TIMEOUT_MILLIS = 20_000;

  private static volatile String lastUrl = "the Spark Connect server";

  private Spark() {}

  /**
   * A new session on the Spark Connect server at {@code url} ({@code sc://host:port}, with
   * {@code /;token=...;use_ssl=true} and the like as Spark Connect reads them); fails within
   * {@value #CONNECT_TIMEOUT_MILLIS} ms, saying so, when nothing answers there.
   */
  public static SparkSession connect(String url) {
    SparkAddress address = SparkAddress.of(url); // what is wrong with it, before the client reads it (and repeats the token)
    quietLogging();
    address.checkReachable();
    String shown = address.shown(); // never the token: messages end up in saved notebooks
    SparkSession spark;
    try {
      spark = SparkSession.builder().remote(url).create(); // makes the client; the first call below reaches the server
    } catch (RuntimeException e) {
      throw SparkErrors.translate(e, shown);
    }
    SparkCalls.run(spark, shown, "connecting to " + shown, spark::version, () -> -1, CONNECT_TIMEOUT_MILLIS);
    lastUrl = shown;
    Renderers.global().register(new DatasetRenderer());
    return spark;
  }

  /** {@code url} as it may be shown: {@code sc://host:port}, without its parameters (a token among them). */
  public static String shown(String url) {
    return SparkConnectAddress.shown(url);
  }

  /** The version of Spark the session's server runs. */
  public static String serverVersion(SparkSession spark) {
    return SparkCalls.run(spark, lastUrl, "asking the server's version", spark::version, () -> -1, CONNECT_TIMEOUT_MILLIS);
  }

  /** At most {@code maxRows} rows of {@code dataset} as a Tablesaw table (Spark runs a job with that limit). */
  public static Table toTable(Dataset<Row> dataset, int maxRows) {
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows is negative: " + maxRows);
    }
    SparkSession spark = dataset.sparkSession();
    AtomicReference<org.apache.spark.sql.connect.client.SparkResult<Row>> running = new AtomicReference<>();
    org.apache.spark.sql.types.StructType schema = dataset.schema();
    Dataset<Row> asNumbers = SparkRows.withDatesAsNumbers(dataset, schema);
    Row[] rows = SparkCalls.run(spark, lastUrl, "spark", () -> {
      org.apache.spark.sql.connect.client.SparkResult<Row> result =
          ((org.apache.spark.sql.connect.Dataset<Row>) asNumbers.limit(maxRows)).collectResult();
      running.set(result);
      try {
        Object array = result.toArray();
        return Arrays.copyOf((Object[]) array, ((Object[]) array).length, Row[].class);
      } finally {
        result.close();
      }
    }, () -> percentDone(running.get()), 0);
    return SparkRows.toTable("result", schema, List.of(rows));
  }

  /** Runs Spark SQL with named parameters ({@code :name} in the text) and returns at most {@code maxRows} rows. */
  public static Table sql(SparkSession spark, String sql, Map<String, Object> parameters, int maxRows) {
    Dataset<Row> dataset = SparkCalls.run(spark, lastUrl, "analysing the query",
        () -> parameters.isEmpty() ? spark.sql(sql) : spark.sql(sql, parameters), () -> -1, 0);
    return toTable(dataset, maxRows);
  }

  /** Named parameters for {@link #sql}: {@code args("year", 2023, "who", "Russia")}. */
  public static Map<String, Object> args(Object... namesAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return args;
  }

  /**
   * {@code table} as a Spark dataset, for joins with the cluster's data: it travels in one request,
   * so at most {@value SparkRows#MAX_ROWS_SENT} rows.
   */
  public static Dataset<Row> fromTable(SparkSession spark, Table table) {
    SparkRows.checkSendable(table);
    return SparkCalls.run(spark, lastUrl, "sending " + table.name(),
        () -> SparkRows.withDatesFromNumbers(spark.createDataFrame(SparkRows.rows(table), SparkRows.schema(table)), table), () -> -1, 0);
  }

  /** The share of tasks done in the stages the server has reported, or -1 before it has. */
  private static double percentDone(org.apache.spark.sql.connect.client.SparkResult<Row> result) {
    if (result == null || result.progress() == null) {
      return -1;
    }
    long tasks = 0;
    long done = 0;
    var stages = result.progress().stages().iterator();
    while (stages.hasNext()) {
      var stage = stages.next();
      tasks += stage.numTasks();
      done += stage.completedTasks();
    }
    return tasks == 0 ? -1 : 100.0 * done / tasks;
  }

  /** Spark's client logs through Log4j; without a configuration of its own it prints a banner into the cell. */
  private static void quietLogging() {
    if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:dev/tablebook/spark/log4j2.properties");
    }
  }
}
