package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.pdf.PdfChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Views as print-ready PDFs: pages with the header repeated and numbered, formats kept, nothing off the page. */
class TablePdfTest {

  /** 200 rows: year, an amount formatted as money, a name. */
  static TableView long200() {
    IntColumn id = IntColumn.create("row_id");
    DoubleColumn amount = DoubleColumn.create("amount_usd");
    StringColumn name = StringColumn.create("name");
    for (int i = 1; i <= 200; i++) {
      id.append(i);
      amount.append(i * 1234.5);
      name.append("item " + i);
    }
    return TableView.of(Table.create("long", id, amount, name)).allRows()
        .format("amount_usd", CellFormat.currency("$", 2))
        .caption("Two hundred rows").source("made up for the test");
  }

  @Test
  void aLongTableSpansPagesWithTheHeaderOnEachAndNumberedPages() throws Exception {
    PdfChecks pdf = PdfChecks.of(long200().pdf());
    int pages = pdf.pages();
    assertTrue(pages >= 3, "200 rows on several pages: " + pages);
    for (int p = 0; p < pages; p++) {
      String text = pdf.text(p);
      assertTrue(text.contains("row_id") && text.contains("amount_usd") && text.contains("name"), "the header on page " + (p + 1) + ": " + text);
      assertTrue(text.contains((p + 1) + " / " + pages), "page number on page " + (p + 1));
      PDRectangle box = pdf.mediaBox(p);
      assertEquals(595.28f, box.getWidth(), 0.01, "A4 portrait");
      assertEquals(841.89f, box.getHeight(), 0.01, "A4 portrait");
    }
    String first = pdf.text(0);
    String last = pdf.text(pages - 1);
    assertTrue(first.contains("Two hundred rows"), "the caption above: " + first);
    assertTrue(last.contains("200 rows × 3 columns. Source: made up for the test"), "shape and source below: " + last);
    String all = pdf.text();
    assertTrue(all.contains("$1,234.50") && all.contains("$246,900.00"), "amounts as the view formats them");
    for (int i = 1; i <= 200; i++) {
      assertTrue(all.contains("item " + i + "\n") || all.contains("item " + i + " ") || all.contains("item " + i + "\r"), "row " + i);
    }
    assertEquals(List.of(), pdf.outsideThePage());
    assertEquals(List.of(), pdf.unembeddedFonts(), "every font embedded");
    assertTrue(pdf.fonts().size() >= 2, "plain and bold: " + pdf.fonts());
    assertEquals(0, pdf.images());
  }

  @Test
  void aWideTableTurnsLandscapeShrinksAndWrapsWithNothingOffThePage() throws Exception {
    Table wide = Table.create("wide");
    for (int c = 0; c < 30; c++) {
      StringColumn column = StringColumn.create("a_rather_long_column_name_" + c);
      for (int r = 0; r < 12; r++) {
        column.append("value " + r + " of a column with quite long text in it, " + c);
      }
      wide.addColumns(column);
    }
    PdfChecks pdf = PdfChecks.of(TableView.of(wide).maxColumns(30).allRows().pdf());
    PDRectangle box = pdf.mediaBox(0);
    assertTrue(box.getWidth() > box.getHeight(), "landscape");
    assertEquals(List.of(), pdf.outsideThePage());
    String text = pdf.text();
    assertTrue(text.contains("12 rows × 30 columns"), text);
  }

  @Test
  void sixtyColumnsAndACellOfThousandsOfCharactersStayOnThePage() throws Exception {
    Table wide = Table.create("sixty");
    for (int c = 0; c < 60; c++) {
      wide.addColumns(StringColumn.create("column_" + c, "v" + c, "w" + c));
    }
    wide.stringColumn("column_3").set(0, "word ".repeat(1000) + "end");
    PdfChecks pdf = PdfChecks.of(TableView.of(wide).maxColumns(60).allRows().pdf());
    assertEquals(List.of(), pdf.outsideThePage());
    String text = pdf.text();
    assertTrue(text.contains("…"), "the long cell is cut, and says so");
    assertTrue(text.replaceAll("\\s+", "").contains("column_59"), "the last column is printed (wrapped in its narrow column)");
    for (int p = 0; p < pdf.pages(); p++) {
      assertTrue(pdf.text(p).contains((p + 1) + " / " + pdf.pages()), "the page number is there on page " + (p + 1));
    }
  }

  @Test
  void textTheEmbeddedFaceLacksIsDrawnWithTheJvmsFallbackFontsNotAsBoxes() throws Exception {
    Table table = Table.create("t", StringColumn.create("country", "中国", "Russia"));
    PdfChecks pdf = PdfChecks.of(TableView.of(table).pdf());
    assertEquals(List.of(), pdf.unembeddedFonts());
    assertEquals(List.of(), pdf.outsideThePage());
    assertTrue(pdf.text().contains("Russia"));
    java.awt.Font embedded = dev.tablebook.pdf.PdfPages.font(false, 9);
    boolean machineHasCjk = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9).canDisplayUpTo("中国") == -1;
    if (machineHasCjk) { // where no font has the glyphs, nothing can draw them
      assertEquals(-1, PdfTableLayout.fontFor("中国", embedded).canDisplayUpTo("中国"), "the JVM's sans-serif, with its fallbacks");
    }
  }

  @Test
  void aNarrowTableStaysPortraitOnOnePage() throws Exception {
    PdfChecks pdf = PdfChecks.of(TableViewTest.trade().pdf());
    assertEquals(1, pdf.pages());
    assertTrue(pdf.mediaBox(0).getHeight() > pdf.mediaBox(0).getWidth(), "portrait");
    String text = pdf.text();
    assertTrue(text.contains("China–Russia trade"), text);
    assertTrue(text.contains("$240.1 bn") && text.contains("26.3%") && text.contains("12 Jan 2024"), text);
    assertTrue(text.contains("1 / 1"), text);
  }

  @Test
  void aHeadAndTailViewShowsTheGapRow() throws Exception {
    String text = PdfChecks.of(long200().head(3).tail(2).pdf()).text();
    assertTrue(text.contains("… 195 more rows …"), text);
  }

  @Test
  void saveChoosesTheFormatByExtension(@TempDir Path dir) throws Exception {
    TableView view = TableViewTest.trade();
    assertEquals("%PDF-", new String(Files.readAllBytes(view.save(dir.resolve("t.pdf"))), 0, 5, StandardCharsets.US_ASCII));
    assertTrue(Files.readString(view.save(dir.resolve("t.html"))).contains(view.html()));
    assertEquals(view.markdown(), Files.readString(view.save(dir.resolve("t.md"))));
    assertEquals(view.text(), Files.readString(view.save(dir.resolve("t.TXT"))));
    assertEquals(TableFormat.CSV.render(view.table()), Files.readString(view.save(dir.resolve("t.csv"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.save(dir.resolve("t.xlsx")));
    assertTrue(e.getMessage().contains("t.xlsx") && e.getMessage().contains(".pdf, .html, .md (Markdown), .txt or .csv"), e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(5, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void anUnwritableTargetFailsNamingTheFileAndWritesNothing(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
    IOException e = assertThrows(IOException.class, () -> long200().save(notAFolder.resolve("t.pdf")));
    assertTrue(e.getMessage().contains("t.pdf"), e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "nothing half-written");
    }
  }
}
