package dev.tablebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.NodeTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JupyterLab 4.6's debugger panel over the kernel, in headless Chromium, driven by
 * {@code src/test/node/browser/drive-debugger.js}: after the cells run, the debugger switched on from the notebook's
 * toolbar lists the session's variables (Lab shows a number's value, any other's type), and a Table opened from the list is rendered
 * as a table. Screenshots go to {@code target/lab/debugger-*.png}.
 */
class DebuggerLabIT {
  private static final Path SCRIPT = NodeTools.DIR.resolve("browser/drive-debugger.js");
  private static final Path OUT = Path.of("target/lab").toAbsolutePath();
  private static final String NOTEBOOK = "debugger.ipynb";
  private static final List<String> CELLS = List.of(
      "Table trade = Table.create(\"trade\", IntColumn.create(\"year\", 2022, 2023),\n"
          + "    DoubleColumn.create(\"total_usd_bn\", 190.27, 240.11));",
      "int answer = 42;\nString source = \"GAC\";");

  @TempDir static Path work;
  private static JsonNode report;

  @BeforeAll
  static void openTheDebuggerInTheBrowser() throws Exception {
    Path chromium = JupyterLabBrowserIT.prerequisites();
    Path served = Files.createDirectories(work.resolve("served"));
    Files.writeString(served.resolve(NOTEBOOK), notebook());
    Path jupyterDir = Files.createDirectory(work.resolve("jupyter"));
    NotebookServer.installKernel(jupyterDir, work.resolve("install.log"));
    Files.createDirectories(OUT);
    try (NotebookServer server = NotebookServer.startLab(JupyterLabBrowserIT.VENV, jupyterDir, served,
        OUT.resolve("jupyter-lab-debugger.log"))) {
      List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--chromium", chromium.toString(),
          "--url", server.url(), "--token", server.token(), "--out", OUT.toString(), "--report", OUT.resolve("debugger.json").toString(),
          "--notebook", NOTEBOOK, "--table", "trade"));
      Path log = OUT.resolve("drive-debugger.log");
      Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!node.waitFor(10, TimeUnit.MINUTES)) {
        node.destroyForcibly();
        fail("the browser run did not finish in 10 minutes:\n" + Files.readString(log, UTF_8) + server.log());
      }
      assertEquals(0, node.exitValue(), "the browser run failed:\n" + Files.readString(log, UTF_8) + "\n" + server.log());
    }
    report = new ObjectMapper().readTree(OUT.resolve("debugger.json").toFile());
    assertTrue(report.path("failed").isMissingNode(), "the browser run stopped: " + report.path("failed").asText()
        + " (screenshot target/lab/debugger-failed.png)");
  }

  private static String notebook() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode notebook = json.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    notebook.putObject("metadata").putObject("kernelspec").put("name", "tablebook").put("display_name", "Java (Tablebook)")
        .put("language", "java");
    ArrayNode cells = notebook.putArray("cells");
    for (int i = 0; i < CELLS.size(); i++) {
      ObjectNode cell = cells.addObject().put("cell_type", "code").put("id", "c" + i).put("source", CELLS.get(i));
      cell.putObject("metadata");
      cell.putArray("outputs");
      cell.putNull("execution_count");
    }
    return notebook.toString();
  }

  @Test
  void theVariableListShowsTheSessionsVariablesWithTypesAndValues() {
    assertTrue(report.path("buttonEnabled").asBoolean(), "the toolbar offers the debugger: the kernelspec says it can");
    Map<String, String> shown = new HashMap<>();
    report.path("variables").forEach(row -> shown.put(row.path("name").asText(), row.path("detail").asText()));
    assertTrue(shown.keySet().containsAll(List.of("trade", "answer", "source")), shown.toString());
    // Lab shows a number's value and any other variable's type (the values are test_debugger.py's to check).
    assertEquals("42", shown.get("answer"));
    assertEquals("String", shown.get("source"));
    assertEquals("Table", shown.get("trade"));
  }

  @Test
  void aTableOpenedFromTheListIsRenderedAsATable() {
    List<String> cells = new ArrayList<>();
    report.path("rendered").forEach(row -> row.forEach(cell -> cells.add(cell.asText())));
    assertTrue(cells.containsAll(List.of("year", "total_usd_bn", "2022", "2023", "190.27", "240.11")), cells.toString());
    assertEquals("[]", report.path("pageErrors").toString(), "(lab-page.js leaves out what Lab's debugger throws by itself)");
  }
}
