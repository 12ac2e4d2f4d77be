package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class ChartRendererTest {

  @Test
  void chartsShowAsPlotlyWithVegaLiteSvgAndPngFallbacksAndADescription() {
    MimeBundle bundle = Renderers.global().render(PlotlyJsonTest.annotatedBar());
    assertEquals(List.of(Plotly.MIME_TYPE, "application/vnd.vegalite.v5+json", "image/svg+xml", "image/png", "text/plain"),
        List.copyOf(bundle.data().keySet()));
    assertEquals("Bar chart \"Trade\": total_usd_bn by year, 4 points", bundle.plainText());
    assertEquals(PlotlyJsonTest.annotatedBar().vegaLiteJson(), bundle.get("application/vnd.vegalite.v5+json").orElseThrow());
  }

  @Test
  void thePngFallbackIsTheDrawnChartAtItsSize() throws Exception {
    MimeBundle bundle = Renderers.global().render(PlotlyJsonTest.annotatedBar().size(640, 360));
    byte[] png = Base64.getDecoder().decode(bundle.get("image/png").orElseThrow());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(640, image.getWidth());
    assertEquals(360, image.getHeight());
    int background = image.getRGB(0, 0);
    int drawn = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        colours.add(rgb);
        drawn += rgb == background ? 0 : 1;
      }
    }
    assertTrue(drawn > image.getWidth() * image.getHeight() / 50, "bars, axes and text cover more than 2%: " + drawn + " pixels");
    assertTrue(colours.size() > 20, "bar colours, the highlight and anti-aliased text: " + colours.size() + " colours");
  }

  @Test
  void jsplotFiguresShowAsPlotlyWithTitlesForPlotly3AndAsHtml() throws Exception {
    Figure figure = PlotlyJsonTest.annotatedBar().toFigure();
    MimeBundle bundle = Renderers.global().render(figure);
    assertEquals(List.of(Plotly.MIME_TYPE, "text/html", "text/plain"), List.copyOf(bundle.data().keySet()));
    JsonNode json = new ObjectMapper().readTree(bundle.get(Plotly.MIME_TYPE).orElseThrow());
    assertEquals("Trade", json.path("layout").path("title").path("text").asText());
    assertEquals("bar", json.path("data").path(0).path("type").asText());
    String html = bundle.get("text/html").orElseThrow();
    assertTrue(html.contains("<div id=\"tablebook_figure_"), html);
    assertTrue(html.contains("o.title={text:o.title}"), html);
    assertTrue(html.contains("needs plotly.js"), "says so when plotly.js is missing");
    assertEquals("Plotly figure \"Trade\" with 1 trace(s)", bundle.plainText());
  }

  @Test
  void aJsplotFigureThatCannotBeReadAsJsonShowsAsHtmlOnly() {
    Figure figure = new Figure(tech.tablesaw.plotly.components.Layout.builder("two\nlines").build(),
        tech.tablesaw.plotly.traces.BarTrace.builder(new Object[] {"a"}, new double[] {1}).build());
    MimeBundle bundle = Renderers.global().render(figure);
    assertEquals(List.of("text/html", "text/plain"), List.copyOf(bundle.data().keySet()));
  }
}
