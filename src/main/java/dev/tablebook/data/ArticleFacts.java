package dev.tablebook.data;

import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The article's facts as Tablesaw tables, for notebook cells: {@code ArticleFacts.tradeTotals()}.
 * The data package is found by {@link Datasets} and validated once per JVM; every call returns a
 * fresh copy, so a cell may change its table without affecting the next.
 *
 * @since 0.1
 */
public final class ArticleFacts {
  private static DataPackage facts;

  private ArticleFacts() {}

  /** The package the facts come from (found and opened on first use). */
  public static synchronized DataPackage dataPackage() {
    if (facts == null) {
      facts = Datasets.open();
    }
    return facts;
  }

  /** China–Russia trade in goods by year, 2013–2025, USD billion (GAC). */
  public static Table tradeTotals() {
    return table("trade_totals");
  }

  /** China's crude-oil imports by supplier in {@code year}, ranked (unranked suppliers last). */
  public static Table crudeOilImports(int year) {
    Table all = table("crude_oil_imports");
    Table ofYear = all.where(all.intColumn("year").isEqualTo(year));
    if (ofYear.isEmpty()) {
      throw new IllegalArgumentException("no crude-oil figures for " + year + "; years: " + years(all));
    }
    IntColumn rank = ofYear.intColumn("rank");
    IntColumn order = IntColumn.create("order");
    for (int i = 0; i < ofYear.rowCount(); i++) {
      order.append(rank.isMissing(i) ? Integer.MAX_VALUE : rank.getInt(i));
    }
    return ofYear.addColumns(order).sortAscendingOn("order").removeColumns("order").setName("crude_oil_imports_" + year);
  }

  /** China's total crude-oil imports per year, million tonnes. */
  public static Table crudeOilImportTotals() {
    return table("crude_oil_import_totals");
  }

  /** The supplier ranked first in {@code year}, such as "Russia" for 2023. */
  public static String topCrudeSupplier(int year) {
    Table ranked = crudeOilImports(year);
    Table first = ranked.where(ranked.intColumn("rank").isEqualTo(1));
    if (first.rowCount() != 1) {
      throw new IllegalStateException("no single supplier ranked first in " + year);
    }
    return first.stringColumn("supplier").get(0);
  }

  /** The Russian delegation, including people the article does not name. */
  public static Table delegation() {
    return table("delegation");
  }

  /** The dated timeline, oldest first. */
  public static Table events() {
    return table("events").sortAscendingOn("date");
  }

  /** The article's checkable claims with their verdicts. */
  public static Table claims() {
    return table("claims");
  }

  /** The article, one row per sentence. */
  public static Table articleSentences() {
    return table("article_sentences");
  }

  /** The text of an article sentence by reference, such as {@code "8.1"}. */
  public static String sentence(String ref) {
    Table sentences = articleSentences();
    StringColumn refs = sentences.stringColumn("ref");
    int row = refs.indexOf(ref);
    if (row < 0) {
      throw new IllegalArgumentException("no sentence \"" + ref + "\" in the article; refs: "
          + String.join(", ", refs.asList()));
    }
    return sentences.stringColumn("text").get(row);
  }

  private static Table table(String name) {
    return dataPackage().table(name);
  }

  private static String years(Table table) {
    List<Integer> years = table.intColumn("year").asList();
    return new TreeSet<>(years).toString();
  }
}
