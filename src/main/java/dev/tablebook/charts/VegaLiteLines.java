package dev.tablebook.charts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Text layers whose text is a list of lines, placed by their last line: Vega puts a list's first line at
 * the mark's baseline and the others below it, so a label meant to end above its point (baseline
 * {@code bottom}) would run over the point, and one centred on it ({@code middle}) would hang below.
 * The layer is drawn once per line count N, named {@code NAME_N}, for the rows with N lines, raised by
 * N − 1 lines (half of that for {@code middle}).
 */
final class VegaLiteLines {
  private VegaLiteLines() {}

  /** The mark's line height for a font size, as Vega's own default (the size plus two pixels). */
  static int lineHeight(int fontSize) {
    return fontSize + 2;
  }

  /**
   * Copies of {@code layer}, one per count in {@code lineCounts}, each showing the rows whose {@code field}
   * has that many lines. The layer's mark must give its {@code lineHeight} and {@code baseline}.
   */
  static List<ObjectNode> placedByLastLine(ObjectNode layer, String field, Collection<Integer> lineCounts) {
    ObjectNode mark = (ObjectNode) layer.get("mark");
    String baseline = mark.path("baseline").asText();
    double share = baseline.equals("bottom") ? 1 : baseline.equals("middle") ? 0.5 : 0;
    double lineHeight = mark.path("lineHeight").asDouble();
    double dy = mark.path("dy").asDouble(0);
    List<ObjectNode> copies = new ArrayList<>();
    for (int count : new TreeSet<>(lineCounts)) {
      ObjectNode copy = layer.deepCopy();
      copy.put("name", layer.path("name").asText() + "_" + count);
      ArrayNode transform = copy.has("transform") ? (ArrayNode) copy.get("transform") : copy.putArray("transform");
      transform.addObject().put("filter", "length(datum." + field + ") == " + count);
      ((ObjectNode) copy.get("mark")).put("dy", dy - share * (count - 1) * lineHeight);
      copies.add(copy);
    }
    return copies;
  }
}
