package dev.tablebook.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden file IpywidgetsStatesTest compares with is what ipywidgets itself says today: the pinned
 * ipywidgets of the test venv (src/test/jupyter/install-lab.sh) prints its default states again.
 */
class IpywidgetsStatesIT {
  private static final Path PYTHON = Path.of("target/jupyter-venv/bin/python");

  @Test
  void theGoldenStatesAreIpywidgetsOwn() throws Exception {
    assertTrue(Files.isExecutable(PYTHON), "no test venv: run src/test/jupyter/install-lab.sh (.ci/run does)");
    Process process = new ProcessBuilder(PYTHON.toString(), "src/test/jupyter/widget_states.py").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals(IpywidgetsStatesTest.golden(), new ObjectMapper().readValue(output, Map.class),
        "regenerate " + IpywidgetsStatesTest.GOLDEN + " with src/test/jupyter/widget_states.py and compare the widgets again");
  }
}
