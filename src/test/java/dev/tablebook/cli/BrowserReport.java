package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON report a browser driver (drive-notebooks.js, drive-lab.js) wrote, and holds the checks that the
 * classic Notebook's and JupyterLab's tests make alike of its scratch notebook.
 */
final class BrowserReport {
  private BrowserReport() {
  }

  /** A JSON array's items as text. */
  static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }

  /** What the scratch notebook's {@code step} saw; fails when the scratch page or that step failed. */
  static JsonNode scratch(JsonNode report, String step) {
    JsonNode scratch = report.path("scratch");
    assertTrue(scratch.path("failed").isMissingNode(), "the scratch notebook: " + scratch.path("failed").asText());
    JsonNode result = scratch.path(step);
    assertTrue(result.path("failed").isMissingNode(), step + ": " + result.path("failed").asText());
    return result;
  }

  /** How many of a page's outputs are marked {@code kind} ("chart", "table", ...). */
  static int count(JsonNode page, String kind) {
    int count = 0;
    for (JsonNode output : page.path("outputs")) {
      count += output.path(kind).asBoolean() ? 1 : 0;
    }
    return count;
  }

  /** The loop was interrupted and the next cell answered 42. */
  static void assertInterrupted(JsonNode interrupt) {
    assertTrue(interrupt.path("loopShown").asText().contains("interrupted"), interrupt.toString());
    assertTrue(interrupt.path("nextShown").asText().contains("42"), interrupt.toString());
  }

  /** Tab after "myVar" inserted myVariable or listed it. */
  static void assertCompleted(JsonNode completion) {
    assertTrue(completion.path("text").asText().equals("myVariable")
        || strings(completion.path("listed")).contains("myVariable"), completion.toString());
  }

  /** Both figures of the two Plot.show calls were drawn, with their title, and the words standing in for them are gone. */
  static void assertPlotShowDrew(JsonNode shown) {
    assertEquals(2, shown.path("drawn").asInt(), shown.toString());
    assertEquals(List.of("Shown inline", "Shown inline"), strings(shown.path("titles")), "the titles plotly.js drew");
    assertFalse(shown.path("text").asBoolean(), "the words standing in for the figures are gone once they are drawn");
  }
}
