package dev.tablebook.grid;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Gives the rows of one table that a {@link GridQuery} shows, a page at a time; only a page's rows are
 * ever copied. Sorts are stable (equal values keep table order) and put missing values last in both
 * directions; filters follow {@link GridFilter}.
 *
 * <p>Sort orders, filter selections and the sorted-and-filtered views are computed when first asked for
 * and kept (the 4 most recent sorts and views, the 16 most recent filters; a sort or view holds one
 * {@code int} per row, 40 MB for 10 M rows), so paging, and going back to an earlier query, cost only the
 * page. A sort reports its progress, 0 to 1, to the consumer given to {@link #of(Table, DoubleConsumer)}
 * on the calling thread, at least at its start and end. The table must not change while it is viewed:
 * a changed row count drops what is kept, other changes are not noticed.
 *
 * <p>Not thread-safe: use a grid from one thread at a time.
 *
 * @since 0.4
 */
public final class GridRows {
  private static final int SORTS_KEPT = 4;
  private static final int VIEWS_KEPT = 4;
  private static final int FILTERS_KEPT = 16;

  private final Table table;
  private final DoubleConsumer sortProgress;
  private final Lru<Sort, int[]> sorts = new Lru<>(SORTS_KEPT);
  private final Lru<String, Selection> filters = new Lru<>(FILTERS_KEPT);
  private final Lru<ViewKey, View> views = new Lru<>(VIEWS_KEPT);
  private int rowsKept;

  private GridRows(Table table, DoubleConsumer sortProgress) {
    this.table = table;
    this.sortProgress = sortProgress;
    this.rowsKept = table.rowCount();
  }

  /** Returns the grid rows of {@code table}. */
  public static GridRows of(Table table) {
    return of(table, done -> {});
  }

  /** Returns the grid rows of {@code table}, whose sorts report their progress (0 to 1) to {@code sortProgress}. */
  public static GridRows of(Table table, DoubleConsumer sortProgress) {
    return new GridRows(table, sortProgress);
  }

  /** The table viewed. */
  public Table table() {
    return table;
  }

  /**
   * Returns how many rows {@code query} shows (after its filter). Never sorts.
   *
   * @throws GridFilterException when the filter text cannot be read
   */
  public int rowCount(GridQuery query) {
    keepFresh();
    sortOf(query); // Checks the sort column, so that a query fails the same way whatever is asked of it.
    return query.filter().isEmpty() ? table.rowCount() : selection(query.filter()).size();
  }

  /** Returns how many pages {@code query} shows: 0 when it shows no rows. */
  public int pageCount(GridQuery query) {
    return (int) ((rowCount(query) + (long) query.pageSize() - 1) / query.pageSize());
  }

  /**
   * Returns the table's row numbers on page {@code pageIndex} (from 0) of {@code query}, in the order
   * shown: the cheap way to a page, nothing copied but the numbers. A page past the end is empty.
   *
   * @throws GridFilterException when the filter text cannot be read
   * @throws IllegalArgumentException when the sort column is not in the table, or {@code pageIndex} is negative
   */
  public int[] pageRows(GridQuery query, int pageIndex) {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("a page index is 0 or more, not " + pageIndex);
    }
    View view = view(query);
    long from = (long) pageIndex * query.pageSize();
    if (from >= view.size()) {
      return new int[0];
    }
    return view.slice((int) from, (int) Math.min(view.size(), from + query.pageSize()));
  }

  /**
   * Returns page {@code pageIndex} (from 0) of {@code query} as a new table: the visible columns, in the
   * query's order, and the page's rows, in the order shown. A page past the end has no rows.
   *
   * @throws GridFilterException when the filter text cannot be read
   * @throws IllegalArgumentException when a column named is not in the table, or {@code pageIndex} is negative
   */
  public Table page(GridQuery query, int pageIndex) {
    List<Column<?>> columns = visibleColumns(query);
    int[] rows = pageRows(query, pageIndex);
    Table page = Table.create(table.name());
    for (Column<?> column : columns) {
      page.addColumns(column.subset(rows));
    }
    return page;
  }

  private List<Column<?>> visibleColumns(GridQuery query) {
    if (query.columns().isEmpty()) {
      return table.columns();
    }
    return query.columns().stream().<Column<?>>map(name -> ColumnNames.require(table, name)).toList();
  }

  private View view(GridQuery query) {
    keepFresh();
    Optional<Sort> sort = sortOf(query);
    String filter = query.filter();
    if (sort.isEmpty() && filter.isEmpty()) {
      return View.all(table.rowCount());
    } else if (filter.isEmpty()) {
      return View.of(order(sort.get()));
    }
    ViewKey key = new ViewKey(sort.orElse(null), filter);
    View view = views.get(key);
    if (view == null) {
      Selection selection = selection(filter);
      view = sort.isEmpty() ? View.of(selection.toArray()) : View.filtered(order(sort.get()), selection, table.rowCount());
      views.put(key, view);
    }
    return view;
  }

  private Optional<Sort> sortOf(GridQuery query) {
    return query.sortColumn().map(name -> new Sort(ColumnNames.require(table, name).name(), query.ascending()));
  }

  private int[] order(Sort sort) {
    int[] order = sorts.get(sort);
    if (order == null) {
      order = SortOrder.of(table.column(sort.column()), sort.ascending(), sortProgress);
      sorts.put(sort, order);
    }
    return order;
  }

  private Selection selection(String filter) {
    Selection selection = filters.get(filter);
    if (selection == null) {
      selection = GridFilter.select(table, filter);
      filters.put(filter, selection);
    }
    return selection;
  }

  private void keepFresh() {
    if (table.rowCount() != rowsKept) {
      sorts.clear();
      filters.clear();
      views.clear();
      rowsKept = table.rowCount();
    }
  }

  private record Sort(String column, boolean ascending) {}

  private record ViewKey(Sort sort, String filter) {}
}
