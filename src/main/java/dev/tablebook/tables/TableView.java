package dev.tablebook.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A table as it should be shown: which rows and columns, how each column's values are written, a
 * caption and a source footnote. Immutable: every option returns a new view. Renders to HTML,
 * Markdown, plain text and a print-ready PDF, and {@link #save} writes any of them (or the table's CSV);
 * in a notebook, displaying a view shows its HTML. Only the rows shown are
 * ever read, so a ten-million-row table renders as fast as a small one.
 *
 * <pre>{@code
 * TableView.of(trade)
 *     .format("total_usd_bn", CellFormat.decimals(1).thousands())
 *     .caption("China–Russia trade, USD bn")
 *     .source("General Administration of Customs of China")
 *     .head(5).tail(2)
 * }</pre>
 *
 * @since 0.2
 */
public final class TableView {
  /** Rows shown from the top of a long table by default. */
  public static final int HEAD_ROWS = 10;
  /** Rows shown from the bottom of a long table by default. */
  public static final int TAIL_ROWS = 5;
  /** Columns shown by default before the middle ones are left out. */
  public static final int MAX_COLUMNS = 20;

  private final Table table;
  private final int head;
  private final int tail;
  private final int maxColumns;
  private final Map<String, CellFormat> formats;
  private final String caption;
  private final String source;
  /** The line that gives the table's shape, or null for the table's own ("13 rows × 14 columns"). */
  private final String shape;

  private TableView(Table table, int head, int tail, int maxColumns, Map<String, CellFormat> formats,
      String caption, String source, String shape) {
    this.table = table;
    this.head = head;
    this.tail = tail;
    this.maxColumns = maxColumns;
    this.formats = formats;
    this.caption = caption;
    this.source = source;
    this.shape = shape;
  }

  /** A view of {@code table} with the defaults: 10 head and 5 tail rows, 20 columns, values as written, the table's name as caption. */
  public static TableView of(Table table) {
    Objects.requireNonNull(table, "table");
    return new TableView(table, HEAD_ROWS, TAIL_ROWS, MAX_COLUMNS, Map.of(), table.name(), null, null);
  }

  /** Shows the first {@code rows} rows of a long table (before the gap). */
  public TableView head(int rows) {
    return new TableView(table, nonNegative(rows, "head"), tail, maxColumns, formats, caption, source, shape);
  }

  /** Shows the last {@code rows} rows of a long table (after the gap). */
  public TableView tail(int rows) {
    return new TableView(table, head, nonNegative(rows, "tail"), maxColumns, formats, caption, source, shape);
  }

  /** Shows every row, however many there are. */
  public TableView allRows() {
    return new TableView(table, Integer.MAX_VALUE / 2, 0, maxColumns, formats, caption, source, shape);
  }

  /** Shows at most {@code columns} columns: the first and last ones, with a "…" column between. */
  public TableView maxColumns(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("maxColumns must be at least 1: " + columns);
    }
    return new TableView(table, head, tail, columns, formats, caption, source, shape);
  }

  /** Writes the values of {@code column} with {@code format}. */
  public TableView format(String column, CellFormat format) {
    if (!table.containsColumn(column)) {
      throw new IllegalArgumentException("No column '" + column + "' in " + table.name() + "; columns: " + table.columnNames());
    }
    Map<String, CellFormat> copy = new LinkedHashMap<>(formats);
    copy.put(column, Objects.requireNonNull(format, "format"));
    return new TableView(table, head, tail, maxColumns, Map.copyOf(copy), caption, source, shape);
  }

  /** The title shown above the table; {@code null} for none. */
  public TableView caption(String text) {
    return new TableView(table, head, tail, maxColumns, formats, text, source, shape);
  }

  /** The provenance shown under the table ("Source: …"); {@code null} for none. */
  public TableView source(String text) {
    return new TableView(table, head, tail, maxColumns, formats, caption, text, shape);
  }

  /**
   * The line under the table that says its shape, in place of {@code "13 rows × 14 columns"} (a page of a
   * larger table says which rows it holds).
   *
   * @since 0.4
   */
  public TableView shape(String text) {
    return new TableView(table, head, tail, maxColumns, formats, caption, source, text);
  }

  /** The table this view shows. */
  public Table table() {
    return table;
  }

  /** A self-contained HTML {@code <table>} with its style; all text escaped. */
  public String html() {
    return HtmlTable.render(cells());
  }

  /** A GitHub-flavoured Markdown table with the caption above and shape and source below. */
  public String markdown() {
    return MarkdownTable.render(cells());
  }

  /** Aligned plain text with the caption above and shape and source below. */
  public String text() {
    return TextTable.render(cells());
  }

  /**
   * A print-ready vector PDF of the rows and columns this view shows, formatted as its HTML is: the
   * caption above, a bold header row repeated on every page, numbers right-aligned, the shape and source
   * under the table and "n / N" at the foot of each page. A4 portrait, or landscape when the columns do
   * not fit; the font shrinks from 9 to 6 points, then the widest columns wrap, so nothing is cut off.
   * Text is searchable, in an embedded sans-serif font.
   *
   * @since 0.6
   */
  public byte[] pdf() {
    return TablePdf.render(cells());
  }

  /**
   * Writes the view to {@code file} in the format its name ends with: {@code .pdf}, {@code .html} (a page),
   * {@code .md}, {@code .txt}, or {@code .csv} (every row and column of the table, values as written).
   * The file is written whole or not at all.
   *
   * @throws IllegalArgumentException for another extension
   * @since 0.6
   */
  public Path save(Path file) throws IOException {
    return TableFiles.save(this, file);
  }

  @Override
  public String toString() {
    return text();
  }

  ShownCells cells() {
    return ShownCells.of(table, Window.of(table.rowCount(), head, tail),
        Window.of(table.columnCount(), maxColumns - maxColumns / 2, maxColumns / 2), formats, caption, source, shape);
  }

  private static int nonNegative(int rows, String what) {
    if (rows < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + rows);
    }
    return rows;
  }
}
