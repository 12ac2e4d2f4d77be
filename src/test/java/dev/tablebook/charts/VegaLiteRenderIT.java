package dev.tablebook.charts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.NodeTools;
import dev.tablebook.charts.ChartData.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Vega-Lite spec of a chart of every kind and of each of the article's charts with the
 * libraries JupyterLab 4 draws them with (vega-lite 5.6.1 and vega 5, {@code src/test/node/render-vegalite.js}):
 * each compiles and draws without a warning, and each layer draws one mark per point, gaps left out.
 * It fails, never skips, when node or the libraries are missing.
 */
class VegaLiteRenderIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = NodeTools.DIR.resolve("render-vegalite.js");

  @BeforeAll
  static void nodeAndTheLibrariesAreInstalled() throws IOException {
    List<String> missing = new ArrayList<>(NodeTools.missing("vega-lite"));
    NodeTools.missing("vega").stream().filter(m -> !missing.contains(m)).forEach(missing::add);
    if (!missing.isEmpty()) {
      fail("the Vega-Lite specs cannot be drawn (`bash .ci/run` installs what it needs):\n  " + String.join("\n  ", missing));
    }
  }

  @Test
  void everyChartDrawsOneMarkPerPointWithoutWarnings(@TempDir Path dir) throws Exception {
    Map<String, Chart> charts = new LinkedHashMap<>(ChartFixtures.everyKind());
    ChartFixtures.article().forEach((name, chart) -> charts.put("article_" + name, chart));
    for (Map.Entry<String, Chart> chart : charts.entrySet()) {
      chart.getValue().save(dir.resolve(chart.getKey() + ".vl.json"));
    }
    Process node = new ProcessBuilder("node", SCRIPT.toString(), dir.toString())
        .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
    if (!node.waitFor(180, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail("render-vegalite.js did not finish in 180 s:\n" + Files.readString(dir.resolve("err"), UTF_8));
    }
    String out = Files.readString(dir.resolve("out"), UTF_8);
    String err = Files.readString(dir.resolve("err"), UTF_8);
    Map<String, JsonNode> results = new TreeMap<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        JsonNode result = JSON.readTree(line);
        results.put(result.path("file").asText(), result);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Chart> chart : charts.entrySet()) {
      String file = chart.getKey() + ".vl.json";
      JsonNode result = results.get(file);
      if (result == null) {
        wrong.add(file + ": not drawn");
        continue;
      }
      result.path("problems").forEach(p -> wrong.add(file + ": " + p.asText()));
      Map<String, Integer> expected = expectedMarks(chart.getValue());
      Map<String, Integer> drawn = new TreeMap<>();
      // A text layer drawn once per line count (VegaLiteLines) is NAME_N: its copies count as one layer.
      result.path("marks").properties().stream().filter(m -> m.getValue().path("runsOverItsPoint").asInt() > 0)
          .forEach(m -> wrong.add(file + ": " + m.getValue().path("runsOverItsPoint").asInt() + " text(s) of " + m.getKey()
              + " drawn over the point they label"));
      result.path("marks").properties().forEach(m -> drawn.merge(m.getKey().replaceFirst("_\\d+_marks$", "_marks"),
          m.getValue().path("drawn").asInt(), Integer::sum));
      if (!drawn.equals(new TreeMap<>(expected))) {
        wrong.add(file + ": marks drawn " + drawn + ", expected " + new TreeMap<>(expected));
      }
    }
    assertEquals(List.of(), wrong, "exit " + node.exitValue() + "; " + err);
    assertEquals(0, node.exitValue(), err);
  }

  /** How many marks each layer must draw: one per point (a span per event that has an end; a line point per value). */
  private static Map<String, Integer> expectedMarks(Chart chart) {
    ChartData data = chart.data();
    int points = 0;
    int values = 0;
    int spans = 0;
    int above = 0;
    for (Series s : data.series()) {
      for (int p = 0; p < s.size(); p++) {
        points++;
        values += Double.isNaN(s.y()[p]) ? 0 : 1;
        spans += Double.isNaN(s.end()[p]) ? 0 : 1;
        above += p % 2 == 0 ? 1 : 0;
      }
    }
    Map<String, Integer> marks = new LinkedHashMap<>();
    ChartKind kind = chart.kind();
    if (kind.bars()) {
      marks.put("bars_marks", values);
    } else if (kind.pie()) {
      marks.put("slices_marks", values);
      marks.put("slice_labels_marks", values);
    } else if (kind == ChartKind.TIMELINE) {
      marks.put("spans_marks", spans);
      marks.put("events_marks", points);
      marks.put("labels_above_marks", above);
      marks.put("labels_below_marks", points - above);
    } else {
      if (kind == ChartKind.AREA) {
        marks.put("area_marks", values);
      }
      if (kind != ChartKind.SCATTER) {
        marks.put("line_marks", values);
      }
      if (kind == ChartKind.SCATTER || data.series().stream().allMatch(s -> s.size() <= 60)) {
        marks.put("points_marks", values);
      }
    }
    if (!chart.options().annotations().isEmpty()) {
      marks.put("annotations_marks", (int) Pins.of(chart, data).stream().map(p -> p.series() + "/" + p.point()).distinct().count());
    }
    if (!Pins.notes(chart, data).isEmpty()) {
      marks.put("notes_marks", 1);
    }
    return marks;
  }
}
