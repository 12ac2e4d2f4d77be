package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/test/python/test_progress.py: a progress bar seen by the real Jupyter client, one display updated in place. */
class ProgressKernelIT {
  @TempDir Path jupyterDir;

  @Test
  void theRealClientSeesOneDisplayAndItsUpdates() throws Exception {
    Jupyter jupyter = Jupyter.install(jupyterDir);
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_progress");
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("test_one_display_then_updates_of_it_ending_in_the_final_state") && result.output().contains("OK"),
        result.output());
  }
}
