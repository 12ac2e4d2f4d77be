package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderers;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableRendererTest {

  private static Table numbers(int rows) {
    return Table.create("numbers", IntColumn.create("n", IntStream.range(0, rows).toArray()));
  }

  @Test
  void tablesAreFoundThroughServiceLoaderAsHtmlAndText() {
    MimeBundle bundle = Renderers.global().render(numbers(3));
    assertEquals(java.util.List.of("text/html", "text/plain"), java.util.List.copyOf(bundle.data().keySet()));
    assertTrue(bundle.get("text/html").orElseThrow().contains("<caption>numbers</caption>"));
    assertEquals("numbers\nn\n-\n0\n1\n2\n3 rows × 1 column\n", bundle.plainText());
  }

  @Test
  void aLongTableShowsHeadGapAndTail() {
    MimeBundle bundle = Renderers.global().render(numbers(25));
    String text = bundle.plainText();
    assertTrue(text.startsWith("numbers\nn\n--\n 0\n 1\n"), text);
    assertTrue(text.contains(" 9\n… 10 more rows …\n20\n"), text);
    assertTrue(text.endsWith("24\n25 rows × 1 column\n"), text);
    String html = bundle.get("text/html").orElseThrow();
    assertTrue(html.contains("<tr class=\"gap\"><td colspan=\"1\">… 10 more rows …</td></tr>"), html);
    assertEquals(15, html.split("<td class=\"num\">", -1).length - 1, "10 head + 5 tail rows");
  }

  @Test
  void cellTextIsEscaped() {
    Table evil = Table.create("<b>name</b>", StringColumn.create("<th>", "<script>alert(1)</script>", "a & b"));
    String html = Renderers.global().render(evil).get("text/html").orElseThrow();
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("<th>&lt;th&gt;</th>"), html);
    assertTrue(html.contains("a &amp; b"), html);
    assertTrue(html.contains("<caption>&lt;b&gt;name&lt;/b&gt;</caption>"), html);
  }

  @Test
  void aTenMillionRowTableRendersOnlyTheRowsShown() {
    MimeBundle bundle = Renderers.global().render(numbers(10_000_000));
    assertTrue(bundle.plainText().contains("… 9,999,985 more rows …"), bundle.plainText());
    assertTrue(bundle.plainText().endsWith("10,000,000 rows × 1 column\n"));
  }
}
