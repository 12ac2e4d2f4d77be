package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.tablebook.Golden.assertGolden;

import dev.tablebook.display.Renderers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Golden files for the three formats (src/test/resources/golden/tables), escaping, limits and speed-independent windows. */
class TableViewTest {

  static TableView trade() {
    Table trade = Table.create("trade_totals",
        IntColumn.create("year", 2014, 2015, 2023),
        DoubleColumn.create("total_usd_bn", 95.28, Double.NaN, 240.11),
        DoubleColumn.create("total_yoy_pct", 0.068, Double.NaN, 0.263),
        DateColumn.create("published", LocalDate.of(2015, 1, 13), null, LocalDate.of(2024, 1, 12)),
        StringColumn.create("note", "first | GAC", "<script>alert(1)</script>", "a *record*"));
    return TableView.of(trade)
        .format("total_usd_bn", CellFormat.currency("$", 1).suffix(" bn"))
        .format("total_yoy_pct", CellFormat.percent(1))
        .format("published", CellFormat.date("d MMM yyyy"))
        .caption("China–Russia trade")
        .source("GAC, via press reports");
  }

  @Test
  void htmlMatchesItsGoldenFile() throws IOException {
    assertGolden("tables/trade.html", trade().html() + "\n");
  }

  @Test
  void markdownMatchesItsGoldenFile() throws IOException {
    assertGolden("tables/trade.md", trade().markdown());
  }

  @Test
  void textMatchesItsGoldenFile() throws IOException {
    assertGolden("tables/trade.txt", trade().text());
  }

  @Test
  void everyCellIsEscapedInHtml() {
    String html = trade().html();
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
  }

  @Test
  void missingValuesAreShownAsMissing() {
    String html = trade().html();
    assertEquals(3, html.split("<td class=\"missing\">NA</td>", -1).length - 1, html);
    assertTrue(trade().markdown().contains("| *NA* |"));
  }

  @Test
  void wideTablesShowTheFirstAndLastColumns() {
    Table wide = Table.create("wide");
    IntStream.range(0, 30).forEach(c -> wide.addColumns(IntColumn.create("c" + c, new int[] {c})));
    String text = TableView.of(wide).maxColumns(4).caption(null).text();
    assertEquals("c0  c1  …  c28  c29\n--  --  -  ---  ---\n 0   1  …   28   29\n1 row × 30 columns\n", text);
  }

  @Test
  void headAndTailAreConfigurable() {
    Table numbers = Table.create("n", IntColumn.create("n", IntStream.range(0, 100).toArray()));
    String text = TableView.of(numbers).head(2).tail(1).caption(null).text();
    assertEquals("n\n--\n 0\n 1\n… 97 more rows …\n99\n100 rows × 1 column\n", text);
    assertEquals(100 + 4, TableView.of(numbers).allRows().text().split("\n").length, "caption, header, rule, every row, shape");
  }

  @Test
  void aTenMillionRowViewReadsOnlyTheRowsShown() {
    Table big = Table.create("big", IntColumn.create("n", IntStream.range(0, 10_000_000).toArray()));
    String html = TableView.of(big).format("n", CellFormat.decimals(0).thousands()).html();
    assertTrue(html.contains("… 9,999,985 more rows …"), html);
    assertTrue(html.contains("<td class=\"num\">9,999,999</td>"), html);
  }

  @Test
  void viewsRenderInNotebooksAsHtmlAndText() {
    var bundle = Renderers.global().render(trade());
    assertTrue(bundle.get("text/html").orElseThrow().contains("<caption>China–Russia trade</caption>"));
    assertTrue(bundle.plainText().endsWith("3 rows × 5 columns. Source: GAC, via press reports\n"), bundle.plainText());
  }

  @Test
  void unknownColumnsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trade().format("total", CellFormat.decimals(1)));
    assertTrue(e.getMessage().contains("No column 'total'"), e.getMessage());
  }

}
