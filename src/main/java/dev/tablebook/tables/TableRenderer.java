package dev.tablebook.tables;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Renders Tablesaw tables in notebooks as {@code text/html} and {@code text/plain} through a
 * default {@link TableView}: the first 10 and last 5 rows of a long table, up to 20 columns.
 * Registered through {@code META-INF/services}.
 *
 * @since 0.1
 */
public final class TableRenderer implements Renderer<Table> {

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
    return TableViewRenderer.bundle(TableView.of(table), mimeTypes);
  }
}
