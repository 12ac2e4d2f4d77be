package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

class JsplotJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void stringTitlesAndTitleFontsBecomeTitleObjectsInTheLayoutEveryAxisAndColourBars() throws Exception {
    ObjectNode raw = (ObjectNode) JSON.readTree("""
        {"data": [{"marker": {"colorbar": {"title": "cb", "titlefont": {"size": 9}}}, "colorbar": {"title": "t"}}],
         "layout": {"title": "T", "titlefont": {"size": 20}, "xaxis": {"title": "x"}, "yaxis2": {"title": "y2",
           "titlefont": {"color": "red"}}, "scene": {"zaxis": {"title": ""}}, "legend": {"title": "left alone"}}}""");
    JsonNode fixed = JsplotJson.forPlotly3(raw);
    assertEquals(JSON.readTree("""
        {"data": [{"marker": {"colorbar": {"title": {"text": "cb", "font": {"size": 9}}}}, "colorbar": {"title": {"text": "t"}}}],
         "layout": {"title": {"text": "T", "font": {"size": 20}}, "xaxis": {"title": {"text": "x"}}, "yaxis2": {"title":
           {"text": "y2", "font": {"color": "red"}}}, "scene": {"zaxis": {"title": {"text": ""}}}, "legend": {"title": "left alone"}}}"""),
        fixed);
    assertEquals("T", raw.path("layout").path("title").asText(), "the raw tree is not changed");
  }

  @Test
  void missingValuesAndInfinitiesBecomeNullAsJsonStringifyWritesThem() {
    Figure figure = new Figure(Layout.builder("t").build(), HeatmapTrace.builder(new Object[] {"a", "b"}, new Object[] {"c", "d"},
        new double[][] {{1, Double.NaN}, {Double.NEGATIVE_INFINITY, 2}}).build());
    assertEquals("[[1.0,null],[null,2.0]]", JsplotJson.raw(figure).path("data").path(0).path("z").toString());
    Figure scatter = new Figure(ScatterTrace.builder(new double[] {1, Double.NaN}, new double[] {3, 4}).build());
    assertEquals("[\"1.0\",\"NaN\"]", JsplotJson.raw(scatter).path("data").path(0).path("x").toString(),
        "jsplot writes a scatter's points as text, and they stay so");
  }

  @Test
  void aFigureWithoutLayoutGetsAnEmptyOne() {
    Figure figure = new Figure(BarTrace.builder(new Object[] {"a"}, new double[] {1}).build());
    assertTrue(!JsplotJson.raw(figure).has("layout"), "jsplot's script passes no layout");
    assertEquals(JSON.createObjectNode(), JsplotJson.of(figure).orElseThrow().path("layout"));
  }

  @Test
  void aScriptThatWouldFailInTheBrowserIsNotConverted() {
    assertTrue(JsplotJson.of(new Figure(Layout.builder("two\nlines").build(),
        BarTrace.builder(new Object[] {"a"}, new double[] {1}).build())).isEmpty());
  }

  @Test
  void javaScriptEscapesAreRewrittenForJson() {
    assertEquals("{a: '\\u000B\\u0000\\u0041\\'\\n', b: \"\\\\x\"}", JsStrings.asJson("{a: '\\v\\0\\x41\\'\\n', b: \"\\\\x\"}"));
    assertEquals("'ab'", JsStrings.asJson("'a\\\nb'"), "a line continuation is removed");
    assertEquals("'a\tb'", JsStrings.asJson("'a\tb'"), "a tab is allowed in a string");
  }

  @Test
  void whatJavaScriptReadsDifferentlyOrRefusesIsRefused() {
    for (String js : new String[] {"'a\nb'", "'\\101'", "'\\u{41}'", "'\\x4'", "{a: \\u0041}", "'oops\\"}) {
      assertThrows(IllegalArgumentException.class, () -> JsStrings.asJson(js), js);
    }
  }
}
