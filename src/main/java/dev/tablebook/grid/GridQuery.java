package dev.tablebook.grid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes what a grid shows of a table: the sort column and direction, the filter text, the visible
 * columns and the page size. Values are immutable; each {@code with...} method returns a new one.
 *
 * <p>The defaults ({@link #all()}): no sort (table order), no filter, every column, 20 rows a page.
 * Column names are checked against the table when the query is used ({@link GridRows}), not here.
 *
 * @since 0.4
 */
public final class GridQuery {
  /** The page size of {@link #all()}. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  private static final GridQuery ALL = new GridQuery(null, true, "", List.of(), DEFAULT_PAGE_SIZE);

  private final String sortColumn;
  private final boolean ascending;
  private final String filter;
  private final List<String> columns;
  private final int pageSize;

  private GridQuery(String sortColumn, boolean ascending, String filter, List<String> columns, int pageSize) {
    this.sortColumn = sortColumn;
    this.ascending = ascending;
    this.filter = filter;
    this.columns = columns;
    this.pageSize = pageSize;
  }

  /** Returns the query that shows every row, in table order, with every column, 20 rows a page. */
  public static GridQuery all() {
    return ALL;
  }

  /** Returns this query sorted by {@code column}, ascending or descending; missing values always come last. */
  public GridQuery withSort(String column, boolean ascending) {
    Objects.requireNonNull(column, "column");
    return new GridQuery(column, ascending, filter, columns, pageSize);
  }

  /** Returns this query in table order. */
  public GridQuery withoutSort() {
    return new GridQuery(null, true, filter, columns, pageSize);
  }

  /** Returns this query with the filter {@code text} ({@link GridFilter}'s grammar; empty for every row). */
  public GridQuery withFilter(String text) {
    return new GridQuery(sortColumn, ascending, Objects.requireNonNull(text, "text").strip(), columns, pageSize);
  }

  /** Returns this query showing {@code names} in that order; an empty list shows every column. */
  public GridQuery withColumns(List<String> names) {
    List<String> copy = List.copyOf(names);
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("a column is named twice: " + copy);
    }
    return new GridQuery(sortColumn, ascending, filter, copy, pageSize);
  }

  /** Returns this query showing {@code names} in that order; none shows every column. */
  public GridQuery withColumns(String... names) {
    return withColumns(List.of(names));
  }

  /** Returns this query with {@code rows} rows a page (at least 1). */
  public GridQuery withPageSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("a page holds at least 1 row, not " + rows);
    }
    return new GridQuery(sortColumn, ascending, filter, columns, rows);
  }

  /** The column the rows are sorted by, or empty for table order. */
  public Optional<String> sortColumn() {
    return Optional.ofNullable(sortColumn);
  }

  /** Whether the sort is ascending (true when there is no sort). */
  public boolean ascending() {
    return ascending;
  }

  /** The filter text, stripped; empty for every row. */
  public String filter() {
    return filter;
  }

  /** The visible columns in order; empty means every column of the table. */
  public List<String> columns() {
    return columns;
  }

  /** How many rows a page holds. */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GridQuery q && Objects.equals(sortColumn, q.sortColumn) && ascending == q.ascending
        && filter.equals(q.filter) && columns.equals(q.columns) && pageSize == q.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sortColumn, ascending, filter, columns, pageSize);
  }

  @Override
  public String toString() {
    return "GridQuery[sort=" + (sortColumn == null ? "none" : sortColumn + (ascending ? " ascending" : " descending"))
        + ", filter=" + filter + ", columns=" + (columns.isEmpty() ? "all" : columns) + ", pageSize=" + pageSize + "]";
  }
}
