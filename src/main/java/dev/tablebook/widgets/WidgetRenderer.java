package dev.tablebook.widgets;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;

/**
 * Shows a widget: a view of its model ({@code application/vnd.jupyter.widget-view+json}) for front
 * ends with ipywidgets, and for the others (a report, nbconvert, GitHub) its fallback HTML, if it has
 * one, and its text form.
 *
 * @since 0.4
 */
public final class WidgetRenderer implements Renderer<Widget> {
  /** The MIME type of a widget view. */
  public static final String WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

  @Override
  public Class<Widget> type() {
    return Widget.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(WIDGET_VIEW, MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Widget widget, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.of(MimeBundle.TEXT_PLAIN, widget.toString());
    if (mimeTypes.contains(WIDGET_VIEW)) {
      bundle = bundle.with(WIDGET_VIEW, "{\"version_major\": 2, \"version_minor\": 0, \"model_id\": \"" + widget.id() + "\"}");
    }
    String html = widget.fallbackHtml();
    if (html != null && mimeTypes.contains(MimeBundle.TEXT_HTML)) {
      bundle = bundle.with(MimeBundle.TEXT_HTML, html);
    }
    return bundle;
  }
}
