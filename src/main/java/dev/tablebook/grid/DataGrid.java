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
  /** What the status line says: an error, or the sort. */
  private String problem = "";
  /** Set while {@link #sortBy} sets both sort controls: their observers wait for it. */
  private boolean settingSort;
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
    settingSort = true; // both controls first, then one sort
    try {
      direction.value(ascending ? ASCENDING : DESCENDING);
      sortBy.value(column == null ? TABLE_ORDER : column);
    } finally {
      settingSort = false;
    }
    sortChanged();
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
    List<String> unknown = names.stream().filter(name -> !rows.table().containsColumn(name)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the table " + rows.table().name() + " has no column " + String.join(", ", unknown)
          + "; it has " + String.join(", ", rows.table().columnNames()));
    }
    List<String> chosen = names.isEmpty() ? rows.table().columnNames()
        : rows.table().columnNames().stream().filter(names::contains).toList(); // in the table's order
    query = query.withColumns(chosen);
    if (!chosen.equals(columns.value())) {
      columns.value(chosen);
    }
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

  /** Closes the grid's widgets and lets go of its sorts and filters (a grid over many rows holds tens of MB). */
  public void close() {
    close(view);
  }

  private static void close(dev.tablebook.widgets.Widget widget) {
    if (widget.get("children") instanceof List<?> children) {
      children.forEach(child -> close((dev.tablebook.widgets.Widget) child));
    }
    widget.close();
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

  /**
   * Sorts as the two controls say, from the first page. A column that cannot be sorted is named in the status
   * line and the rows stay as they were. The status names the sort but not its time, so a notebook's saved
   * widget state is the same on every run.
   */
  private void sortChanged() {
    if (settingSort) {
      return;
    }
    String column = sortBy.value();
    GridQuery sorted = column == null || column.equals(TABLE_ORDER) ? query.withoutSort()
        : query.withSort(column, ASCENDING.equals(direction.value()));
    try {
      rows.page(sorted, 0); // sorts now, with progress in the status line
    } catch (RuntimeException e) {
      problem = e.getMessage();
      show();
      return;
    }
    query = sorted;
    page = 0;
    problem = query.sortColumn().isPresent() ? "sorted by " + column + ", " + direction.value() : "";
    show();
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
