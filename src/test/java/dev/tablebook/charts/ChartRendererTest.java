package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderers;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class ChartRendererTest {

  @Test
  void chartsShowAsPlotlyWithAnSvgFallbackAndADescription() {
    MimeBundle bundle = Renderers.global().render(PlotlyJsonTest.annotatedBar());
    assertEquals(List.of(Plotly.MIME_TYPE, "image/svg+xml", "text/plain"), List.copyOf(bundle.data().keySet()));
    assertEquals("Bar chart \"Trade\": total_usd_bn by year, 4 points", bundle.plainText());
  }

  @Test
  void jsplotFiguresShowAsHtmlThatFixesTitlesForPlotly3() {
    Figure figure = PlotlyJsonTest.annotatedBar().toFigure();
    MimeBundle bundle = Renderers.global().render(figure);
    String html = bundle.get("text/html").orElseThrow();
    assertTrue(html.contains("<div id=\"tablebook-figure-"), html);
    assertTrue(html.contains("o.title={text:o.title}"), html);
    assertTrue(html.contains("needs plotly.js"), "says so when plotly.js is missing");
    assertEquals("Plotly figure \"Trade\" with 1 trace(s)", bundle.plainText());
  }
}
