package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /** A notebook of one Markdown cell, {@code # title}, written as {@code folder/name}. */
  static Path titled(Path folder, String name, String title) throws Exception {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), """
        {"cells": [{"cell_type": "markdown", "id": "t", "metadata": {}, "source": ["# %s"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """.formatted(title));
  }

  @Test
  void notebooksOfTheSameFileNameGetAPageEachAndTheIndexSaysWhichIsWhich(@TempDir Path dir) throws Exception {
    Path first = titled(dir.resolve("executed-1"), "a.ipynb", "First");
    Path second = titled(dir.resolve("executed-2"), "a.ipynb", "Second");
    Path third = titled(dir.resolve("executed-3"), "A.ipynb", "Third"); // one file on a file system that ignores case
    Path other = titled(dir.resolve("executed-3"), "b.ipynb", "Other");
    Path out = dir.resolve("report");
    String index = Files.readString(new ReportWriter(out, true).write(List.of(first, second, third, other)));
    assertTrue(index.contains("<a href=\"a.html\">First</a> <span class=\"path\">" + first.toString().replace('\\', '/')), index);
    assertTrue(index.contains("<a href=\"a-2.html\">Second</a> <span class=\"path\">" + second.toString().replace('\\', '/')), index);
    assertTrue(index.contains("<a href=\"A-3.html\">Third</a> <span class=\"path\">"), index);
    assertTrue(index.contains("<a href=\"b.html\">Other</a></li>"), "a file name nobody shares needs no path: " + index);
    assertTrue(Files.readString(out.resolve("a.html")).contains("<h1>First</h1>"));
    assertTrue(Files.readString(out.resolve("a-2.html")).contains("<h1>Second</h1>"));
    assertTrue(Files.readString(out.resolve("A-3.html")).contains("<h1>Third</h1>"));
    try (var files = Files.list(out)) {
      assertEquals(List.of("A-3.html", "a-2.html", "a.html", "b.html", "index.html"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aNotebookNamedIndexDoesNotReplaceTheIndex(@TempDir Path dir) throws Exception {
    Path named = titled(dir, "index.ipynb", "Start here");
    Path upper = titled(dir.resolve("more"), "INDEX.ipynb", "Also here");
    Path out = dir.resolve("report");
    Path index = new ReportWriter(out, true).write(List.of(named, upper));
    assertEquals(out.resolve("index.html"), index);
    String html = Files.readString(index);
    assertTrue(html.contains("<h1>Notebooks</h1>") && html.contains("<a href=\"index-2.html\">Start here</a>")
        && html.contains("<a href=\"INDEX-3.html\">Also here</a>"), html);
    assertTrue(Files.readString(out.resolve("index-2.html")).contains("<h1>Start here</h1>"));
    assertTrue(Files.readString(out.resolve("INDEX-3.html")).contains("<a href=\"index.html\">All notebooks</a>"));
  }

  @Test
  void codeCanBeLeftOut(@TempDir Path out) throws Exception {
    new ReportWriter(out, false).write(List.of(fixture("chart.ipynb")));
    String page = Files.readString(out.resolve("chart.html"));
    assertFalse(page.contains("class=\"code\""));
    assertTrue(page.contains("a warning"));
  }
}
