package dev.tablebook.grid;

import dev.tablebook.display.Display;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;

/**
 * Shows a {@link DataGrid}: its live view for front ends with ipywidgets, its current page as a static
 * table for the others, and a line of text.
 *
 * @since 0.4
 */
public final class DataGridRenderer implements Renderer<DataGrid> {
  private static final String WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

  @Override
  public Class<DataGrid> type() {
    return DataGrid.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(WIDGET_VIEW, MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(DataGrid grid, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.of(MimeBundle.TEXT_PLAIN, grid.toString());
    if (mimeTypes.contains(WIDGET_VIEW)) {
      bundle = bundle.with(WIDGET_VIEW, Display.render(grid.view(), WIDGET_VIEW).data().get(WIDGET_VIEW));
    }
    if (mimeTypes.contains(MimeBundle.TEXT_HTML)) {
      bundle = bundle.with(MimeBundle.TEXT_HTML, grid.html());
    }
    return bundle;
  }
}
