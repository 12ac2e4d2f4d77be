package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Static SVG and PNG drawn without a browser: well-formed, titled, one shape per bar, at the asked size. */
class StaticImagesTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(Document svg, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET)).getLength();
  }

  @Test
  void anSvgBarChartHasItsTitleAndOneShapePerBar() throws Exception {
    Document svg = parse(PlotlyJsonTest.annotatedBar().svg());
    assertEquals(1, count(svg, "//text[.='Trade']"), "the title");
    assertEquals(1, count(svg, "//text[.='Record']"), "the annotation");
    assertEquals(1, count(svg, "//text[.='USD bn']"), "the rotated axis title, as text");
    assertEquals(1, count(svg, "//text[.='2015']"), "every category label, even without a value");
    assertEquals(3, count(svg, "//g[contains(@ref, 'columnKey') or contains(@*[local-name()='ref'], 'columnKey')]"),
        "one group per bar with a value (2015 has none)");
  }

  @Test
  void groupedBarsDrawOneShapePerSeriesAndCategory() throws Exception {
    Document svg = parse(Charts.groupedBar(ChartFixtures.trade(), "year", "exports_usd_bn", "imports_usd_bn").svg());
    assertEquals(6, count(svg, "//g[contains(@*[local-name()='ref'], 'columnKey')]"), "3 years with values × 2 series");
  }

  /** Found in the classic Notebook, which puts every SVG inline in one page: ids shared across charts drew later charts wrong. */
  @Test
  void twoChartsShareNoSvgIdAndOneChartAlwaysGetsTheSameIds() throws Exception {
    Chart line = Charts.line(ChartFixtures.trade(), "year", "total_usd_bn");
    Chart bar = Charts.stackedBar(ChartFixtures.trade(), "year", "exports_usd_bn", "imports_usd_bn");
    java.util.Set<String> lineIds = ids(line.svg());
    java.util.Set<String> barIds = ids(bar.svg());
    assertTrue(!lineIds.isEmpty() && !barIds.isEmpty(), "the charts have clip paths: " + lineIds + " " + barIds);
    java.util.Set<String> shared = new java.util.HashSet<>(lineIds);
    shared.retainAll(barIds);
    assertEquals(java.util.Set.of(), shared, "no id in both charts");
    assertEquals(lineIds, ids(Charts.line(ChartFixtures.trade(), "year", "total_usd_bn").svg()), "the same chart, the same ids");
  }

  private static java.util.Set<String> ids(String svg) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile(" id=[\"']([^\"']+)[\"']").matcher(svg);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  @Test
  void everyKindDrawsAsSvgAndPngAtTheAskedSize() throws Exception {
    Chart[] charts = {
        Charts.stackedBar(ChartFixtures.trade(), "year", "exports_usd_bn", "imports_usd_bn"),
        Charts.ranking(ChartFixtures.suppliers(), "supplier", "volume_mt").flag("disputed", "true", "disputed"),
        Charts.line(ChartFixtures.trade(), "year", "total_usd_bn"),
        Charts.area(ChartFixtures.trade(), "year", "total_usd_bn"),
        Charts.scatter(ChartFixtures.trade(), "exports_usd_bn", "imports_usd_bn"),
        Charts.pie(ChartFixtures.suppliers(), "supplier", "volume_mt").highlight("Russia"),
        Charts.donut(ChartFixtures.suppliers(), "supplier", "volume_mt"),
    };
    for (Chart chart : charts) {
      Chart sized = chart.title("A chart").size(640, 360);
      assertEquals(1, count(parse(sized.svg()), "//text[.='A chart']"), chart.toString());
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(sized.png()));
      assertEquals(640, png.getWidth(), chart.toString());
      assertEquals(360, png.getHeight(), chart.toString());
    }
  }

  @Test
  void saveChoosesTheFormatByExtensionAndRefusesUnknownOnes(@TempDir Path dir) throws Exception {
    Chart chart = PlotlyJsonTest.annotatedBar();
    assertTrue(Files.readString(chart.save(dir.resolve("c.svg"))).startsWith("<?xml"));
    assertEquals(800, ImageIO.read(chart.save(dir.resolve("c.png")).toFile()).getWidth());
    assertEquals(chart.plotlyJson() + "\n", Files.readString(chart.save(dir.resolve("c.json"))));
    assertEquals(chart.vegaLiteJson() + "\n", Files.readString(chart.save(dir.resolve("c.VL.json"))));
    String page = Files.readString(chart.save(dir.resolve("c.html")));
    assertTrue(page.contains("<script src=\"" + PlotlyJs.FILE_NAME + "\""), page);
    assertTrue(Files.size(dir.resolve(PlotlyJs.FILE_NAME)) > 1_000_000, "plotly.js written beside the page");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chart.save(dir.resolve("c.gif")));
    assertTrue(e.getMessage().contains(".html, .svg, .png, .pdf, .json (Plotly) or .vl.json (Vega-Lite)"), e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(6, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void aMillionPointLineIsDownsampledAndSaysSo() throws Exception {
    Random random = new Random(42);
    double[] x = new double[1_000_000];
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = Math.sin(i / 5_000.0) + random.nextGaussian() * 0.05;
    }
    Chart line = Charts.line(Table.create("walk", DoubleColumn.create("x", x), DoubleColumn.create("y", y)), "x", "y");
    assertTrue(line.toString().endsWith("1,000,000 points (5,000 shown)"), line.toString());
    assertTrue(line.plotlyJson().contains("Showing 5,000 of 1,000,000 points (downsampled with LTTB)"));
    assertEquals(1, count(parse(line.maxPoints(1_000).svg()), "//text[.='Showing 1,000 of 1,000,000 points (downsampled with LTTB)']"));
    assertTrue(line.allPoints().toString().endsWith("1,000,000 points"), "downsampling can be turned off");
  }
}
