package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.plotly.components.Figure;

/**
 * Proves {@link JsplotJson} exact against jsplot's own answer: Node runs the script jsplot writes for
 * each figure ({@code figure.asJavascript}) with a stub {@code Plotly.newPlot} that prints what it is
 * given, and that must equal {@link JsplotJson#raw}; then FigureRenderer's page script that fixed
 * titles for plotly.js 3 ({@link FigureRenderer#FIX_TITLES}) is run on Node's layout, and that must
 * equal {@link JsplotJson#forPlotly3}. One Node process runs every figure.
 */
class JsplotJsonDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** jsplot writes a working script, but one read differently here than by JavaScript: shown as HTML only. */
  private static final Set<String> DECLINED = Set.of("title with an octal escape");
  /** jsplot's script fails in the browser too (a syntax error): shown as HTML only, as before. */
  private static final Set<String> BROKEN_IN_JSPLOT = Set.of("title with a line break", "title ending in a backslash", "heatmap second");
  private static final String HARNESS = """
      const vm = require('vm');
      const figures = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
      %s
      for (const f of figures) {
        const out = {name: f.name};
        try {
          let plotted;
          const sandbox = {document: {getElementById: id => ({id})},
              Plotly: {newPlot: (target, data, layout, config) => { plotted = {data, layout, config}; }}};
          vm.runInNewContext(f.script, sandbox);
          out.raw = JSON.parse(JSON.stringify(plotted));
          const fixed = JSON.parse(JSON.stringify(plotted));
          if (fixed.layout) fix(fixed.layout);
          out.fixed = fixed;
        } catch (e) {
          out.error = String(e);
        }
        try { // the script of the HTML the notebook shows, with plotly.js in the page
          let drawn;
          const page = {document: {getElementById: id => ({id})},
              Plotly: {newPlot: (target, data, layout, config) => { drawn = {data, layout, config}; }}};
          page.window = page;
          vm.runInNewContext(f.html, page);
          out.html = JSON.parse(JSON.stringify(drawn));
        } catch (e) {
          out.htmlError = String(e);
        }
        console.log(JSON.stringify(out));
      }
      """;

  private static Map<String, Figure> figures;
  private static List<JsonNode> answers;

  @BeforeAll
  static void runJsplotsScriptsInNode(@TempDir Path dir) throws Exception {
    if (NodeTools.onPath("node") == null) {
      fail("This test needs node to run jsplot's scripts: node is not on the PATH (Debian: apt-get install nodejs)");
    }
    figures = JsplotFigures.all();
    ArrayNode input = JSON.createArrayNode();
    figures.forEach((name, figure) -> input.addObject().put("name", name)
        .put("script", figure.asJavascript("d").replace("<script>", "").replace("</script>", ""))
        .put("html", new FigureRenderer().render(figure, Set.of(MimeBundle.TEXT_HTML)).get(MimeBundle.TEXT_HTML).orElseThrow()
            .replaceFirst("(?s)^.*?<script>", "").replaceFirst("(?s)</script>$", "")));
    Path data = dir.resolve("figures.json");
    Files.writeString(data, input.toString(), StandardCharsets.UTF_8);
    Path script = dir.resolve("plot.js");
    Files.writeString(script, HARNESS.formatted(FigureRenderer.FIX_TITLES), StandardCharsets.UTF_8);
    Process node = new ProcessBuilder("node", script.toString(), data.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
    assertEquals(0, node.exitValue(), "node's exit status");
    answers = new ArrayList<>();
    for (String line : lines) {
      answers.add(JSON.readTree(line));
    }
    assertEquals(figures.size(), answers.size(), "one answer per figure");
  }

  @Test
  void everyFigureJsplotDrawsReadsAsTheDataLayoutAndConfigItsScriptPlots() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode answer : answers) {
      String name = answer.get("name").asText();
      if (answer.has("error") || DECLINED.contains(name)) {
        continue;
      }
      ObjectNode raw = JsplotJson.raw(figures.get(name));
      difference(answer.get("raw"), raw, "").ifPresent(d -> wrong.add(name + ": " + d));
      difference(answer.get("fixed"), JsplotJson.forPlotly3(raw), "").ifPresent(d -> wrong.add(name + " (titles fixed): " + d));
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theHtmlANotebookShowsDrawsWhatJsplotsScriptDrawsWithItsTitlesFixed() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode answer : answers) {
      if (!answer.has("error")) {
        String name = answer.get("name").asText();
        if (answer.has("htmlError")) {
          wrong.add(name + ": " + answer.get("htmlError").asText());
        } else {
          difference(answer.get("fixed"), answer.get("html"), "").ifPresent(d -> wrong.add(name + ": " + d));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theFiguresCoverEveryKindAndEveryAwkwardTitle() {
    assertTrue(answers.size() >= 45, answers.size() + " figures");
    List<String> failedInNode = answers.stream().filter(a -> a.has("error")).map(a -> a.get("name").asText()).sorted().toList();
    assertEquals(BROKEN_IN_JSPLOT.stream().sorted().toList(), failedInNode, "the figures whose jsplot script fails in Node");
  }

  @Test
  void whatJsplotCannotDrawOrIsReadDifferentlyFallsBackToHtml() {
    for (String name : BROKEN_IN_JSPLOT) {
      assertEquals(Optional.empty(), JsplotJson.of(figures.get(name)), name);
    }
    for (String name : DECLINED) {
      assertEquals(Optional.empty(), JsplotJson.of(figures.get(name)), name);
    }
  }

  /** Where {@code actual} differs from {@code expected}, numbers compared as JavaScript numbers; empty when they agree. */
  private static Optional<String> difference(JsonNode expected, JsonNode actual, String path) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.doubleValue() == actual.doubleValue() ? Optional.empty() : Optional.of(path + ": " + expected + " != " + actual);
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (!expected.has(name) || !actual.has(name)) {
          return Optional.of(path + "." + name + ": " + expected.get(name) + " != " + actual.get(name));
        }
        Optional<String> d = difference(expected.get(name), actual.get(name), path + "." + name);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        Optional<String> d = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty() : Optional.of(path + ": " + abbreviate(expected) + " != " + abbreviate(actual));
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() < 200 ? text : text.substring(0, 197) + "...";
  }
}
