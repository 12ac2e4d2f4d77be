package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Sorting, filtering and paging one table: order, missing values, stability, columns, page edges, progress. */
class GridRowsTest {
  private static final GridQuery ALL_ROWS = GridQuery.all().withPageSize(100);

  private static int[] view(GridRows rows, GridQuery query) {
    return rows.pageRows(query.withPageSize(1_000), 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      count  | 4 2 0 3 5 1 | 5 0 3 2 4 1
      small  | 4 1 0 3 5 2 | 5 0 3 1 4 2
      big    | 1 2 0 4 5 3 | 5 0 4 2 1 3
      price  | 2 5 0 3 4 1 | 4 0 3 5 2 1
      ratio  | 4 0 3 1 5 2 | 5 1 0 3 4 2
      city   | 5 1 4 0 3 2 | 3 0 4 1 5 2
      day    | 4 1 0 2 5 3 | 5 0 2 1 4 3
      at     | 3 1 0 4 5 2 | 5 0 4 1 3 2
      when   | 3 2 0 4 5 1 | 5 0 4 2 3 1
      time   | 4 1 0 3 5 2 | 5 3 0 1 4 2
      flag   | 1 4 0 3 5 2 | 0 3 5 1 4 2
      note   | 0 2 5 1 3 4 | 3 1 5 2 0 4
      """)
  void sortsEveryTypeWithEqualValuesInTableOrderAndMissingLast(String column, String ascending, String descending) {
    GridRows rows = GridRows.of(GridTables.everyType());
    assertArrayEquals(GridFilterTest.parse(ascending), view(rows, ALL_ROWS.withSort(column, true)), column + " ascending");
    assertArrayEquals(GridFilterTest.parse(descending), view(rows, ALL_ROWS.withSort(column, false)), column + " descending");
  }

  @Test
  void aColumnOfOneValueKeepsTableOrderBothWays() {
    Table table = Table.create("t", IntColumn.create("same", new int[1_000]), StringColumn.create("s", Collections.nCopies(1_000, "x")));
    GridRows rows = GridRows.of(table);
    int[] tableOrder = java.util.stream.IntStream.range(0, 1_000).toArray();
    for (String column : List.of("same", "s")) {
      assertArrayEquals(tableOrder, view(rows, ALL_ROWS.withSort(column, true)));
      assertArrayEquals(tableOrder, view(rows, ALL_ROWS.withSort(column, false)));
    }
  }

  @Test
  void aSortedFilteredViewIsTheSortedOrderOfTheSelectedRows() {
    GridRows rows = GridRows.of(GridTables.everyType());
    GridQuery query = ALL_ROWS.withSort("price", false).withFilter("city is not missing and count > -5");
    assertArrayEquals(new int[] {4, 0, 3, 5}, view(rows, query));
    assertEquals(4, rows.rowCount(query));
    assertArrayEquals(new int[] {0, 3, 4, 5}, view(rows, query.withoutSort()));
  }

  @Test
  void pagesFollowTheViewAndAPagePastTheEndIsEmpty() {
    GridRows rows = GridRows.of(GridTables.everyType());
    GridQuery query = GridQuery.all().withSort("count", true).withPageSize(4);
    assertEquals(2, rows.pageCount(query));
    assertArrayEquals(new int[] {4, 2, 0, 3}, rows.pageRows(query, 0));
    assertArrayEquals(new int[] {5, 1}, rows.pageRows(query, 1));
    assertArrayEquals(new int[0], rows.pageRows(query, 2));
    assertArrayEquals(new int[0], rows.pageRows(query, Integer.MAX_VALUE));
    Table past = rows.page(query, 7);
    assertEquals(0, past.rowCount());
    assertEquals(GridTables.everyType().columnNames(), past.columnNames());
    assertThrows(IllegalArgumentException.class, () -> rows.pageRows(query, -1));
  }

  @Test
  void aPageHoldsTheChosenColumnsInTheirOrderAndTheRowsInViewOrder() {
    Table table = GridTables.everyType();
    GridRows rows = GridRows.of(table);
    GridQuery query = GridQuery.all().withSort("city", true).withColumns("city", "ID", "unit price").withPageSize(3);
    Table page = rows.page(query, 1);
    assertEquals(List.of("city", "id", "unit price"), page.columnNames());
    assertEquals(List.of("New York", "boston", ""), page.stringColumn("city").asList());
    assertEquals(List.of(0, 3, 2), page.intColumn("id").asList());
    assertEquals(1.0, page.doubleColumn("unit price").get(0));
    assertEquals(table.name(), page.name());
  }

  @Test
  void everyCellOfEveryTypeSurvivesTheCopyToAPage() {
    Table table = GridTables.everyType();
    Table page = GridRows.of(table).page(GridQuery.all().withSort("id", false), 0);
    for (Column<?> column : table.columns()) {
      for (int row = 0; row < table.rowCount(); row++) {
        assertEquals(column.getString(row), page.column(column.name()).getString(table.rowCount() - 1 - row), column.name());
      }
    }
  }

  @Test
  void anEmptyTableHasNoRowsNoPagesAndEmptyPages() {
    Table empty = GridTables.everyType().emptyCopy();
    GridRows rows = GridRows.of(empty);
    GridQuery query = GridQuery.all().withSort("city", false).withFilter("price > 1");
    assertEquals(0, rows.rowCount(query));
    assertEquals(0, rows.pageCount(query));
    assertEquals(0, rows.page(query, 0).rowCount());
    assertEquals(0, rows.page(GridQuery.all(), 0).rowCount());
    assertEquals(0, rows.page(GridQuery.all().withSort("count", true), 0).rowCount());
  }

  @Test
  void anUnknownColumnNamesTheNearest() {
    GridRows rows = GridRows.of(GridTables.everyType());
    assertEquals("no column \"prise\"; nearest: price",
        assertThrows(IllegalArgumentException.class, () -> rows.rowCount(GridQuery.all().withSort("prise", true))).getMessage());
    assertEquals("no column \"citi\"; nearest: city",
        assertThrows(IllegalArgumentException.class, () -> rows.page(GridQuery.all().withColumns("citi"), 0)).getMessage());
    assertThrows(GridFilterException.class, () -> rows.rowCount(GridQuery.all().withFilter("citi = x")));
  }

  @Test
  void aSortReportsItsStartAndEndOnceAndCountingDoesNotSort() {
    List<Double> progress = new ArrayList<>();
    GridRows rows = GridRows.of(GridTables.everyType(), progress::add);
    GridQuery query = GridQuery.all().withSort("price", true);
    rows.rowCount(query);
    assertEquals(List.of(), progress);
    rows.page(query, 0);
    assertEquals(0.0, progress.get(0));
    assertEquals(1.0, progress.get(progress.size() - 1));
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
    }
    int reports = progress.size();
    rows.page(query, 0);
    rows.page(query.withFilter("price > 0"), 0);
    assertEquals(reports, progress.size(), "the sort is kept");
  }

  @Test
  void rowsAddedToTheTableAreSeen() {
    Table table = Table.create("t", IntColumn.create("n", 3, 1, 2));
    GridRows rows = GridRows.of(table);
    GridQuery query = GridQuery.all().withSort("n", true).withFilter("n > 1");
    assertArrayEquals(new int[] {2, 0}, rows.pageRows(query, 0));
    table.intColumn("n").append(0).append(5);
    assertArrayEquals(new int[] {2, 0, 4}, rows.pageRows(query, 0));
    assertEquals(5, rows.rowCount(GridQuery.all()));
  }
}
