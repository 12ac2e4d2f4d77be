package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tablebook.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A progress bar in a notebook run by {@code tablebook run}: the executed notebook keeps one output, its final state. */
class ProgressRunTest {
  /** A thousand steps of about 0.3 ms of work each, so the bar is updated several times on the way. */
  private static final String THOUSAND_STEPS = "try (Progress p = Progress.of(1_000, \"rows\")) {\n"
      + "  for (int i = 0; i < 1_000; i++) {\n"
      + "    long until = System.nanoTime() + 300_000;\n"
      + "    while (System.nanoTime() < until) { }\n"
      + "    p.step();\n"
      + "  }\n"
      + "}";

  @Test
  void aThousandStepProgressLeavesOneOutputWithTheFinalState(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("progress.ipynb");
    String cell = JupyterJson.MAPPER.getNodeFactory().textNode(THOUSAND_STEPS).toString();
    Files.writeString(file, "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c0\", \"metadata\": {},"
        + " \"outputs\": [], \"source\": " + cell + "}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, exit, err.toString());
    JsonNode outputs = JupyterJson.MAPPER.readTree(dir.resolve("out/progress.ipynb").toFile()).path("cells").get(0).path("outputs");
    assertEquals(1, outputs.size(), outputs.toString());
    JsonNode shown = outputs.get(0);
    assertEquals("display_data", shown.path("output_type").asText());
    String text = join(shown.path("data").path("text/plain"));
    assertTrue(text.startsWith("rows: 1,000/1,000 (100%) · ") && text.contains("done in"), text);
    String html = join(shown.path("data").path("text/html"));
    assertTrue(html.contains("width:100.0%") && !html.contains("<script"), html);
  }

  private static String join(JsonNode lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.asText()));
    return text.toString();
  }
}
