package dev.tablebook.charts;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderer;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Shows a {@link Chart} in notebooks: the Plotly figure (drawn interactively by JupyterLab with
 * Plotly support, VS Code and Tablebook reports), a Vega-Lite 5 spec (drawn by JupyterLab 4 with its
 * built-in renderer and no extension, trusted or not, when it cannot draw Plotly), a static SVG
 * (drawn by other front ends when the notebook is trusted), a PNG at the chart's size (drawn by
 * every front end, trusted or not: an untrusted classic Notebook or JupyterLab drops SVG), and a
 * one-line description as text. Each front end picks the richest of these it may draw. A chart's HTML (which needs plotly.js) is
 * left out on purpose: notebooks stay small and open offline. Registered through
 * {@code META-INF/services}.
 *
 * @since 0.2
 */
public final class ChartRenderer implements Renderer<Chart> {
  /** The MIME type of Vega-Lite 5 specs, drawn by JupyterLab's built-in renderer. */
  static final String VEGA_LITE = "application/vnd.vegalite.v5+json";
  private static final String SVG = "image/svg+xml";
  private static final String PNG = "image/png";

  @Override
  public Class<Chart> type() {
    return Chart.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(Plotly.MIME_TYPE, VEGA_LITE, SVG, PNG, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Chart chart, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.empty();
    if (mimeTypes.contains(Plotly.MIME_TYPE)) {
      bundle = bundle.with(Plotly.MIME_TYPE, chart.plotlyJson());
    }
    if (mimeTypes.contains(VEGA_LITE)) {
      bundle = bundle.with(VEGA_LITE, chart.vegaLiteJson());
    }
    if (mimeTypes.contains(SVG)) {
      bundle = bundle.with(SVG, chart.svg());
    }
    if (mimeTypes.contains(PNG)) {
      bundle = bundle.with(PNG, Base64.getEncoder().encodeToString(chart.png()));
    }
    return bundle.with(MimeBundle.TEXT_PLAIN, chart.toString());
  }
}
