package dev.tablebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A Markdown display carries its HTML rendering, which an untrusted classic Notebook draws instead of the source. */
class MarkdownHtmlTest {
  @Test
  void aMarkdownDisplayCarriesItsHtmlWithTablesAndSafeLinks() {
    MimeBundle bundle = Display.markdown("**Record** year\n\n| year | total |\n|---|---:|\n| 2023 | 240.1 |\n\n[x](javascript:alert(1))");
    assertEquals(java.util.List.of(MimeBundle.TEXT_MARKDOWN, MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN),
        java.util.List.copyOf(bundle.data().keySet()));
    String html = bundle.data().get(MimeBundle.TEXT_HTML);
    assertTrue(html.contains("<strong>Record</strong> year"), html);
    assertTrue(html.contains("<td align=\"right\">240.1</td>"), html);
    assertTrue(html.contains("href=\"\""), "a javascript: link is dropped: " + html);
  }
}
