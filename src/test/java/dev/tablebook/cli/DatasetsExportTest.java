package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.data.DataPackage;
import dev.tablebook.data.Datasets;
import dev.tablebook.sql.SqlDatabase;
import dev.tablebook.sql.SqlSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@code datasets export --format parquet DIR}: every table, read back equal, the same bytes each time. */
class DatasetsExportTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void eachTableIsWrittenAsParquetThatReadsBackEqualAndTheSameBytesEachTime(@TempDir Path dir) throws Exception {
    assertEquals(0, run("datasets", "export", "--format", "parquet", dir.resolve("a").toString()), err.toString());
    assertEquals(0, run("datasets", "export", dir.resolve("b").toString()), err.toString());
    DataPackage pkg = Datasets.open();
    try (SqlDatabase db = SqlDatabase.open(SqlSettings.defaults().withThreads(1))) {
      for (String name : pkg.tableNames()) {
        Path a = dir.resolve("a").resolve(name + ".parquet");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(dir.resolve("b").resolve(name + ".parquet")), name);
        Table original = pkg.table(name);
        Table back = db.readParquet(a).setName(original.name());
        assertEquals(original.columns().stream().map(c -> c.type()).toList(), back.columns().stream().map(c -> c.type()).toList(), name);
        assertEquals(original.print(original.rowCount()), back.print(back.rowCount()), name);
      }
    }
    try (var files = Files.list(dir.resolve("a"))) {
      assertEquals(pkg.tableNames().size(), files.count(), "one file per table, no temp file left");
    }
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    assertEquals(2, run("datasets", "export", "--format", "xlsx", dir.toString()));
    assertTrue(err.toString().contains("unknown format \"xlsx\"; use parquet"), err.toString());
  }
}
