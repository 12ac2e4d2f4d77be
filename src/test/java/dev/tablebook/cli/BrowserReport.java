package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON report a browser driver (drive-notebooks.js, drive-lab.js) wrote: the classic Notebook's and
 * JupyterLab's tests alike.
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
}
