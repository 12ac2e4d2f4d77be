package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tablebook run` saves each widget's last state into the notebook's metadata, with ids that do not change between runs. */
class WidgetStatesTest {
  private static final NotebookRunner.Progress QUIET = (done, total, line, elapsed, failed) -> { };

  private static Notebook notebook(String... codeCells) throws NotebookFormatException {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < codeCells.length; i++) {
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {}, \"outputs\": [], \"source\": ")
          .append(JupyterJson.MAPPER.getNodeFactory().textNode(codeCells[i]).toString()).append("}");
    }
    return Notebook.parse("w.ipynb", "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
  }

  @Test
  void theLastStateOfEveryOpenModelIsSavedAndIdsRepeat(@TempDir Path dir) throws Exception {
    Notebook input = notebook("var s = new IntSlider().max(10);\ns", "s.value(7);\nvar gone = new Label(\"x\");\ngone.close();",
        "var g = DataGrid.of(Table.create(\"t\", IntColumn.indexColumn(\"id\", 50_000, 0))).sortBy(\"id\", false);\ng.close();");
    Notebook first = NotebookRunner.run(input, dir, NotebookRunner.Options.defaults(), QUIET).notebook();
    Notebook second = NotebookRunner.run(input, dir, NotebookRunner.Options.defaults(), QUIET).notebook();
    assertEquals(first.toJson(), second.toJson(), "a notebook run twice is saved the same");
    JsonNode saved = first.metadata().path("widgets").path(WidgetStates.MIME);
    assertEquals(2, saved.path("version_major").asInt());
    String modelId = first.cells().get(0).outputs().get(0).path("data").path("application/vnd.jupyter.widget-view+json")
        .path("model_id").asText();
    JsonNode slider = saved.path("state").path(modelId);
    assertEquals("IntSliderModel", slider.path("model_name").asText());
    assertEquals("@jupyter-widgets/controls", slider.path("model_module").asText());
    assertEquals(7, slider.path("state").path("value").asInt());
    assertEquals(10, slider.path("state").path("max").asInt());
    assertEquals("IntSlider(value=0, max=10)", first.cells().get(0).outputs().get(0).path("data").path("text/plain").get(0).asText());
    assertEquals(3, saved.path("state").size(), "the slider, its layout and its style; the closed label is gone");
  }

  @Test
  void theReportShowsWidgetsAsTheRunLeftThem(@TempDir Path dir) throws Exception {
    Notebook input = notebook("var n = new IntSlider().min(1).max(5).value(2).description(\"Rows\");\n"
        + "var t = Table.create(\"t\", IntColumn.create(\"k\", 11, 22, 33, 44, 55));\n"
        + "Widgets.interact(() -> t.first(n.value()), n)", "n.value(3);");
    Notebook run = NotebookRunner.run(input, dir, NotebookRunner.Options.defaults(), QUIET).notebook();
    Path file = dir.resolve("w.ipynb");
    run.write(file);
    new ReportWriter(dir.resolve("report"), true).write(java.util.List.of(file));
    String page = java.nio.file.Files.readString(dir.resolve("report/w.html"));
    assertTrue(page.contains("<b>Rows</b> 3"), page);
    assertTrue(page.contains(">33<") && !page.contains(">44<"), "the table of the last run of the function: " + page);
  }

  @Test
  void aNotebookWithoutWidgetsLosesAnOldSavedState(@TempDir Path dir) throws Exception {
    Notebook input = Notebook.parse("w.ipynb", "{\"cells\": [], \"metadata\": {\"widgets\": {\"" + WidgetStates.MIME
        + "\": {\"state\": {}}}}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    Notebook run = NotebookRunner.run(input, dir, NotebookRunner.Options.defaults(), QUIET).notebook();
    assertFalse(run.metadata().has("widgets"));
  }
}
