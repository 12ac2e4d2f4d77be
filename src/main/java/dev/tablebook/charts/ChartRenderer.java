package dev.tablebook.charts;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;

/**
 * Shows a {@link Chart} in notebooks: the Plotly figure (drawn interactively by JupyterLab with
 * Plotly support, VS Code, nteract and Tablebook reports), a static SVG for every other front end
 * (classic Notebook, GitHub, nbviewer), and a one-line description as text. A chart's HTML (which
 * needs plotly.js) is left out on purpose: notebooks stay small and open offline. Registered
 * through {@code META-INF/services}.
 *
 * @since 0.2
 */
public final class ChartRenderer implements Renderer<Chart> {

  @Override
  public Class<Chart> type() {
    return Chart.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(Plotly.MIME_TYPE, "image/svg+xml", MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Chart chart, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.empty();
    if (mimeTypes.contains(Plotly.MIME_TYPE)) {
      bundle = bundle.with(Plotly.MIME_TYPE, chart.plotlyJson());
    }
    if (mimeTypes.contains("image/svg+xml")) {
      bundle = bundle.with("image/svg+xml", chart.svg());
    }
    return bundle.with(MimeBundle.TEXT_PLAIN, chart.toString());
  }
}
