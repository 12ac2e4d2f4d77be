package dev.tablebook.tables;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link TableView} in notebooks as {@code text/html} and {@code text/plain} (for
 * Markdown, display {@code view.markdown()}). Registered through {@code META-INF/services}.
 *
 * @since 0.2
 */
public final class TableViewRenderer implements Renderer<TableView> {

  @Override
  public Class<TableView> type() {
    return TableView.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(TableView view, Set<String> mimeTypes) {
    return bundle(view, mimeTypes);
  }

  static MimeBundle bundle(TableView view, Set<String> mimeTypes) {
    ShownCells cells = view.cells();
    MimeBundle bundle = MimeBundle.empty();
    if (mimeTypes.contains(MimeBundle.TEXT_HTML)) {
      bundle = bundle.with(MimeBundle.TEXT_HTML, HtmlTable.render(cells));
    }
    return bundle.with(MimeBundle.TEXT_PLAIN, TextTable.render(cells));
  }
}
