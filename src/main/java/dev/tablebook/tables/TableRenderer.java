package dev.tablebook.tables;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Renders Tablesaw tables in notebooks: {@code text/html} and {@code text/plain}, the first 10 and
 * last 5 rows of a long table. Registered through {@code META-INF/services}.
 *
 * @since 0.1
 */
public final class TableRenderer implements Renderer<Table> {
  /** Rows shown from the top of a long table. */
  public static final int HEAD_ROWS = 10;
  /** Rows shown from the bottom of a long table. */
  public static final int TAIL_ROWS = 5;

  @Override
  public Class<Table> type() {
    return Table.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Table table, Set<String> mimeTypes) {
    RowWindow window = RowWindow.of(table.rowCount(), HEAD_ROWS, TAIL_ROWS);
    MimeBundle bundle = MimeBundle.empty();
    if (mimeTypes.contains(MimeBundle.TEXT_HTML)) {
      bundle = bundle.with(MimeBundle.TEXT_HTML, HtmlTable.render(table, window));
    }
    return bundle.with(MimeBundle.TEXT_PLAIN, TextTable.render(table, window));
  }
}
