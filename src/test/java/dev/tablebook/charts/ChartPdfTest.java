package dev.tablebook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.pdf.PdfChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Charts as vector PDFs: the SVG's drawing, text searchable in embedded fonts, no raster, nothing off the page. */
class ChartPdfTest {

  @Test
  void theArticleTradeChartHasItsTitleSourceAndNoteAsText() throws Exception {
    PdfChecks pdf = PdfChecks.of(ChartFixtures.article().get("trade_totals").pdf());
    String text = pdf.text();
    assertEquals(1, pdf.pages());
    assertTrue(text.contains("China–Russia trade in goods, 2013–2025"), text);
    assertTrue(text.contains("Source: China's General Administration of Customs (GAC)"), text);
    assertTrue(text.contains("Record cited by the article: $240.1 bn"), "the annotation: " + text);
  }

  @Test
  void aFlaggedChartShowsTheFlagNoteAndStarredLabels() throws Exception {
    String text = PdfChecks.of(ChartFixtures.everyKind().get("ranking").pdf()).text();
    assertTrue(text.contains("disputed figure"), text);
    assertTrue(text.contains("<b>Oman</b>*"), "the flagged label, markup as plain text: " + text);
  }

  @Test
  void thePageIsTheChartsSizeInPoints() throws Exception {
    PDRectangle box = PdfChecks.of(ChartFixtures.everyKind().get("bar").size(640, 360).pdf()).mediaBox(0);
    assertEquals(640, box.getWidth(), 0.001);
    assertEquals(360, box.getHeight(), 0.001);
  }

  @Test
  void everyKindIsVectorWithEmbeddedFontsAndNoTextOffThePage() throws Exception {
    for (Map<String, Chart> charts : List.of(ChartFixtures.everyKind(), ChartFixtures.article())) {
      for (Map.Entry<String, Chart> chart : charts.entrySet()) {
        PdfChecks pdf = PdfChecks.of(chart.getValue().pdf());
        assertEquals(0, pdf.images(), chart.getKey() + ": no raster image");
        assertEquals(List.of(), pdf.unembeddedFonts(), chart.getKey() + ": every font embedded");
        assertTrue(!pdf.fonts().isEmpty(), chart.getKey() + ": text is text, in a font");
        assertEquals(List.of(), pdf.outsideThePage(), chart.getKey());
      }
    }
  }

  /**
   * A chart without rows shows as an empty plot, and its bytes are the same empty drawing in every form; saving
   * it to a file is refused with a line naming the file, for every format, and nothing is written.
   */
  @Test
  void anEmptyChartIsAnEmptyDrawingButIsNotSaved(@TempDir Path dir) throws Exception {
    Chart empty = Charts.bar(Table.create("none", IntColumn.create("year"), DoubleColumn.create("total")), "year", "total")
        .title("Nothing yet");
    assertTrue(empty.svg().contains("Nothing yet"));
    PdfChecks pdf = PdfChecks.of(empty.pdf());
    assertEquals(1, pdf.pages());
    assertTrue(pdf.text().contains("Nothing yet"), pdf.text());
    for (String name : List.of("empty.pdf", "empty.svg", "empty.png")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> empty.save(dir.resolve(name)));
      assertEquals("Cannot save " + name + ": the chart has no rows to draw (table 'none' is empty)", refused.getMessage());
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing written");
    }
  }

  @Test
  void saveWritesAPdfWholeOrNotAtAll(@TempDir Path dir) throws Exception {
    Chart chart = PlotlyJsonTest.annotatedBar();
    Path file = chart.save(dir.resolve("c.PDF"));
    assertTrue(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
    IOException e = assertThrows(IOException.class, () -> chart.save(notAFolder.resolve("c.pdf")));
    assertTrue(e.getMessage().contains("c.pdf"), e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "nothing half-written beside the files");
    }
  }
}
