package dev.tablebook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The article's facts as loaded from {@code datasets/}, checked against the fact sheet. */
class ArticleFactsTest {

  private static Row year(Table trade, int year) {
    Table match = trade.where(trade.intColumn("year").isEqualTo(year));
    assertEquals(1, match.rowCount(), "one row for " + year);
    return match.row(0);
  }

  private static int rowOf(Table trade, int year) {
    return trade.intColumn("year").asList().indexOf(year);
  }

  @Test
  void tradeTotalsCoverEveryYearFrom2013To2025() {
    Table trade = ArticleFacts.tradeTotals();
    assertEquals(13, trade.rowCount());
    assertEquals(2013, trade.intColumn("year").min());
    assertEquals(2025, trade.intColumn("year").max());
  }

  @Test
  void the2023RecordMatchesTheFactSheetAndCitesTheArticle() {
    Row y2023 = year(ArticleFacts.tradeTotals(), 2023);
    assertEquals(240.11, y2023.getDouble("total_usd_bn"));
    assertEquals(26.3, y2023.getDouble("total_yoy_pct"));
    assertEquals(110.97, y2023.getDouble("china_exports_usd_bn"));
    assertEquals(129.14, y2023.getDouble("china_imports_usd_bn"));
    assertEquals("8.1", y2023.getString("article_ref"));
    assertTrue(ArticleFacts.sentence("8.1").contains("record $240.1 billion"));
  }

  @Test
  void missingValuesAreMissingNotZero() {
    Table trade = ArticleFacts.tradeTotals();
    int row2015 = rowOf(trade, 2015);
    assertTrue(trade.doubleColumn("total_usd_bn").isMissing(row2015), "2015 has no USD total");
    assertEquals(422.7, trade.doubleColumn("total_cny_bn").get(row2015));
    int row2024 = rowOf(trade, 2024);
    assertTrue(trade.doubleColumn("china_imports_yoy_pct").isMissing(row2024), "2024 import growth not given");
    assertEquals(129.32, trade.doubleColumn("china_imports_usd_bn").get(row2024));
    Table noExports = trade.where(trade.doubleColumn("china_exports_usd_bn").isMissing());
    assertEquals(List.of(2013, 2015, 2021, 2025), noExports.intColumn("year").asList());
  }

  @Test
  void russiaLeads2023AndSaudiArabia2022() {
    assertEquals("Russia", ArticleFacts.topCrudeSupplier(2023));
    assertEquals("Saudi Arabia", ArticleFacts.topCrudeSupplier(2022));
    Table ranked = ArticleFacts.crudeOilImports(2023);
    assertEquals(List.of("Russia", "Saudi Arabia", "Iraq", "Malaysia", "Oman", "United Arab Emirates", "Brazil",
        "Angola", "Kuwait"), ranked.stringColumn("supplier").asList());
    assertEquals(List.of(107.0, 85.96), ranked.doubleColumn("volume_mt").asList().subList(0, 2));
  }

  @Test
  void unresolvedDisagreementsAreMarkedDisputed() {
    Table y2023 = ArticleFacts.crudeOilImports(2023);
    Table disputed = y2023.where(y2023.stringColumn("status").isEqualTo("disputed"));
    assertEquals(List.of("Oman", "United Arab Emirates"), disputed.stringColumn("supplier").asList());
    Table y2022 = ArticleFacts.crudeOilImports(2022);
    assertEquals("Malaysia", y2022.stringColumn("supplier").get(y2022.rowCount() - 1), "unranked last");
  }

  @Test
  void unknownYearsAndRefsSayWhatExists() {
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> ArticleFacts.crudeOilImports(1999));
    assertEquals("no crude-oil figures for 1999; years: [2022, 2023]", year.getMessage());
    IllegalArgumentException ref = assertThrows(IllegalArgumentException.class, () -> ArticleFacts.sentence("11.1"));
    assertTrue(ref.getMessage().startsWith("no sentence \"11.1\" in the article; refs: 1.1, 2.1, 2.2"), ref.getMessage());
  }

  @Test
  void theArticleNamesFiveDelegatesAndTheFactSheetAddsFive() {
    Table delegation = ArticleFacts.delegation();
    Table named = delegation.where(delegation.booleanColumn("named_in_article").isTrue());
    assertEquals(List.of("Anton Siluanov", "Elvira Nabiullina", "Oleg Deripaska", "Igor Sechin", "Leonid Mikhelson"),
        named.stringColumn("person").asList());
    Table unnamed = delegation.where(delegation.booleanColumn("named_in_article").isFalse());
    assertEquals(List.of("Herman Gref", "Andrei Belousov", "Sergei Shoigu", "Sergei Lavrov", "Denis Manturov"),
        unnamed.stringColumn("person").asList());
    assertEquals("central bank", delegation.where(delegation.stringColumn("person").isEqualTo("Elvira Nabiullina"))
        .stringColumn("sector").get(0));
  }

  @Test
  void theTimelineRunsFromNoLimitsToHarbin() {
    Table events = ArticleFacts.events();
    assertEquals(LocalDate.of(2022, 2, 4), events.dateColumn("date").get(0));
    assertEquals(LocalDate.of(2022, 2, 24), events.dateColumn("date").get(1));
    assertEquals("harbin-expo", events.stringColumn("event_id").get(events.rowCount() - 1));
    assertEquals(LocalDate.of(2024, 5, 21), events.dateColumn("end_date").get(events.rowCount() - 1));
  }

  @Test
  void claimsCarryTheFactSheetsVerdicts() {
    Table claims = ArticleFacts.claims();
    assertEquals("verified", verdict(claims, "record-trade-2023"));
    assertEquals("verified", verdict(claims, "russia-top-crude-supplier"));
    assertEquals("verified", verdict(claims, "no-limits-before-invasion"));
    assertEquals("disputed", verdict(claims, "largest-trading-partner-years"));
    assertEquals("not_verified", verdict(claims, "delegation-mikhelson"));
  }

  private static String verdict(Table claims, String id) {
    return claims.where(claims.stringColumn("claim_id").isEqualTo(id)).stringColumn("verdict").get(0);
  }

  @Test
  void everyCallReturnsAFreshTable() {
    Table first = ArticleFacts.tradeTotals();
    first.removeColumns("note");
    first.dropRows(0);
    assertEquals(13, ArticleFacts.tradeTotals().rowCount());
    assertFalse(first.columnNames().contains("note"));
    assertTrue(ArticleFacts.tradeTotals().columnNames().contains("note"));
  }
}
