package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The query value: its defaults, its {@code with} methods and what it refuses. */
class GridQueryTest {

  @Test
  void theDefaultShowsEveryRowAndColumnTwentyAPage() {
    GridQuery all = GridQuery.all();
    assertEquals(Optional.empty(), all.sortColumn());
    assertTrue(all.ascending());
    assertEquals("", all.filter());
    assertEquals(List.of(), all.columns());
    assertEquals(20, all.pageSize());
  }

  @Test
  void withMethodsReturnNewValuesAndLeaveTheOriginal() {
    GridQuery all = GridQuery.all();
    GridQuery query = all.withSort("price", false).withFilter("  price > 3 ").withColumns("price", "city").withPageSize(50);
    assertEquals(Optional.of("price"), query.sortColumn());
    assertFalse(query.ascending());
    assertEquals("price > 3", query.filter());
    assertEquals(List.of("price", "city"), query.columns());
    assertEquals(50, query.pageSize());
    assertEquals(GridQuery.all(), all);
    assertEquals(Optional.empty(), query.withoutSort().sortColumn());
    assertTrue(query.withoutSort().ascending());
    assertEquals(List.of(), query.withColumns(List.of()).columns());
  }

  @Test
  void equalQueriesAreEqual() {
    GridQuery a = GridQuery.all().withSort("x", true).withFilter("x > 1");
    GridQuery b = GridQuery.all().withFilter("x > 1 ").withSort("x", true);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.withSort("x", false));
    assertEquals("GridQuery[sort=x ascending, filter=x > 1, columns=all, pageSize=20]", a.toString());
  }

  @Test
  void refusesAnEmptyPageAColumnTwiceAndNulls() {
    assertEquals("a page holds at least 1 row, not 0",
        assertThrows(IllegalArgumentException.class, () -> GridQuery.all().withPageSize(0)).getMessage());
    assertEquals("a column is named twice: [a, b, a]",
        assertThrows(IllegalArgumentException.class, () -> GridQuery.all().withColumns("a", "b", "a")).getMessage());
    assertThrows(NullPointerException.class, () -> GridQuery.all().withFilter(null));
    assertThrows(NullPointerException.class, () -> GridQuery.all().withSort(null, true));
  }
}
