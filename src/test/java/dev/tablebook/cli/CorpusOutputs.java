package dev.tablebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookRunner;
import dev.tablebook.notebook.OutputNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares an executed copy of a notebook with the committed one, output by output, the way
 * {@code NotebookVerifier} compares (text after {@link OutputNormalizer}, images by type, JSON without
 * ids); it has no public method that compares two notebooks, so this mirrors its rules. Beyond them:
 * consecutive stream outputs are joined (as Jupyter saves them), MIME types are compared in sorted
 * order, an error's first traceback line is compared too (it names the cell: {@code In [N], line L,
 * column C: ...}), and a cell tagged {@code ignore-output} must still not fail.
 */
final class CorpusOutputs {
  private static final Set<String> IGNORE = Set.of("ignore-output", "nbval-ignore-output");
  private static final OutputNormalizer NORMALIZER = OutputNormalizer.standard();

  /**
   * What to compare: every output, or only what {@code tablebook verify} leaves out, the first
   * traceback lines of the errors both notebooks have.
   */
  enum Scope { EVERY_OUTPUT, TRACEBACKS }

  private CorpusOutputs() {}

  /** One line per differing cell ("cell N (first line):") followed by the differing outputs; empty when all match. */
  static String differences(Notebook committed, Notebook executed, Scope scope) {
    List<Notebook.Cell> expected = committed.cells();
    List<Notebook.Cell> actual = executed.cells().stream()
        .filter(c -> !c.tags().contains(NotebookRunner.BANNER_TAG)).toList();
    if (expected.size() != actual.size()) {
      return "the executed notebook has " + actual.size() + " cells, the committed one " + expected.size() + "\n";
    }
    StringBuilder differences = new StringBuilder();
    for (int i = 0; i < expected.size(); i++) {
      Notebook.Cell cell = expected.get(i);
      if (!cell.type().equals("code")) {
        continue;
      }
      List<String> want = describe(cell.outputs(), scope);
      List<String> got = describe(actual.get(i).outputs(), scope);
      String difference;
      if (cell.tags().stream().anyMatch(IGNORE::contains)) {
        difference = got.stream().filter(o -> o.startsWith("error")).map(o -> "  failed, though only its output is ignored:\n"
            + indent(o, "    ")).findFirst().orElse("");
      } else if (scope == Scope.TRACEBACKS && (want.isEmpty() || got.isEmpty())) {
        difference = ""; // an error missing or unexpected: verify itself reports it
      } else {
        difference = diff(want, got);
      }
      if (!difference.isEmpty()) {
        differences.append("cell ").append(i + 1).append(" (").append(cell.source().lines().findFirst().orElse(""))
            .append("):\n").append(difference);
      }
    }
    return differences.toString();
  }

  private static String diff(List<String> want, List<String> got) {
    StringBuilder diff = new StringBuilder();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String a = i < want.size() ? want.get(i) : null;
      String b = i < got.size() ? got.get(i) : null;
      if (a != null && a.equals(b)) {
        continue;
      }
      diff.append("  output ").append(i + 1).append(":\n");
      if (a != null) {
        diff.append(indent(a, "    - "));
      }
      if (b != null) {
        diff.append(indent(b, "    + "));
      }
    }
    return diff.toString();
  }

  /** Each output as comparable text, after joining consecutive stream outputs of one name. */
  private static List<String> describe(JsonNode outputs, Scope scope) {
    List<String> described = new ArrayList<>();
    String streamName = null;
    StringBuilder stream = new StringBuilder();
    for (JsonNode output : outputs) {
      String type = output.path("output_type").asText();
      if (type.equals("stream") && output.path("name").asText().equals(streamName)) {
        stream.append(joined(output.path("text")));
        continue;
      }
      addStream(described, streamName, stream, scope);
      streamName = null;
      if (type.equals("stream")) {
        streamName = output.path("name").asText();
        stream.setLength(0);
        stream.append(joined(output.path("text")));
      } else if (type.equals("error")) {
        String first = output.path("traceback").path(0).asText("");
        described.add(scope == Scope.TRACEBACKS ? "error\n" + NORMALIZER.normalize(first)
            : "error\n" + output.path("ename").asText() + ": " + NORMALIZER.normalize(output.path("evalue").asText())
                + "\ntraceback: " + NORMALIZER.normalize(first));
      } else if (scope == Scope.EVERY_OUTPUT) {
        described.add(type + data(output.path("data")));
      }
    }
    addStream(described, streamName, stream, scope);
    return described;
  }

  private static void addStream(List<String> described, String name, StringBuilder text, Scope scope) {
    if (name != null && scope == Scope.EVERY_OUTPUT) {
      described.add("stream " + name + "\n" + NORMALIZER.normalize(text.toString()));
    }
  }

  private static String data(JsonNode data) {
    StringBuilder text = new StringBuilder();
    Set<String> mimes = new TreeSet<>();
    data.properties().forEach(e -> mimes.add(e.getKey()));
    for (String mime : mimes) {
      JsonNode value = data.path(mime);
      text.append('\n').append(mime).append(": ");
      if (mime.startsWith("image/") && !mime.endsWith("svg+xml")) {
        text.append("(an image)");
      } else if (value.isObject() || (mime.endsWith("json") && !value.isTextual() && !value.isArray())) {
        text.append(withoutIds(value));
      } else {
        text.append(NORMALIZER.normalize(joined(value)));
      }
    }
    return text.toString();
  }

  /** JSON with sorted keys and without generated identifiers ({@code uid}, {@code id}). */
  private static Object withoutIds(JsonNode json) {
    if (json.isObject()) {
      Map<String, Object> sorted = new TreeMap<>();
      json.properties().forEach(e -> {
        if (!e.getKey().equals("uid") && !e.getKey().equals("id")) {
          sorted.put(e.getKey(), withoutIds(e.getValue()));
        }
      });
      return sorted;
    }
    if (json.isArray()) {
      List<Object> items = new ArrayList<>();
      json.forEach(item -> items.add(withoutIds(item)));
      return items;
    }
    return json.toString();
  }

  private static String joined(JsonNode text) {
    if (text.isTextual()) {
      return text.asText();
    }
    StringBuilder joined = new StringBuilder();
    text.forEach(line -> joined.append(line.asText()));
    return joined.toString();
  }

  private static String indent(String text, String prefix) {
    StringBuilder indented = new StringBuilder();
    text.lines().forEach(line -> indented.append(prefix).append(line).append('\n'));
    return indented.toString();
  }
}
