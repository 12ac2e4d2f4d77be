package dev.tablebook.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The text of the cells a view shows, read once and shared by every format: headers, rows (a
 * {@code null} row marks the row gap), which columns are numeric and which cells are missing. The
 * column gap, if any, is a column whose header and cells are "…".
 */
final class ShownCells {
  /** How a missing value is shown. */
  static final String MISSING = "NA";
  static final String GAP = "…";

  final String caption;
  final String source;
  final String shape;
  final List<String> headers = new ArrayList<>();
  final List<Boolean> numeric = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();
  final List<boolean[]> missing = new ArrayList<>();
  final int hiddenRows;

  private ShownCells(String caption, String source, String shape, int hiddenRows) {
    this.caption = caption;
    this.source = source;
    this.shape = shape;
    this.hiddenRows = hiddenRows;
  }

  static ShownCells of(Table table, Window rows, Window columns, Map<String, CellFormat> formats,
      String caption, String source, String shape) {
    ShownCells cells = new ShownCells(caption, source, shape == null ? Shape.of(table) : shape, rows.hidden());
    List<Column<?>> shown = new ArrayList<>();
    for (int i = 0; i < columns.shown(); i++) {
      if (columns.hasGap() && i == columns.head()) {
        shown.add(null);
      }
      shown.add(table.column(columns.index(i)));
    }
    for (Column<?> column : shown) {
      cells.headers.add(column == null ? GAP : column.name());
      cells.numeric.add(column != null && CellText.isNumeric(column));
    }
    for (int i = 0; i < rows.shown(); i++) {
      if (rows.hasGap() && i == rows.head()) {
        cells.rows.add(null);
        cells.missing.add(null);
      }
      int row = rows.index(i);
      String[] text = new String[shown.size()];
      boolean[] absent = new boolean[shown.size()];
      for (int c = 0; c < text.length; c++) {
        Column<?> column = shown.get(c);
        if (column == null) {
          text[c] = GAP;
        } else if (column.isMissing(row)) {
          text[c] = MISSING;
          absent[c] = true;
        } else {
          CellFormat format = formats.get(column.name());
          text[c] = format == null ? CellText.of(column, row) : format.format(column.get(row));
        }
      }
      cells.rows.add(text);
      cells.missing.add(absent);
    }
    return cells;
  }

  int columnCount() {
    return headers.size();
  }

  /** "… 1,234 more rows …". */
  String gapText() {
    return String.format(java.util.Locale.ROOT, "… %,d more rows …", hiddenRows);
  }

  /** The line under the table: shape, then the source if any. */
  String footer() {
    return source == null || source.isBlank() ? shape : shape + ". Source: " + source;
  }

  boolean hasCaption() {
    return caption != null && !caption.isBlank();
  }
}
