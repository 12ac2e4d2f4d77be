package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/test/python/test_comms.py: comms and the widget protocol as the real Jupyter client speaks them. */
class WidgetKernelIT {
  @TempDir Path jupyterDir;

  @Test
  void theRealClientOpensCommsAndDrivesWidgets() throws Exception {
    Jupyter jupyter = Jupyter.install(jupyterDir);
    Jupyter.Result result = jupyter.run(Path.of("src/test/python"), Jupyter.PYTHON, "-m", "unittest", "-v", "test_comms");
    assertEquals(0, result.exit(), result.output());
    // the kernel's log lines (a target nobody registered, a handler interrupted) come between unittest's own
    assertTrue(result.output().contains("test_a_thousand_quick_updates_arrive_in_order_each_echoed")
        && result.output().contains("Ran 10 tests") && result.output().contains("\nOK"), result.output());
  }
}
