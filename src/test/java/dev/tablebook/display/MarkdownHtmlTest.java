package dev.tablebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void rawHtmlIsShownAsTextAndOnlySafeUrlsStay() {
    String html = MarkdownHtml.render("""
        <img src=x onerror="alert(1)"> and <script>alert(2)</script> inline

        <div onclick="alert(3)">a block of HTML</div>

        [upper](JaVaScRiPt:alert(4)) [entity](&#106;avascript:alert(5)) [tab](<java	script:alert(6)>) <javascript:alert(7)>
        [page](data:text/html,<b>x</b>) [vb](vbscript:msgbox) ![pixel](data:image/png;base64,iVBORw0KGgo=) ![svg](javascript:alert(8))
        [ok](https://example.org/a?b=1) [mail](mailto:a@example.org) [relative](other.html#part) ![local](chart.png)
        """);
    assertTrue(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; and &lt;script&gt;alert(2)&lt;/script&gt; inline"), html);
    assertTrue(html.contains("&lt;div onclick=&quot;alert(3)&quot;&gt;a block of HTML&lt;/div&gt;"), html);
    String tags = html.replaceAll("&[a-z]+;", "_");
    for (String unsafe : List.of("<img src=x", "<script", "<div", "onerror=\"", "onclick=\"", "=\"javascript:", "=\"vbscript:", "=\"data:text")) {
      assertFalse(tags.toLowerCase(java.util.Locale.ROOT).contains(unsafe), unsafe + " in " + html);
    }
    for (String dropped : List.of("upper", "entity", "tab", "page", "vb")) {
      assertTrue(html.contains("href=\"\">" + dropped + "</a>"), dropped + ": " + html);
    }
    assertTrue(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"pixel\" />"), "an embedded image stays: " + html);
    assertTrue(html.contains("<img src=\"\" alt=\"svg\" />"), html);
    assertTrue(html.contains("href=\"https://example.org/a?b=1\">ok</a>") && html.contains("href=\"mailto:a@example.org\">mail</a>")
        && html.contains("href=\"other.html#part\">relative</a>") && html.contains("<img src=\"chart.png\" alt=\"local\" />"), html);
  }
}
