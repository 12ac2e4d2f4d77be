package dev.tablebook.grid;

import dev.tablebook.tables.TableView;
import dev.tablebook.widgets.Button;
import dev.tablebook.widgets.Dropdown;
import dev.tablebook.widgets.HBox;
import dev.tablebook.widgets.HTML;
import dev.tablebook.widgets.Label;
import dev.tablebook.widgets.SelectMultiple;
import dev.tablebook.widgets.Text;
import dev.tablebook.widgets.VBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * A grid over a Tablesaw table, built from ipywidgets' standard controls (so it needs no front-end
 * extension of its own): sort by a column, filter with conditions such as {@code price > 100 and name
 * contains oil}, choose the columns, page. The work is done in the kernel by {@link GridRows} and only
 * the page on screen is sent. Where widgets do not run (a report, nbconvert, GitHub) it shows as its
 * first page, a static table. Like the widgets it is made of, it is driven from one thread at a time.
 *
 * <pre>{@code
 * DataGrid.of(table)                       // as a cell's last expression
 * DataGrid.of(table).sortBy("value", false).filter("value < 1000")
 * }</pre>
 *
 * @since 0.4
 */
public final class DataGrid {
  private static final String TABLE_ORDER = "(table order)";
  private static final String ASCENDING = "ascending";
  private static final String DESCENDING = "descending";

  private final GridRows rows;
  private GridQuery query = GridQuery.all();
  private int page;
  private String problem = "";
  private final Label status = new Label().addClass("tablebook-grid-status");
  private final Dropdown sortBy;
  private final Dropdown direction = new Dropdown(ASCENDING, DESCENDING).description("Order");
  private final Text filter = new Text().description("Filter").placeholder("value > 100 and name contains oil").continuousUpdate(false);
  private final SelectMultiple columns;
  private final HTML table = new HTML();
  private final Label position = new Label().addClass("tablebook-grid-position");
  private final VBox view;

  private DataGrid(Table source) {
    this.rows = GridRows.of(source, this::sortProgress);
    List<String> names = source.columnNames();
    List<String> sortChoices = new ArrayList<>(List.of(TABLE_ORDER));
    sortChoices.addAll(names);
    this.sortBy = new Dropdown(sortChoices).description("Sort by");
    this.columns = new SelectMultiple(names).description("Columns").rows(Math.min(4, Math.max(1, names.size())));
    columns.value(names);
    filter.layout().width("28em");
    Button first = pager("First", () -> page = 0);
    Button previous = pager("Previous", () -> page = Math.max(0, page - 1));
    Button next = pager("Next", () -> page = Math.min(lastPage(), page + 1));
    Button last = pager("Last", () -> page = lastPage());
    this.view = new VBox(new HBox(sortBy, direction, filter), columns, table, new HBox(first, previous, position, next, last), status)
        .addClass("tablebook-grid");
    sortBy.onChange(choice -> sortChanged());
    direction.onChange(choice -> sortChanged());
    filter.onChange(text -> filter(text));
    columns.onChange(chosen -> showColumns(chosen));
    show();
  }

  /** A grid over {@code table}, in table order, 20 rows a page. */
  public static DataGrid of(Table table) {
    return new DataGrid(table);
  }

  private Button pager(String label, Runnable move) {
    return new Button(label).onClick(button -> {
      move.run();
      show();
    });
  }

  /** Sorts by {@code column} (null: table order), ascending or not, and goes to the first page. */
  public DataGrid sortBy(String column, boolean ascending) {
    direction.value(ascending ? ASCENDING : DESCENDING);
    sortBy.value(column == null ? TABLE_ORDER : column);
    return this;
  }

  /** Shows only the rows that meet {@code conditions} (see {@link GridFilter}); "" shows all. */
  public DataGrid filter(String conditions) {
    if (!conditions.equals(filter.value())) {
      filter.value(conditions); // the observer comes back here with the same text
      return this;
    }
    try {
      rows.rowCount(query.withFilter(conditions)); // checks it before anything changes
      query = query.withFilter(conditions);
      problem = "";
      page = 0;
    } catch (GridFilterException e) {
      problem = e.getMessage();
    }
    show();
    return this;
  }

  /** Shows only {@code names}, in the table's order. */
  public DataGrid showColumns(List<String> names) {
    query = query.withColumns(names.isEmpty() ? rows.table().columnNames() : names);
    show();
    return this;
  }

  /** Sets how many rows a page holds and goes to the first page. */
  public DataGrid pageSize(int size) {
    query = query.withPageSize(size);
    page = 0;
    show();
    return this;
  }

  /** Goes to page {@code index} (from 0; kept within the pages there are). */
  public DataGrid page(int index) {
    page = Math.max(0, Math.min(lastPage(), index));
    show();
    return this;
  }

  /** What the grid shows: its query and page. */
  public GridQuery query() {
    return query;
  }

  /** The rows of the page shown now, as a table. */
  public Table pageTable() {
    return rows.page(query, page);
  }

  /** The widget to display; {@code display(grid)} shows it. */
  public VBox view() {
    return view;
  }

  /** Adds a CSS class to the grid's element. */
  public DataGrid addClass(String name) {
    view.addClass(name);
    return this;
  }

  /** The page shown now as static HTML, with the line under it that says which rows it holds. */
  public String html() {
    return table.value();
  }

  private void sortChanged() {
    String column = sortBy.value();
    boolean ascending = ASCENDING.equals(direction.value());
    long start = System.nanoTime();
    query = column == null || column.equals(TABLE_ORDER) ? query.withoutSort() : query.withSort(column, ascending);
    page = 0;
    rows.rowCount(query); // sorts now, with progress in the status line
    long millis = (System.nanoTime() - start) / 1_000_000;
    problem = "";
    show();
    if (query.sortColumn().isPresent()) {
      status.value(String.format(Locale.ROOT, "sorted by %s, %s, in %,d ms", column, direction.value(), millis));
    }
  }

  private void sortProgress(double done) {
    status.value(done >= 1 ? "sorted" : String.format(Locale.ROOT, "sorting %,d rows… %.0f %%", rows.table().rowCount(), 100 * done));
  }

  private int lastPage() {
    return Math.max(0, rows.pageCount(query) - 1);
  }

  private void show() {
    int count = rows.rowCount(query);
    int total = rows.table().rowCount();
    page = Math.min(page, Math.max(0, rows.pageCount(query) - 1));
    Table shown = rows.page(query, page);
    int from = count == 0 ? 0 : page * query.pageSize() + 1;
    String which = String.format(Locale.ROOT, "rows %,d–%,d of %,d", from, from == 0 ? 0 : from + shown.rowCount() - 1, count)
        + (count == total && query.filter().isEmpty() ? "" : String.format(Locale.ROOT, " (filtered from %,d)", total));
    position.value(String.format(Locale.ROOT, "page %,d of %,d", page + 1, Math.max(1, rows.pageCount(query))));
    table.value(TableView.of(shown).allRows().caption(null)
        .shape(which + " × " + shown.columnCount() + (shown.columnCount() == 1 ? " column" : " columns")).html());
    status.value(problem);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DataGrid(%s: %,d rows × %d columns)", rows.table().name(), rows.table().rowCount(),
        rows.table().columnCount());
  }
}
