package dev.tablebook.article;

import dev.tablebook.charts.Chart;
import dev.tablebook.charts.Charts;
import dev.tablebook.data.ArticleFacts;
import dev.tablebook.tables.CellFormat;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The charts of the article's facts, each drawn from the validated data package with its source:
 * trade totals, exports against imports, the crude-oil supplier ranking, Russia against Saudi
 * Arabia, the delegation by sector and the timeline of events.
 *
 * @since 0.2
 */
public final class ArticleCharts {
  /** The year the article calls a record for China–Russia trade. */
  public static final int RECORD_YEAR = 2023;
  private static final CellFormat USD_BN = CellFormat.currency("$", 1).suffix(" bn");
  private static final CellFormat MT = CellFormat.decimals(1).suffix(" Mt");
  private static final String CUSTOMS = "China's General Administration of Customs (GAC), as reported by the press";

  private ArticleCharts() {}

  /** China–Russia trade by year: one bar per year, years without a US dollar figure left empty, the record annotated. */
  public static Chart tradeTotals() {
    Table trade = ArticleFacts.tradeTotals();
    double record = trade.where(trade.intColumn("year").isEqualTo(RECORD_YEAR)).doubleColumn("total_usd_bn").get(0);
    return Charts.bar(trade, "year", "total_usd_bn")
        .title("China–Russia trade in goods, " + span(trade))
        .xTitle("Year").yTitle("Total trade (USD billion)")
        .valueFormat(USD_BN)
        .annotate(String.valueOf(RECORD_YEAR), "Record cited by the article: " + USD_BN.format(record))
        .highlight(String.valueOf(RECORD_YEAR))
        .source(CUSTOMS + "; no USD total was published for 2015");
  }

  /** China's exports to Russia against its imports from Russia, by year. */
  public static Chart exportsVsImports() {
    Table trade = ArticleFacts.tradeTotals().selectColumns("year", "china_exports_usd_bn", "china_imports_usd_bn");
    trade.column("china_exports_usd_bn").setName("China's exports to Russia");
    trade.column("china_imports_usd_bn").setName("China's imports from Russia");
    return Charts.groupedBar(trade, "year", "China's exports to Russia", "China's imports from Russia")
        .title("China's exports to and imports from Russia")
        .xTitle("Year").yTitle("USD billion")
        .valueFormat(USD_BN)
        .source(CUSTOMS + "; years without a split are left empty");
  }

  /** China's crude-oil suppliers in {@code year}, ranked, Russia highlighted and disputed figures marked. */
  public static Chart crudeOilRanking(int year) {
    Table suppliers = ArticleFacts.crudeOilImports(year);
    return Charts.ranking(suppliers, "supplier", "volume_mt")
        .title("China's crude-oil imports by supplier, " + year)
        .xTitle("Supplier").yTitle("Million tonnes")
        .valueFormat(MT)
        .highlight("Russia")
        .flag("status", "disputed", "Disputed figure: the sources disagree (see the note column)")
        .source(CUSTOMS);
  }

  /** Russia against Saudi Arabia, the two largest suppliers, in every year the package has. */
  public static Chart russiaVsSaudiArabia() {
    Table all = ArticleFacts.dataPackage().table("crude_oil_imports");
    Table two = all.where(all.stringColumn("supplier").isIn("Russia", "Saudi Arabia"))
        .sortAscendingOn("year", "supplier");
    return Charts.groupedBar(two, "year", "volume_mt").by("supplier")
        .title("Russia overtakes Saudi Arabia as China's top crude supplier")
        .xTitle("Year").yTitle("Million tonnes")
        .valueFormat(MT)
        .source(CUSTOMS);
  }

  /** The delegation by sector, split into people the article names and people it leaves out. */
  public static Chart delegationBySector() {
    Table people = ArticleFacts.delegation();
    StringColumn sectors = StringColumn.create("sector");
    IntColumn named = IntColumn.create("Named in the article");
    IntColumn unnamed = IntColumn.create("Not named");
    for (int row = 0; row < people.rowCount(); row++) {
      String sector = people.stringColumn("sector").get(row);
      int i = sectors.indexOf(sector);
      if (i < 0) {
        sectors.append(sector);
        named.append(0);
        unnamed.append(0);
        i = sectors.size() - 1;
      }
      IntColumn counted = people.booleanColumn("named_in_article").get(row) ? named : unnamed;
      counted.set(i, counted.getInt(i) + 1);
    }
    Table bySector = Table.create("delegation_by_sector", sectors, named, unnamed);
    return Charts.stackedBar(bySector, "sector", "Named in the article", "Not named")
        .title("The Russian delegation by sector")
        .xTitle("Sector").yTitle("People")
        .source("Kremlin briefings and press reports on the delegation");
  }

  /** The events from the "no limits" statement to the Harbin expo. */
  public static Chart timeline() {
    return Charts.timeline(ArticleFacts.events(), "date", "event")
        .spans("end_date")
        .title("From \"no limits\" to the Harbin expo")
        .source("Kremlin, press reports; one link per event in events.csv");
  }

  private static String span(Table trade) {
    IntColumn years = trade.intColumn("year");
    return (int) years.min() + "–" + (int) years.max();
  }
}
