package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static Path fixture(String name) throws Exception {
    return Path.of(ReportWriterTest.class.getResource("/notebooks/" + name).toURI());
  }

  @Test
  void aPagePerNotebookAndAnIndexWithEverythingEscaped(@TempDir Path out) throws Exception {
    Path index = new ReportWriter(out, true).write(List.of(fixture("chart.ipynb"), fixture("saved-by-nbformat.ipynb")));
    String indexHtml = Files.readString(index);
    assertTrue(indexHtml.contains("<a href=\"chart.html\">Chart check</a>"), indexHtml);
    assertTrue(indexHtml.contains("<a href=\"saved-by-nbformat.html\">Trade — «торговля» 貿易</a>"), indexHtml);
    String page = Files.readString(out.resolve("chart.html"));
    assertTrue(page.contains("A &lt;script&gt;alert('markdown')&lt;/script&gt; stays text."), "raw HTML in Markdown is escaped");
    assertTrue(page.contains("<pre>&lt;b&gt;not bold&lt;/b&gt;</pre>"), "text output is escaped");
    assertTrue(page.contains("\\u003c/script>"), "JSON in a script cannot close it");
    assertFalse(page.contains("</script><b>"));
    assertTrue(page.contains("<script src=\"plotly.js\"></script>"));
    assertTrue(Files.size(out.resolve(ReportWriter.PLOTLY)) > 1_000_000, "plotly.js is copied for offline use");
    assertFalse(Files.readString(out.resolve("saved-by-nbformat.html")).contains("plotly.js"), "only pages with charts load it");
  }

  @Test
  void codeCanBeLeftOut(@TempDir Path out) throws Exception {
    new ReportWriter(out, false).write(List.of(fixture("chart.ipynb")));
    String page = Files.readString(out.resolve("chart.html"));
    assertFalse(page.contains("class=\"code\""));
    assertTrue(page.contains("a warning"));
  }
}
