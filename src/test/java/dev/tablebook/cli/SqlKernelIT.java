package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/test/python/test_sql.py: {@code %%sql} through the real Jupyter client, an interrupt included. */
class SqlKernelIT {
  @TempDir Path jupyterDir;

  @Test
  void theRealClientQueriesSessionTablesAndInterruptsALongQuery() throws Exception {
    Jupyter jupyter = Jupyter.install(jupyterDir);
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_sql");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_an_interrupt_cancels_a_long_query_and_the_next_cell_works") && result.output().contains("\nOK"),
        result.output());
  }
}
