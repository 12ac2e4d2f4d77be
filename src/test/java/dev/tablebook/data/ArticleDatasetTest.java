package dev.tablebook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The committed data package itself: valid, complete, and every fact traceable. */
class ArticleDatasetTest {
  private static final Path DATASETS = Path.of("datasets");
  private final DataPackage pkg = Datasets.open(DATASETS);

  @Test
  void thePackageValidates() {
    assertEquals(List.of(), pkg.validate());
    assertEquals(List.of("article_sentences", "trade_totals", "crude_oil_import_totals", "crude_oil_imports",
        "delegation", "events", "claims"), pkg.tableNames());
  }

  @Test
  void theSentencesRebuildTheArticleExactly() throws IOException {
    String article = Files.readString(DATASETS.resolve("article.txt"), StandardCharsets.UTF_8);
    Table sentences = pkg.table("article_sentences");
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < sentences.rowCount(); i++) {
      int paragraph = sentences.intColumn("paragraph").get(i);
      String text = sentences.stringColumn("text").get(i);
      assertEquals(paragraph + "." + sentences.intColumn("sentence").get(i), sentences.stringColumn("ref").get(i));
      if (paragraph > paragraphs.size()) {
        paragraphs.add(text);
      } else {
        paragraphs.set(paragraph - 1, paragraphs.get(paragraph - 1) + " " + text);
      }
    }
    assertEquals(article.strip(), String.join("\n", paragraphs));
  }

  @Test
  void everyRowCarriesASourceOrIsExplicitlyUnverified() {
    for (String name : pkg.tableNames()) {
      Table table = pkg.table(name);
      if (!table.columnNames().contains("source_url")) {
        continue;
      }
      for (int row = 0; row < table.rowCount(); row++) {
        boolean sourced = !table.stringColumn("source_url").isMissing(row);
        boolean cited = table.columnNames().contains("article_ref") && !table.stringColumn("article_ref").isMissing(row);
        assertTrue(sourced || cited, name + " row " + (row + 1) + " has neither source_url nor article_ref");
      }
    }
  }

  @Test
  void theBundledCopyIsTheWorkingTreeCopy() {
    DataPackage bundled = Datasets.bundled();
    assertEquals(List.of(), bundled.validate());
    for (String name : pkg.tableNames()) {
      assertEquals(pkg.table(name).print(Integer.MAX_VALUE), bundled.table(name).print(Integer.MAX_VALUE), name);
    }
  }

  @Test
  void anExplicitDirectoryWinsOverTheWorkingTree() {
    PackageSource source = Datasets.locate(Fixtures.dir("broken"));
    assertFalse(source.toString().equals("datasets"), source.toString());
    assertTrue(source.toString().endsWith("broken"), source.toString());
    assertEquals("datasets", Datasets.locate(null).toString());
  }
}
