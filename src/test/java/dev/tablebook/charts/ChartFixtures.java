package dev.tablebook.charts;

import dev.tablebook.article.ArticleCharts;
import dev.tablebook.tables.CellFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small tables the chart tests share. */
final class ChartFixtures {
  private ChartFixtures() {}

  /** Trade by year with a missing year (2015). */
  static Table trade() {
    return Table.create("trade",
        IntColumn.create("year", 2014, 2015, 2016, 2023),
        DoubleColumn.create("total_usd_bn", 95.28, Double.NaN, 69.525, 240.11),
        DoubleColumn.create("exports_usd_bn", 53.68, Double.NaN, 37.297, 110.97),
        DoubleColumn.create("imports_usd_bn", 41.6, Double.NaN, 32.228, 129.14));
  }

  /** Suppliers with one disputed row and a name that looks like markup. */
  static Table suppliers() {
    return Table.create("suppliers",
        StringColumn.create("supplier", "Russia", "Saudi Arabia", "<b>Oman</b>"),
        DoubleColumn.create("volume_mt", 107.0, 85.96, 39.4),
        BooleanColumn.create("disputed", false, false, true));
  }

  /** Events on two lanes, one a span. */
  static Table events() {
    return Table.create("events",
        DateColumn.create("date", LocalDate.of(2022, 2, 4), LocalDate.of(2023, 3, 20), LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 17)),
        DateColumn.create("end_date", null, LocalDate.of(2023, 3, 22), null, LocalDate.of(2024, 5, 21)),
        StringColumn.create("event", "A statement with \"no limits\" and a label long enough to be broken into lines",
            "State visit", "Talks", "<i>Expo</i>"),
        StringColumn.create("place", "Beijing", "Moscow", "Beijing", "Harbin"));
  }

  /** A daily series of 300 points with a missing day, shown as 120. */
  static Table daily() {
    DateColumn days = DateColumn.create("day");
    DoubleColumn close = DoubleColumn.create("close");
    for (int i = 0; i < 300; i++) {
      days.append(LocalDate.of(2024, 1, 1).plusDays(i));
      close.append(i == 40 ? Double.NaN : 100 + Math.sin(i / 9.0) * 7.3 + i * 0.013);
    }
    return Table.create("daily", days, close);
  }

  /** One chart of every kind, with every option that changes what is drawn, by name. */
  static Map<String, Chart> everyKind() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("bar", Charts.bar(trade(), "year", "total_usd_bn").title("Trade").xTitle("Year").yTitle("USD bn")
        .valueFormat(CellFormat.currency("$", 1).suffix(" bn")).highlight("2023").annotate("2023", "Record").source("GAC"));
    charts.put("grouped_bar", Charts.groupedBar(trade(), "year", "exports_usd_bn", "imports_usd_bn").title("Exports and imports"));
    charts.put("stacked_bar", Charts.stackedBar(trade(), "year", "exports_usd_bn", "imports_usd_bn")
        .annotate("2016", "2016"));
    charts.put("ranking", Charts.ranking(suppliers(), "supplier", "volume_mt").highlight("Russia")
        .flag("disputed", "true", "disputed figure").annotate("Russia", "Largest").xTitle("Supplier").yTitle("Mt"));
    charts.put("line", Charts.line(trade(), "year", "total_usd_bn").title("Total").annotate(2016, "Low"));
    charts.put("area", Charts.area(trade(), "year", "exports_usd_bn", "imports_usd_bn").valueFormat(CellFormat.decimals(1)));
    charts.put("scatter", Charts.scatter(trade(), "exports_usd_bn", "imports_usd_bn"));
    charts.put("line_daily", Charts.line(daily(), "day", "close").maxPoints(120).source("made up"));
    charts.put("pie", Charts.pie(suppliers(), "supplier", "volume_mt").highlight("Russia").title("Suppliers"));
    charts.put("donut", Charts.donut(suppliers(), "supplier", "volume_mt").annotate("Russia", "Largest")
        .flag("disputed", "true", "disputed figure"));
    charts.put("timeline", Charts.timeline(events(), "date", "event").spans("end_date").title("Events"));
    charts.put("timeline_lanes", Charts.timeline(events(), "date", "event").by("place").spans("end_date").xTitle("Date"));
    return charts;
  }

  /** The article's charts, by name. */
  static Map<String, Chart> article() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("trade_totals", ArticleCharts.tradeTotals());
    charts.put("exports_vs_imports", ArticleCharts.exportsVsImports());
    charts.put("crude_oil_ranking_2023", ArticleCharts.crudeOilRanking(2023));
    charts.put("russia_vs_saudi_arabia", ArticleCharts.russiaVsSaudiArabia());
    charts.put("delegation_by_sector", ArticleCharts.delegationBySector());
    charts.put("timeline", ArticleCharts.timeline());
    return charts;
  }
}
