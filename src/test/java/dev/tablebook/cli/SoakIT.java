package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short soak through the real Jupyter client (src/bench/soak.py): 500 cells and 20 interrupts of
 * running cells, every reply received, the cell after each interrupt giving its own exact value, no
 * thread growth, memory within its bound. The full soak (10,000 cells, 200 interrupts) is the same
 * script without arguments; see src/bench/BENCHMARKS.md.
 */
class SoakIT {

  @Test
  void fiveHundredCellsAndTwentyInterruptsThroughJupyterClient(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("soak.txt");
    ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", "src/bench/soak.py", "--cells", "500", "--interrupts", "20")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process soak = builder.start();
    assertTrue(soak.waitFor(600, TimeUnit.SECONDS), "the soak finished in 10 minutes");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertEquals(0, soak.exitValue(), output);
    assertTrue(output.contains("cells: 500 answered"), output);
    assertTrue(output.contains("interrupts: 20/20"), output);
    assertTrue(output.contains("right value after an interrupt: 20/20"), output);
  }
}
